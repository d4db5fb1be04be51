package org.potctl.controller.kind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.Change;
import org.potctl.controller.plan.FieldChange;
import org.potctl.controller.plan.Interruptions.Interruption;
import org.potctl.controller.plan.Risk;
import org.potctl.controller.plan.StepKind;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.model.DesiredState;
import org.potctl.schema.model.PotSpec;
import org.potctl.state.model.Dataset;
import org.potctl.state.model.Fingerprints;
import org.potctl.state.model.HostState;
import org.potctl.state.model.Jail;
import org.potctl.state.model.Pot;
import org.potctl.state.model.Redirect;
import org.potctl.state.pot.PotCommands;
import org.potctl.state.zfs.ZfsCommands;

/**
 * Pots: identity by name (pot.conf plus the dataset {@code <zfs_root>/jails/<name>} with its
 * stamps), then create, replace, update (with a restart where the field takes effect at start),
 * start, stop or delete. Only pots stamped with this spec id are changed.
 */
final class PotHandler implements Handler {

  @Override
  public ResourcePlan plan(PlanContext ctx, ResourceAddress address) {
    HostState host = ctx.host();
    String dsName = host.config().potDataset(address.name());
    Optional<Dataset> found = Optional.ofNullable(host.datasets().get(dsName));
    Optional<Interruption> halfCreated = HalfDone.createdUnstamped(ctx, address, found);
    Optional<Dataset> ds =
        found.map(d -> halfCreated.isPresent() ? HalfDone.stamped(d, ctx.specId()) : d);
    ResourcePlan plan = plan(ctx, address, ds, halfCreated, new Observed().dataset(dsName, found));
    if (halfCreated.isPresent() && host.pots().containsKey(address.name())) {
      String what =
          halfCreated.get().finished()
              ? "pot created but never stamped; stamped and configured as the spec says"
              : "pot create never finished; stamped and configured as the spec says";
      plan = HalfDone.stampFirst(plan, ctx, dsName, HalfDone.reason(halfCreated.get(), what));
    }
    return HalfDone.trashResumed(plan, ctx, found);
  }

  private ResourcePlan plan(
      PlanContext ctx,
      ResourceAddress address,
      Optional<Dataset> ds,
      Optional<Interruption> halfCreated,
      Observed observed) {
    HostState host = ctx.host();
    String name = address.name();
    String dsName = host.config().potDataset(name);
    Optional<Pot> pot = Optional.ofNullable(host.pots().get(name));
    observed.put(address.toString(), pot.map(Pot::fingerprint));
    observed.put(
        "jail." + name, Optional.ofNullable(host.jails().get(name)).map(Jail::fingerprint));
    List<Redirect> redirects = host.redirectsOf(name);
    observed.put(
        "redirects." + name,
        redirects.isEmpty()
            ? Optional.empty()
            : Optional.of(
                Fingerprints.sha256(
                    String.join("\n", redirects.stream().map(Redirect::canonical).toList()))));
    PotSpec declared = ctx.spec().pots().get(name);
    List<Diagnostic> notes = new ArrayList<>();
    PotSpec spec = declared == null ? null : startedByDependants(ctx, declared, notes);
    Optional<String> problem = Ownership.problem(ds, ctx, address.toString());
    boolean filesWithoutDataset =
        ds.isEmpty() && (pot.isPresent() || host.incompletePots().contains(name));
    if (problem.isEmpty() && filesWithoutDataset) {
      problem =
          Optional.of(
              "pot files exist under jails/"
                  + name
                  + " but its dataset "
                  + dsName
                  + " does not; potctl does not touch it");
    }
    if (problem.isPresent()) {
      return result(
          Change.noop(address), List.of(), List.of(ctx.error(address, problem.get())), observed);
    }
    Optional<Diagnostic> badIp = spec == null ? Optional.empty() : StaticIps.check(ctx, spec);
    if (badIp.isPresent()) {
      return result(Change.noop(address), List.of(), List.of(badIp.get()), observed);
    }
    boolean running = host.isRunning(name);
    if (spec == null) {
      return orphan(ctx, address, ds.orElseThrow(), running, observed);
    }
    if (ds.isEmpty()) {
      Change change =
          new Change(
              address,
              Action.CREATE,
              Risk.NONE,
              List.of("not on the host"),
              PotCreateSteps.fields(spec));
      return result(change, PotCreateSteps.steps(ctx, spec), notes, observed);
    }
    if (pot.isEmpty() && halfCreated.isPresent()) {
      String why =
          HalfDone.reason(
              halfCreated.get(),
              "pot create never finished (a dataset without pot.conf); replaced by a new create");
      List<StepDraft> steps = new ArrayList<>(removal(ctx, name, ds.get(), running));
      steps.addAll(PotCreateSteps.steps(ctx, spec));
      Change change =
          new Change(address, Action.REPLACE, Risk.NONE, List.of(why), PotCreateSteps.fields(spec));
      return result(change, steps, notes, observed);
    }
    if (pot.isEmpty()) {
      return replace(
          ctx,
          spec,
          ds.get(),
          running,
          List.of("half-created or half-destroyed: no pot.conf"),
          List.of(),
          observed);
    }
    List<FieldDiff> diffs = new ArrayList<>(PotDiff.diff(spec, pot.get(), host.config()));
    diffs.addAll(HookSteps.diff(ctx, spec, pot.get()));
    CloneSource.diff(spec, host).ifPresent(d -> diffs.add(0, d));
    List<FieldDiff> replacing = diffs.stream().filter(d -> d.effect() == Effect.REPLACE).toList();
    if (!replacing.isEmpty()) {
      return replace(
          ctx,
          spec,
          ds.get(),
          running,
          replacing.stream().map(FieldDiff::reason).toList(),
          fields(diffs),
          observed);
    }
    boolean oneShot =
        PotValues.attribute(
                spec.attributes()
                    .getOrDefault("persistent", pot.get().attribute("persistent").orElse("YES")))
            .equals("NO");
    ResourcePlan update =
        new PotUpdate(ctx, spec, ds.get(), running, oneShot, diffs).plan(observed);
    return notes.isEmpty() ? update : withNotes(update, notes);
  }

  private ResourcePlan replace(
      PlanContext ctx,
      PotSpec spec,
      Dataset ds,
      boolean running,
      List<String> reasons,
      List<FieldChange> fields,
      Observed observed) {
    ResourceAddress address = spec.address();
    if (spec.protect() || Ownership.protectedOnHost(ds)) {
      Diagnostic refused =
          ctx.error(
              address,
              "protected pot would need a replace ("
                  + String.join("; ", reasons)
                  + "); potctl never replaces a protected pot");
      return result(Change.noop(address), List.of(), List.of(refused), observed);
    }
    List<StepDraft> steps = new ArrayList<>(removal(ctx, spec.name(), ds, running));
    if (spec.options().snapshotBeforeChange()) {
      steps.add(
          running ? 1 : 0, StepDraft.of(StepKind.SNAPSHOT, PotCommands.snapshot(spec.name())));
    }
    steps.addAll(running ? 1 : 0, fscompSnapshots(ctx, spec));
    steps.addAll(PotCreateSteps.steps(ctx, spec));
    Change change = new Change(address, Action.REPLACE, Risk.DATA_LOSS, reasons, fields);
    return result(change, steps, List.of(), observed);
  }

  private ResourcePlan orphan(
      PlanContext ctx, ResourceAddress address, Dataset ds, boolean running, Observed observed) {
    if (Ownership.protectedOnHost(ds)) {
      Diagnostic kept =
          ctx.warning(
              address,
              "gone from the spec but protected (potctl:protect=on): kept; set 'protect: false'"
                  + " before dropping it to delete it");
      Change change =
          new Change(
              address,
              Action.NOOP,
              Risk.NONE,
              List.of("protected: kept although gone from the spec"),
              List.of());
      return result(change, List.of(), List.of(kept), observed);
    }
    Change change =
        new Change(
            address,
            Action.DELETE,
            Risk.DATA_LOSS,
            List.of(
                "owned by spec '"
                    + ctx.specId()
                    + "' and gone from it: moved to the trash (restorable)"),
            List.of());
    return result(change, removal(ctx, address.name(), ds, running), List.of(), observed);
  }

  /**
   * A pot the spec wants stopped that a running pot depends on (transitively) is started by pot
   * anyway ({@code pot.depend}): it is planned as running, with a warning.
   */
  static PotSpec startedByDependants(PlanContext ctx, PotSpec spec, List<Diagnostic> notes) {
    if (spec.state() == DesiredState.RUNNING) {
      return spec;
    }
    for (PotSpec other : ctx.spec().pots().values()) {
      if (other.state() == DesiredState.RUNNING && dependsOn(ctx, other, spec.name(), 0)) {
        notes.add(
            ctx.warning(
                spec.address(),
                "state: stopped, but pot "
                    + other.name()
                    + " depends on it and pot starts it with "
                    + other.name()
                    + ": planned as running"));
        return spec.withState(DesiredState.RUNNING);
      }
    }
    return spec;
  }

  private static boolean dependsOn(PlanContext ctx, PotSpec pot, String target, int depth) {
    if (depth > ctx.spec().pots().size()) {
      return false;
    }
    for (String d : pot.dependsOn()) {
      PotSpec dep = ctx.spec().pots().get(d);
      if (d.equals(target) || (dep != null && dependsOn(ctx, dep, target, depth + 1))) {
        return true;
      }
    }
    return false;
  }

  private static ResourcePlan withNotes(ResourcePlan plan, List<Diagnostic> notes) {
    List<Diagnostic> all = new ArrayList<>(plan.diagnostics());
    all.addAll(notes);
    return new ResourcePlan(plan.change(), plan.steps(), all, plan.observed());
  }

  /**
   * {@code pot snapshot -f} of each fscomp the pot mounts read-write whose spec says {@code
   * snapshot_before_change}, to run after the pot stops and before it is replaced or restarted.
   */
  static List<StepDraft> fscompSnapshots(PlanContext ctx, PotSpec spec) {
    return spec.mounts().stream()
        .filter(m -> !m.readonly())
        .map(m -> m.source())
        .filter(s -> s instanceof org.potctl.schema.model.MountSource.Fscomp)
        .map(s -> ((org.potctl.schema.model.MountSource.Fscomp) s).name())
        .distinct()
        .filter(
            f ->
                ctx.spec().fscomps().containsKey(f)
                    && ctx.spec().fscomps().get(f).snapshotBeforeChange())
        .map(f -> StepDraft.of(StepKind.SNAPSHOT, PotCommands.snapshotFscomp(f)))
        .toList();
  }

  /** Stop when running, then the dataset into the trash. */
  static List<StepDraft> removal(PlanContext ctx, String name, Dataset ds, boolean running) {
    List<StepDraft> steps = new ArrayList<>();
    if (running) {
      steps.add(StepDraft.of(StepKind.STOP, PotCommands.stop(name)));
    }
    if (hasOwnDatasets(ctx, ds.name())) {
      steps.add(StepDraft.of(StepKind.TRASH_PREPARE, ZfsCommands.inheritMountpoints(ds.name())));
    }
    steps.addAll(Trash.steps(ctx, ds.name(), "pot", name));
    return steps;
  }

  /** Whether the pot has datasets of its own beside its root {@code m} (a multi level-1/2 pot). */
  private static boolean hasOwnDatasets(PlanContext ctx, String dataset) {
    return ctx.host().datasets().keySet().stream()
        .anyMatch(n -> n.startsWith(dataset + "/") && !n.equals(dataset + "/m"));
  }

  /** The fields of {@code diffs}, one per path, sorted. */
  static List<FieldChange> fields(List<FieldDiff> diffs) {
    Map<String, FieldChange> byPath = new LinkedHashMap<>();
    diffs.forEach(d -> byPath.putIfAbsent(d.field().path(), d.field()));
    return FscompHandler.sorted(new ArrayList<>(byPath.values()));
  }

  static ResourcePlan result(
      Change change, List<StepDraft> steps, List<Diagnostic> diagnostics, Observed observed) {
    return new ResourcePlan(change, steps, diagnostics, observed.map());
  }
}
