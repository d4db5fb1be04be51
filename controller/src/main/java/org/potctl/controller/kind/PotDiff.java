package org.potctl.controller.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import org.potctl.controller.plan.FieldChange;
import org.potctl.controller.plan.Readiness;
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

/**
 * Compares a pot of the spec with the pot on the host, field by field, and says how each difference
 * is fixed (pot.md §3, §6.8, §12): identity fields (type, base, network) need a replace; list
 * setters ({@code export-ports}, {@code set-env}, {@code set-hosts}) replace the whole list and
 * cannot empty it; {@code add-dep} only appends; mounts are added on a stopped pot and cannot be
 * removed reliably ({@code mount-out}), so a removed mount needs a replace. The mounts, ports, env,
 * limits and dependencies the pot's flavours set (spec flavours, else the host flavours of those
 * names, {@link FlavourCommands}) count as wanted ({@link FlavourMounts}, {@link FlavourSettings}).
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
    d.resources();
    d.lists();
    d.dependencies();
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
      diffs.add(cannot(field, "pot cannot remove every exported port (export-ports needs one)"));
      return;
    }
    diffs.add(
        new FieldDiff(
            field,
            Effect.AT_START,
            List.of(
                StepDraft.of(
                    StepKind.EXPORT_PORTS,
                    PotCommands.exportPorts(spec.name(), PotValues.potPorts(spec)))),
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
                                PotCommands.setAttribute(spec.name(), name, want))),
                        Risk.NONE,
                        boot
                            ? "attribute " + name + " is read at boot"
                            : "attribute " + name + " takes effect at start"));
              }
            });
  }

  private void resources() {
    var want = spec.resources();
    boolean cpusDiffer = !want.cpus().equals(pot.resources().cpus());
    boolean memoryDiffers = !PotValues.sameMemory(want.memory(), pot.resources().memory());
    if (!cpusDiffer && !memoryDiffers) {
      return;
    }
    List<FieldChange> fields = new ArrayList<>();
    if (cpusDiffer) {
      fields.add(
          new FieldChange(
              "resources.cpus",
              pot.resources().cpus().isPresent()
                  ? Json.number(pot.resources().cpus().getAsInt())
                  : null,
              want.cpus().isPresent() ? Json.number(want.cpus().getAsInt()) : null));
    }
    if (memoryDiffers) {
      fields.add(
          new FieldChange(
              "resources.memory",
              Json.text(pot.resources().memory().orElse(null)),
              Json.text(want.memory().map(Object::toString).orElse(null))));
    }
    boolean unset =
        (cpusDiffer && want.cpus().isEmpty()) || (memoryDiffers && want.memory().isEmpty());
    for (int i = 0; i < fields.size(); i++) {
      if (unset) {
        diffs.add(cannot(fields.get(i), "pot set-rss cannot remove a limit"));
        continue;
      }
      List<StepDraft> steps =
          i == 0
              ? List.of(
                  StepDraft.of(
                      StepKind.CONFIGURE,
                      PotCommands.setRss(
                          spec.name(), want.cpus(), want.memory().map(Object::toString))))
              : List.of();
      diffs.add(
          new FieldDiff(
              fields.get(i), Effect.AT_START, steps, Risk.NONE, "resource limits apply at start"));
    }
  }

  private void lists() {
    SortedSet<String> wantEnv = new TreeSet<>(PotValues.env(spec));
    SortedSet<String> haveEnv = PotValues.env(pot);
    if (!wantEnv.equals(haveEnv)) {
      FieldChange f = new FieldChange("env", Json.list(haveEnv), Json.list(wantEnv));
      diffs.add(
          wantEnv.isEmpty()
              ? cannot(f, "pot cannot remove every environment variable (set-env needs one)")
              : new FieldDiff(
                  f,
                  Effect.AT_START,
                  List.of(
                      StepDraft.of(
                          StepKind.CONFIGURE,
                          PotCommands.setEnv(spec.name(), PotValues.env(spec)))),
                  Risk.NONE,
                  "set-env replaces every variable; read at start"));
    }
    SortedMap<String, String> haveHosts = PotValues.hosts(pot);
    if (!spec.hosts().equals(haveHosts)) {
      FieldChange f = new FieldChange("hosts", Json.object(haveHosts), Json.object(spec.hosts()));
      diffs.add(
          spec.hosts().isEmpty()
              ? cannot(f, "pot cannot remove every hosts entry (set-hosts needs one)")
              : new FieldDiff(
                  f,
                  Effect.AT_START,
                  List.of(
                      StepDraft.of(
                          StepKind.CONFIGURE,
                          PotCommands.setHosts(spec.name(), PotValues.hosts(spec)))),
                  Risk.NONE,
                  "set-hosts replaces every entry; /etc/hosts is written at start"));
    }
  }

  private void dependencies() {
    SortedSet<String> have = new TreeSet<>(pot.depends());
    SortedSet<String> want = new TreeSet<>(spec.dependsOn());
    if (have.equals(want)) {
      return;
    }
    FieldChange f = new FieldChange("depends_on", Json.list(have), Json.list(want));
    List<StepDraft> steps = new ArrayList<>();
    for (String dep : spec.dependsOn()) {
      if (!have.contains(dep)) {
        steps.add(
            StepDraft.afterDependencies(
                StepKind.CONFIGURE, PotCommands.addDependency(spec.name(), dep), Readiness.NONE));
      }
    }
    SortedSet<String> extra = new TreeSet<>(have);
    extra.removeAll(want);
    if (!extra.isEmpty()) {
      diffs.add(
          cannot(
              f,
              "pot add-dep only appends: pot.depend keeps "
                  + String.join(", ", extra)
                  + " (pot starts it too)"));
    }
    if (!steps.isEmpty()) {
      diffs.add(
          new FieldDiff(f, Effect.NOW, steps, Risk.NONE, "add-dep appends the new dependencies"));
    }
  }

  private static FieldDiff cannot(FieldChange field, String reason) {
    return new FieldDiff(field, Effect.CANNOT, List.of(), Risk.NONE, reason);
  }
}
