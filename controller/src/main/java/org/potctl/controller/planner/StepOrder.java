package org.potctl.controller.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.potctl.controller.graph.DependencyEdge;
import org.potctl.controller.graph.DependencyGraph;
import org.potctl.controller.graph.EdgeKind;
import org.potctl.controller.kind.Gate;
import org.potctl.controller.kind.ResourcePlan;
import org.potctl.controller.kind.StepDraft;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.Readiness;
import org.potctl.controller.plan.Step;
import org.potctl.controller.plan.StepKind;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.state.zfs.ZfsCommands;

/**
 * Numbers the steps of every resource and computes their {@code after} edges. Resources are taken
 * in creation order, those being deleted afterwards in deletion order; for an edge {@code a → b}
 * ({@code a} depends on {@code b}), {@code a}'s steps wait for {@code b}'s, except when {@code b}
 * is deleted: then {@code b}'s wait for {@code a}'s (a pot lets go of an fscomp before it goes).
 * The steps of one resource form a chain. {@code depends_on} only gates {@code add-dep} and {@code
 * start}, so dependent pots are created in parallel and started in order.
 */
final class StepOrder {

  private final DependencyGraph graph;
  private final Map<ResourceAddress, ResourcePlan> plans;
  private final String zfsRoot;
  private final boolean trashExists;
  private final Map<ResourceAddress, SortedSet<Integer>> tails = new java.util.HashMap<>();
  private final List<Step> steps = new ArrayList<>();
  private Optional<Integer> trashStep = Optional.empty();

  StepOrder(
      DependencyGraph graph,
      Map<ResourceAddress, ResourcePlan> plans,
      String zfsRoot,
      boolean trashExists) {
    this.graph = graph;
    this.plans = plans;
    this.zfsRoot = zfsRoot;
    this.trashExists = trashExists;
  }

  /** The numbered steps of every resource. */
  List<Step> assemble() {
    for (ResourceAddress a : graph.creationOrder()) {
      if (!deleted(a)) {
        add(a);
      }
    }
    for (ResourceAddress a : graph.deletionOrder()) {
      if (deleted(a)) {
        add(a);
      }
    }
    return List.copyOf(steps);
  }

  private boolean deleted(ResourceAddress a) {
    return plans.get(a).change().action() == Action.DELETE;
  }

  private void add(ResourceAddress a) {
    SortedSet<Integer> exists = new TreeSet<>();
    SortedSet<Integer> running = new TreeSet<>();
    for (DependencyEdge e : graph.dependencies(a)) {
      if (!deleted(e.to())) {
        (e.kind() == EdgeKind.DEPENDS_ON ? running : exists).addAll(tails.get(e.to()));
      }
    }
    if (deleted(a)) {
      graph.dependants(a).forEach(e -> exists.addAll(tails.get(e.from())));
    }
    List<StepDraft> drafts = plans.get(a).steps();
    if (drafts.isEmpty()) {
      SortedSet<Integer> through = new TreeSet<>(exists);
      through.addAll(running);
      tails.put(a, through);
      return;
    }
    Integer previous = null;
    for (StepDraft d : drafts) {
      SortedSet<Integer> after = new TreeSet<>();
      if (previous == null) {
        after.addAll(exists);
      } else {
        after.add(previous);
      }
      if (d.gate() == Gate.RUNNING) {
        after.addAll(running);
      }
      if (d.needsTrash()) {
        trashStep(a).ifPresent(after::add);
      }
      previous = steps.size() + 1;
      steps.add(
          new Step(previous, a, d.kind(), d.argv(), d.stdin(), List.copyOf(after), d.ready()));
    }
    tails.put(a, new TreeSet<>(List.of(previous)));
  }

  private Optional<Integer> trashStep(ResourceAddress a) {
    if (trashExists) {
      return Optional.empty();
    }
    if (trashStep.isEmpty()) {
      int id = steps.size() + 1;
      steps.add(
          new Step(
              id,
              a,
              StepKind.CREATE_TRASH,
              ZfsCommands.createTrashParent(zfsRoot).argv(),
              "",
              List.of(),
              Readiness.NONE));
      trashStep = Optional.of(id);
    }
    return trashStep;
  }
}
