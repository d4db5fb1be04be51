package org.potctl.controller.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import org.potctl.controller.plan.FieldChange;
import org.potctl.controller.plan.Readiness;
import org.potctl.controller.plan.Risk;
import org.potctl.controller.plan.StepKind;
import org.potctl.schema.model.PotSpec;
import org.potctl.state.model.Pot;
import org.potctl.state.pot.PotSetCommands;

/**
 * The settings pot changes in place, compared: resource limits ({@code set-rss} cannot remove one),
 * the environment and the hosts entries (each setter replaces the whole list and cannot empty it),
 * and dependencies ({@code add-dep} only appends). {@code spec} is the pot as its flavours leave it
 * ({@link FlavourSettings}).
 */
final class PotSettingsDiff {

  private final PotSpec spec;
  private final Pot pot;
  private final List<FieldDiff> diffs = new ArrayList<>();

  private PotSettingsDiff(PotSpec spec, Pot pot) {
    this.spec = spec;
    this.pot = pot;
  }

  static List<FieldDiff> diff(PotSpec spec, Pot pot) {
    PotSettingsDiff d = new PotSettingsDiff(spec, pot);
    d.resources();
    d.lists();
    d.dependencies();
    return List.copyOf(d.diffs);
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
        diffs.add(FieldDiff.cannot(fields.get(i), "pot set-rss cannot remove a limit"));
        continue;
      }
      List<StepDraft> steps =
          i == 0
              ? List.of(
                  StepDraft.of(
                      StepKind.CONFIGURE,
                      PotSetCommands.setRss(
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
              ? FieldDiff.cannot(
                  f, "pot cannot remove every environment variable (set-env needs one)")
              : new FieldDiff(
                  f,
                  Effect.AT_START,
                  List.of(
                      StepDraft.of(
                          StepKind.CONFIGURE,
                          PotSetCommands.setEnv(spec.name(), PotValues.env(spec)))),
                  Risk.NONE,
                  "set-env replaces every variable; read at start"));
    }
    SortedMap<String, String> haveHosts = PotValues.hosts(pot);
    if (!spec.hosts().equals(haveHosts)) {
      FieldChange f = new FieldChange("hosts", Json.object(haveHosts), Json.object(spec.hosts()));
      diffs.add(
          spec.hosts().isEmpty()
              ? FieldDiff.cannot(f, "pot cannot remove every hosts entry (set-hosts needs one)")
              : new FieldDiff(
                  f,
                  Effect.AT_START,
                  List.of(
                      StepDraft.of(
                          StepKind.CONFIGURE,
                          PotSetCommands.setHosts(spec.name(), PotValues.hosts(spec)))),
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
                StepKind.CONFIGURE,
                PotSetCommands.addDependency(spec.name(), dep),
                Readiness.NONE));
      }
    }
    SortedSet<String> extra = new TreeSet<>(have);
    extra.removeAll(want);
    if (!extra.isEmpty()) {
      diffs.add(
          FieldDiff.cannot(
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
}
