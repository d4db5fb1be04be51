package org.potctl.controller.kind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.Change;
import org.potctl.controller.plan.ChangeReason;
import org.potctl.controller.plan.FieldChange;
import org.potctl.controller.plan.Interruptions.Interruption;
import org.potctl.controller.plan.Reason;
import org.potctl.controller.plan.Risk;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.model.PotSpec;
import org.potctl.state.model.Dataset;
import org.potctl.state.model.Fingerprints;
import org.potctl.state.model.HostState;
import org.potctl.state.model.Jail;
import org.potctl.state.model.Pot;
import org.potctl.state.model.Redirect;

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
    boolean gone = plan.change().action() == Action.DELETE;
    if (halfCreated.isPresent() && (gone || host.pots().containsKey(address.name()))) {
      String what =
          (halfCreated.get().finished()
                  ? "pot created but never stamped; "
                  : "pot create never finished; ")
              + HalfDone.repair(plan, "stamped and configured as the spec says");
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
    record(host, address, pot, observed);
    PotSpec declared = ctx.spec().pots().get(name);
    List<Diagnostic> notes = new ArrayList<>();
    PotSpec spec =
        declared == null ? null : PotDependants.startedByDependants(ctx, declared, notes);
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
    List<Diagnostic> refused = new ArrayList<>();
    if (spec != null) {
      refused.addAll(StaticIps.check(ctx, spec));
      refused.addAll(MountPoints.check(ctx, spec));
      refused.addAll(MountTargets.check(ctx, spec));
    }
    if (!refused.isEmpty()) {
      return result(Change.noop(address), List.of(), refused, observed);
    }
    boolean running = host.isRunning(name);
    if (spec == null) {
      return PotRemoval.orphan(ctx, address, ds.orElseThrow(), running, observed);
    }
    if (ds.isEmpty()) {
      Change change =
          new Change(
              address,
              Action.CREATE,
              Risk.NONE,
              List.of(ChangeReason.NOT_ON_HOST.because("not on the host")),
              PotCreateSteps.fields(spec));
      return result(change, PotCreateSteps.steps(ctx, spec), notes, observed);
    }
    // a create that failed or was cut short after pot.conf: pot's own undo stops short of the
    // destroy (create.sh:47-60), and only the create runs the flavours, so it is made again
    boolean flavoursUnsure =
        halfCreated.isPresent() && !halfCreated.get().finished() && !spec.flavours().isEmpty();
    if (halfCreated.isPresent() && (pot.isEmpty() || flavoursUnsure)) {
      Reason why =
          HalfDone.reason(
              halfCreated.get(),
              pot.isEmpty()
                  ? "pot create never finished (a dataset without pot.conf); replaced by a new"
                      + " create"
                  : "pot create never finished, so its flavours ("
                      + String.join(", ", spec.flavours())
                      + ") may not have run; replaced by a new create");
      List<StepDraft> steps = new ArrayList<>(PotRemoval.removal(ctx, name, ds.get(), running));
      steps.addAll(PotCreateSteps.steps(ctx, spec));
      Change change =
          new Change(address, Action.REPLACE, Risk.NONE, List.of(why), PotCreateSteps.fields(spec));
      return result(change, steps, notes, observed);
    }
    if (pot.isEmpty()) {
      return PotRemoval.replace(
          ctx,
          spec,
          ds.get(),
          running,
          List.of(ChangeReason.HALF_CREATED.because("half-created or half-destroyed: no pot.conf")),
          List.of(),
          observed);
    }
    List<FieldDiff> diffs = new ArrayList<>(PotDiff.diff(ctx.spec(), spec, pot.get(), host));
    diffs.addAll(HookSteps.diff(ctx, spec, pot.get()));
    CloneSource.diff(spec, host).ifPresent(d -> diffs.add(0, d));
    List<FieldDiff> replacing = diffs.stream().filter(d -> d.effect() == Effect.REPLACE).toList();
    if (!replacing.isEmpty()) {
      return PotRemoval.replace(
          ctx,
          spec,
          ds.get(),
          running,
          replacing.stream().map(FieldDiff::changeReason).toList(),
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

  /** The fingerprints of what the plan read: the pot, its jail and its pf redirects. */
  private static void record(
      HostState host, ResourceAddress address, Optional<Pot> pot, Observed observed) {
    String name = address.name();
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
  }

  private static ResourcePlan withNotes(ResourcePlan plan, List<Diagnostic> notes) {
    List<Diagnostic> all = new ArrayList<>(plan.diagnostics());
    all.addAll(notes);
    return new ResourcePlan(plan.change(), plan.steps(), all, plan.observed());
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
