package org.potctl.state.pot;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.potctl.state.exec.Command;

/**
 * One {@code pot clone -P TEMPLATE -p NAME} (pot.md §6.3) with the network, stack, dns and flavours
 * of a create; {@code -F} snapshots a template that has none.
 *
 * @param template {@code -P}: the pot cloned (an imported image or a template pot)
 * @param create the rest, as {@code pot create} would take it (its base and type are not used: a
 *     clone has the template's)
 */
public record PotClone(String template, PotCreate create) {

  public PotClone {
    PotArguments.name("pot", template);
    Objects.requireNonNull(create, "create");
  }

  /** The argv, flags in a fixed order. */
  public Command command() {
    List<String> a = new ArrayList<>(List.of("pot", "clone", "-P", template, "-p", create.name()));
    a.addAll(List.of("-N", create.network().potName()));
    if (create.ips().isEmpty() && create.network().isBridge()) {
      a.addAll(List.of("-i", "auto"));
    }
    create.ips().forEach(i -> a.addAll(List.of("-i", i)));
    create.bridge().ifPresent(b -> a.addAll(List.of("-B", b)));
    create.stack().ifPresent(s -> a.addAll(List.of("-S", s)));
    create.dns().ifPresent(d -> a.addAll(List.of("-d", d)));
    create.flavours().forEach(f -> a.addAll(List.of("-f", f)));
    a.add("-F");
    return Command.of(a);
  }
}
