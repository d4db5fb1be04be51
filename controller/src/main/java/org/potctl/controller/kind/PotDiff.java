package org.potctl.controller.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.potctl.controller.plan.FieldChange;
import org.potctl.controller.plan.Risk;
import org.potctl.controller.plan.StepKind;
import org.potctl.schema.model.MountSource;
import org.potctl.schema.model.MountSpec;
import org.potctl.schema.model.PotSpec;
import org.potctl.schema.model.Spec;
import org.potctl.state.model.HostState;
import org.potctl.state.model.Pot;
import org.potctl.state.model.PotConfig;
import org.potctl.state.pot.PotCommands;
import org.potctl.state.pot.PotSetCommands;

/**
 * Compares a pot of the spec with the pot on the host, field by field, and says how each difference
 * is fixed (pot.md §3, §6.8, §12): identity fields (type, base, network) need a replace; list
 * setters ({@code export-ports}, {@code set-env}, {@code set-hosts}) replace the whole list and
 * cannot empty it; {@code add-dep} only appends (limits, env, hosts and dependencies: {@link
 * PotSettingsDiff}); mounts are added on a stopped pot and cannot be removed reliably ({@code
 * mount-out}), so a removed mount needs a replace. The mounts, ports, env, limits and dependencies
 * the pot's flavours set (spec flavours, else the host flavours of those names, {@link
 * FlavourCommands}) count as wanted ({@link FlavourMounts}, {@link FlavourSettings}).
 */
final class PotDiff {

  private final PotSpec spec;
  private final Pot pot;
  private final PotConfig config;
  private final SortedSet<String> flavourMounts;
  private final List<FieldDiff> diffs = new ArrayList<>();

  private PotDiff(PotSpec spec, Pot pot, PotConfig config, SortedSet<String> flavourMounts) {
    this.spec = spec;
    this.pot = pot;
    this.config = config;
    this.flavourMounts = flavourMounts;
  }

  /** What differs between the pot on the host and {@code spec}, a pot of {@code whole}. */
  static List<FieldDiff> diff(Spec whole, PotSpec spec, Pot pot, HostState host) {
    PotConfig config = host.config();
    PotDiff d =
        new PotDiff(
            FlavourSettings.effective(whole, spec, host.flavours()),
            pot,
            config,
            FlavourMounts.of(whole, spec, config, host.flavours()));
    d.identity();
    d.mounts();
    d.ports();
    d.attributes();
    d.diffs.addAll(PotSettingsDiff.diff(d.spec, pot));
    d.diffs.addAll(PotOptionDiff.diff(spec, pot));
    return List.copyOf(d.diffs);
  }

  private void identity() {
    if (!spec.isClone()) {
      replaceIfDiffers("type", pot.type().potName(), spec.type().label());
      replaceIfDiffers("base", pot.base(), spec.base());
    }
    replaceIfDiffers("network.type", pot.network().type().potName(), spec.network().type().label());
    replaceIfDiffers(
        "network.bridge",
        pot.network().bridge().orElse(null),
        spec.network().bridge().orElse(null));
    if (spec.network().ips().size() == 1 && !spec.network().potIp().contains("|")) {
      replaceIfDiffers("network.ip", PotValues.ip(pot).orElse(null), spec.network().ip().get());
    }
  }

  private void replaceIfDiffers(String path, String before, String after) {
    if (!Objects.equals(before, after)) {
      Risk risk = path.startsWith("network") ? Risk.NETWORK : Risk.NONE;
      diffs.add(
          new FieldDiff(
              new FieldChange(path, Json.text(before), Json.text(after)),
              Effect.REPLACE,
              List.of(),
              risk,
              path + " " + show(before) + " → " + show(after) + " cannot change in place"));
    }
  }

  private static String show(String value) {
    return value == null ? "(none)" : value;
  }

  private void mounts() {
    SortedSet<String> want = PotValues.mounts(spec);
    want.addAll(flavourMounts);
    SortedSet<String> have = PotValues.mounts(pot, config);
    if (want.equals(have)) {
      return;
    }
    FieldChange field = new FieldChange("mounts", Json.list(have), Json.list(want));
    SortedSet<String> removed = new TreeSet<>(have);
    removed.removeAll(want);
    if (!removed.isEmpty()) {
      diffs.add(
          new FieldDiff(
              field,
              Effect.REPLACE,
              List.of(),
              Risk.NONE,
              "mount "
                  + String.join(", ", removed)
                  + " must go and pot mount-out cannot remove it"));
      return;
    }
    List<StepDraft> steps = new ArrayList<>();
    for (MountSpec m : spec.mounts()) {
      if (!have.contains(PotValues.mount(spec, m))) {
        steps.add(StepDraft.of(StepKind.MOUNT, mountIn(spec.name(), m)));
      }
    }
    diffs.add(
        new FieldDiff(
            field, Effect.NEEDS_STOP, steps, Risk.NONE, "mounts are added on a stopped pot"));
  }

  static org.potctl.state.exec.Command mountIn(String pot, MountSpec m) {
    return m.source() instanceof MountSource.Fscomp f
        ? PotCommands.mountInFscomp(pot, f.name(), m.at(), m.readonly())
        : PotCommands.mountInDirectory(
            pot, ((MountSource.HostDir) m.source()).path().toString(), m.at(), m.readonly());
  }

  private void ports() {
    SortedSet<String> want = PotValues.ports(spec);
    SortedSet<String> have = PotValues.ports(pot);
    if (want.equals(have)) {
      return;
    }
    FieldChange field = new FieldChange("ports", Json.list(have), Json.list(want));
    if (want.isEmpty()) {
      diffs.add(
          FieldDiff.cannot(
              field, "pot cannot remove every exported port (export-ports needs one)"));
      return;
    }
    diffs.add(
        new FieldDiff(
            field,
            Effect.AT_START,
            List.of(
                StepDraft.of(
                    StepKind.EXPORT_PORTS,
                    PotSetCommands.exportPorts(spec.name(), PotValues.potPorts(spec)))),
            Risk.NETWORK,
            "export-ports replaces the whole list; redirects change at the next start"));
  }

  private void attributes() {
    spec.attributes()
        .forEach(
            (name, value) -> {
              Optional<String> have =
                  pot.attribute(name).or(() -> PotValues.attributeDefault(name));
              String want = PotValues.attribute(value);
              if (have.map(PotValues::attribute).filter(want::equals).isEmpty()) {
                boolean boot = name.equals("start-at-boot") || name.equals("early-start-at-boot");
                diffs.add(
                    new FieldDiff(
                        new FieldChange(
                            "attributes." + name, Json.text(have.orElse(null)), Json.text(want)),
                        boot ? Effect.NOW : Effect.AT_START,
                        List.of(
                            StepDraft.of(
                                StepKind.CONFIGURE,
                                PotSetCommands.setAttribute(spec.name(), name, want))),
                        Risk.NONE,
                        boot
                            ? "attribute " + name + " is read at boot"
                            : "attribute " + name + " takes effect at start"));
              }
            });
  }
}
