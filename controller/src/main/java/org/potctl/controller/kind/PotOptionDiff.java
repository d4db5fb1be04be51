package org.potctl.controller.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.potctl.controller.plan.FieldChange;
import org.potctl.controller.plan.Risk;
import org.potctl.controller.plan.StepKind;
import org.potctl.schema.model.DnsSpec;
import org.potctl.schema.model.PotSpec;
import org.potctl.state.model.Pot;
import org.potctl.state.pot.PotSetCommands;

/**
 * The everyday pot settings compared: {@code cmd} changes in place ({@code pot set-cmd}, read at
 * start); {@code dns}, {@code network.stack} and a list of alias addresses are fixed by {@code pot
 * create} and need a replace. An omitted {@code cmd} or {@code network.stack} is not managed (a
 * flavour may set the command; pot's configured default applies).
 */
final class PotOptionDiff {

  private PotOptionDiff() {}

  static List<FieldDiff> diff(PotSpec spec, Pot pot) {
    List<FieldDiff> diffs = new ArrayList<>();
    Optional<String> cmd = spec.options().storedCmd();
    if (cmd.isPresent() && !cmd.equals(pot.command())) {
      diffs.add(
          new FieldDiff(
              new FieldChange("cmd", Json.text(pot.command().orElse(null)), Json.text(cmd.get())),
              Effect.AT_START,
              List.of(
                  StepDraft.of(
                      StepKind.CONFIGURE, PotSetCommands.setCommand(spec.name(), cmd.get()))),
              Risk.NONE,
              "set-cmd replaces the command; it runs at the next start"));
    }
    String dns = spec.options().dns().mode().label();
    if (!dns.equals(pot.dns())) {
      diffs.add(replace("dns", pot.dns(), dns, Risk.NONE));
    }
    Optional<String> stack = spec.network().stack();
    if (stack.isPresent() && !stack.equals(pot.network().stack())) {
      diffs.add(
          replace("network.stack", pot.network().stack().orElse(null), stack.get(), Risk.NETWORK));
    }
    if (spec.network().ips().size() > 1 || spec.network().potIp().contains("|")) {
      String have =
          pot.network().ip().map(i -> String.join(" ", i.trim().split("\\s+"))).orElse("");
      if (!addresses(have).equals(addresses(spec.network().potIp()))) {
        diffs.add(
            replace(
                "network.ip", have.isEmpty() ? null : have, spec.network().potIp(), Risk.NETWORK));
      }
    }
    return diffs;
  }

  /**
   * An alias address list as compared: its items in order, each {@code nic|} kept and each address
   * canonical ({@link AliasItem#canonical}), so a respelt IPv6 address is no change.
   */
  private static List<String> addresses(String items) {
    List<String> out = new ArrayList<>();
    for (String item : items.strip().split("\\s+")) {
      if (!item.isEmpty()) {
        out.add(AliasItem.parse(item).canonical());
      }
    }
    return out;
  }

  /** The fields a create shows for these settings (before is null). */
  static List<FieldChange> createFields(PotSpec spec) {
    List<FieldChange> f = new ArrayList<>();
    spec.options().cmd().ifPresent(c -> f.add(new FieldChange("cmd", null, Json.text(c))));
    DnsSpec dns = spec.options().dns();
    if (dns.mode() != DnsSpec.Mode.INHERIT) {
      f.add(new FieldChange("dns", null, Json.text(dns.mode().label())));
    }
    spec.network()
        .stack()
        .ifPresent(s -> f.add(new FieldChange("network.stack", null, Json.text(s))));
    if (spec.options().snapshotBeforeChange()) {
      f.add(new FieldChange("snapshot_before_change", null, Json.bool(true)));
    }
    return f;
  }

  private static FieldDiff replace(String path, String before, String after, Risk risk) {
    return new FieldDiff(
        new FieldChange(path, Json.text(before), Json.text(after)),
        Effect.REPLACE,
        List.of(),
        risk,
        path
            + " "
            + (before == null ? "(none)" : before)
            + " → "
            + after
            + " is fixed by pot create and cannot change in place");
  }
}
