package org.potctl.controller.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.potctl.controller.graph.GraphBuilder;
import org.potctl.controller.graph.GraphInput;
import org.potctl.controller.kind.Handler;
import org.potctl.controller.kind.OtherSpecs;
import org.potctl.controller.kind.PlanContext;
import org.potctl.controller.kind.ResourcePlan;
import org.potctl.controller.kind.ScriptedFlavours;
import org.potctl.controller.kind.SpecHostPorts;
import org.potctl.controller.plan.Change;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.PlanRequest;
import org.potctl.controller.plan.Step;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.model.PotSpec;
import org.potctl.state.model.HostState;

/**
 * The pure planner: spec + observed host → {@link Plan}. Builds the dependency graph, asks each
 * kind's handler what to do with each node, and numbers the steps in an order that respects every
 * edge. No I/O; the same request always gives the same plan.
 */
public final class Planner {

  /** Plans {@code request}. Problems (cycles, objects potctl must not touch) are diagnostics. */
  public Plan plan(PlanRequest request) {
    HostState host = request.host();
    GraphBuilder.Result built =
        GraphBuilder.build(
            new GraphInput(
                request.spec(),
                host,
                request.specId(),
                request.inventory(),
                request.interruptions().creates().keySet()));
    List<Diagnostic> diagnostics = new ArrayList<>(built.diagnostics());
    SortedMap<String, String> observed = new TreeMap<>();
    observed.put("config", host.config().fingerprint());
    if (built.hasErrors()) {
      return plan(request, List.of(), List.of(), diagnostics, observed);
    }
    PlanContext ctx =
        new PlanContext(
            request.spec(),
            request.specDir(),
            host,
            request.specId(),
            request.applyId(),
            request.flavourDir(),
            request.inventory(),
            request.interruptions(),
            request.imageKey(),
            request.allowances());
    Map<ResourceAddress, ResourcePlan> plans = new TreeMap<>();
    for (ResourceAddress a : built.graph().nodes()) {
      ResourcePlan p = Handler.forKind(a.kind()).plan(ctx, a);
      plans.put(a, p);
      diagnostics.addAll(p.diagnostics());
      observed.putAll(p.observed());
    }
    diagnostics.addAll(missingFlavours(ctx));
    diagnostics.addAll(OtherSpecs.conflicts(ctx));
    diagnostics.addAll(ScriptedFlavours.check(ctx));
    diagnostics.addAll(SpecHostPorts.clashes(ctx));
    if (request.spec().isEmpty()) {
      diagnostics.add(
          new Diagnostic(
              org.potctl.schema.diag.Severity.WARNING,
              "",
              "the spec declares nothing: prune guard, nothing is deleted",
              java.util.Optional.empty(),
              java.util.Optional.empty()));
    }
    String trash = host.config().trashDataset();
    boolean trashExists = host.datasets().containsKey(trash);
    List<Step> steps =
        new StepOrder(built.graph(), plans, host.config().zfsRoot(), trashExists).assemble();
    if (steps.stream().anyMatch(s -> s.kind().touchesTrash())) {
      observed.put(
          "dataset." + trash, trashExists ? host.datasets().get(trash).fingerprint() : Plan.ABSENT);
    }
    List<Change> changes = plans.values().stream().map(ResourcePlan::change).toList();
    return plan(request, changes, steps, diagnostics, observed);
  }

  private static List<Diagnostic> missingFlavours(PlanContext ctx) {
    List<Diagnostic> d = new ArrayList<>();
    for (PotSpec pot : ctx.spec().pots().values()) {
      for (String f : pot.flavours()) {
        if (!ctx.spec().flavours().containsKey(f) && !ctx.host().flavours().containsKey(f)) {
          d.add(
              ctx.error(
                  pot.address(),
                  "flavour "
                      + f
                      + " is neither defined in the spec nor installed in "
                      + ctx.flavourDir()));
        }
      }
    }
    return d;
  }

  private static Plan plan(
      PlanRequest r,
      List<Change> changes,
      List<Step> steps,
      List<Diagnostic> diagnostics,
      SortedMap<String, String> observed) {
    return new Plan(
        r.specDir(),
        r.specId(),
        r.spec().digest(),
        r.applyId(),
        r.hostDriver(),
        r.host().fingerprint(),
        changes,
        steps,
        diagnostics.stream().sorted().toList(),
        observed);
  }
}
