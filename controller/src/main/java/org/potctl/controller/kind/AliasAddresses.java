package org.potctl.controller.kind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.model.NetworkType;
import org.potctl.schema.model.PotSpec;
import org.potctl.state.model.HostInterfaces;
import org.potctl.state.model.HostState;
import org.potctl.state.model.InterfaceAddress;
import org.potctl.state.model.IpAddresses;
import org.potctl.state.model.Pot;

/**
 * An alias pot's address that is already an address of the host's own interfaces ({@code ifconfig
 * -a}: its main address, a loopback address, a bridge's gateway, another alias): pot adds it to
 * {@code NIC} without a check (network.sh:262, pot.md §4.1), so the jail takes the host's address,
 * and {@code pot stop} removes it from {@code NIC} again (stop.sh:94-101). A located error at the
 * item's {@code network.ip} node naming the interface. An address a running alias pot added itself
 * ({@code NIC|IP} of its pot.conf, on that interface) is no conflict: it is that pot's own, and a
 * clash with another pot is the spec rules' or {@link OtherSpecs}' to report. A link-local address
 * counts only on the interface it would be added to. A {@code nic|ip} item whose nic the host does
 * not have is an error too: pot create refuses it ({@code _is_valid_netif}, network.sh:157, 271).
 * Nor may an alias address be pot's own ({@link StaticIps#aliasProblem}: {@code POT_GATEWAY},
 * {@code POT_DNS_IP}, a private bridge's subnet, {@code POT_NETWORK}), unless the pot already has
 * it. Needs the host's interfaces observed ({@link HostState#interfaces()}); without them nothing
 * is judged.
 */
final class AliasAddresses {

  private static final String DEFAULT_EXTIF = "em0";

  private AliasAddresses() {}

  /**
   * One error per item of {@code spec}'s alias addresses that the host already holds or that names
   * an interface the host does not have.
   */
  static List<Diagnostic> check(PlanContext ctx, PotSpec spec) {
    Optional<HostInterfaces> observed = ctx.host().interfaces();
    if (spec.network().type() != NetworkType.ALIAS || observed.isEmpty()) {
      return List.of();
    }
    String extif = ctx.host().config().setting("POT_EXTIF").orElse(DEFAULT_EXTIF);
    Set<String> potsOwn = runningAliases(ctx.host(), extif);
    List<String> items = spec.network().ips();
    // an item the pot already has was judged when it was created: a converged pot stays plannable
    Set<String> recorded = recordedItems(ctx.host(), spec.name());
    List<Diagnostic> found = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      AliasItem item = AliasItem.parse(items.get(i));
      String nic = item.nicOr(extif);
      if (item.nic().isPresent() && !observed.get().has(nic)) {
        found.add(noSuchInterface(ctx, spec, field(ctx, spec, i), nic, observed.get()));
        continue;
      }
      Optional<InterfaceAddress> held =
          observed.get().holding(item.ip(), nic).stream()
              .filter(a -> !potsOwn.contains(a.iface() + "|" + a.address()))
              .findFirst();
      if (held.isPresent()) {
        found.add(error(ctx, spec, field(ctx, spec, i), item.ip(), held.get()));
        continue;
      }
      Optional<String> pots =
          recorded.contains(items.get(i).strip())
              ? Optional.empty()
              : StaticIps.aliasProblem(ctx.host(), item.ip());
      if (pots.isPresent()) {
        String why = pots.get() + "; an alias pot would take it from the pots of every spec";
        found.add(ctx.errorAt(spec.address(), field(ctx, spec, i), why));
      }
    }
    return found;
  }

  /** The {@code nic|ip} items of the observed pot {@code name}'s {@code pot.conf}. */
  private static Set<String> recordedItems(HostState host, String name) {
    Pot pot = host.pots().get(name);
    if (pot == null || pot.network().type() != org.potctl.state.model.NetworkType.ALIAS) {
      return Set.of();
    }
    return new HashSet<>(List.of(pot.network().ip().orElse("").strip().split("\\s+")));
  }

  /** {@code NIC|CANONICAL-IP} of every address a running alias pot has added. */
  private static Set<String> runningAliases(HostState host, String extif) {
    Set<String> own = new HashSet<>();
    for (Pot pot : host.pots().values()) {
      if (pot.network().type() != org.potctl.state.model.NetworkType.ALIAS
          || !host.isRunning(pot.name())) {
        continue;
      }
      for (String word : pot.network().ip().orElse("").strip().split("\\s+")) {
        if (!word.isEmpty()) {
          AliasItem item = AliasItem.parse(word);
          IpAddresses.canonical(item.ip()).ifPresent(ip -> own.add(item.nicOr(extif) + "|" + ip));
        }
      }
    }
    return own;
  }

  /** {@code pots.P.network.ip[i]} where the spec wrote a list, else {@code pots.P.network.ip}. */
  private static String field(PlanContext ctx, PotSpec spec, int i) {
    String ip = spec.address().specPath() + ".network.ip";
    String item = ip + "[" + i + "]";
    boolean listed =
        !ctx.spec().locationOf(spec.address(), item).equals(ctx.spec().locationOf(spec.address()));
    return listed ? item : ip;
  }

  /** pot create refuses a {@code nic|ip} item whose nic {@code ifconfig} does not know. */
  private static Diagnostic noSuchInterface(
      PlanContext ctx, PotSpec spec, String path, String nic, HostInterfaces observed) {
    return ctx.errorAt(
        spec.address(),
        path,
        "the host has no network interface "
            + nic
            + " (ifconfig -a lists "
            + String.join(", ", observed.names())
            + "); pot create refuses it");
  }

  private static Diagnostic error(
      PlanContext ctx, PotSpec spec, String path, String ip, InterfaceAddress held) {
    return ctx.errorAt(
        spec.address(),
        path,
        "ip "
            + ip
            + " is already an address of the host's interface "
            + held.iface()
            + " ("
            + held.line()
            + "); an alias pot would take it over from the host");
  }
}
