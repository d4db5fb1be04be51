package org.potctl.controller.apply;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.potctl.controller.plan.Step;
import org.potctl.schema.address.ResourceAddress;

/**
 * The steps of a plan as a dependency graph: each step's {@code after} ids, plus the previous step
 * of the same resource (steps of one resource never run at once), and which steps take pot's global
 * lock.
 */
final class StepGraph {

  private final Map<Integer, Step> steps = new LinkedHashMap<>();
  private final Map<Integer, Set<Integer>> dependencies = new HashMap<>();
  private final Map<Integer, Set<Integer>> dependants = new HashMap<>();
  private final List<Step> ordered;

  StepGraph(List<Step> planned) {
    this.ordered = List.copyOf(planned);
    Map<ResourceAddress, Integer> lastOf = new HashMap<>();
    for (Step s : planned) {
      if (steps.putIfAbsent(s.id(), s) != null) {
        throw new IllegalArgumentException("step id " + s.id() + " appears twice in the plan");
      }
      Set<Integer> deps = new TreeSet<>(s.after());
      Integer previous = lastOf.put(s.address(), s.id());
      if (previous != null) {
        deps.add(previous);
      }
      dependencies.put(s.id(), deps);
      dependants.put(s.id(), new TreeSet<>());
    }
    dependencies.forEach(
        (id, deps) -> {
          for (int d : deps) {
            if (!steps.containsKey(d)) {
              throw new IllegalArgumentException(
                  "step " + id + " comes after step " + d + ", which is not in the plan");
            }
            dependants.get(d).add(id);
          }
        });
  }

  /** The steps in plan order. */
  List<Step> steps() {
    return ordered;
  }

  /** The step with id {@code id}. */
  Step step(int id) {
    return steps.get(id);
  }

  /** The ids {@code id} waits for. */
  Set<Integer> dependencies(int id) {
    return dependencies.get(id);
  }

  /** The ids that wait directly for {@code id}. */
  Set<Integer> dependants(int id) {
    return dependants.get(id);
  }

  /** Every step that (transitively) waits for {@code id}, in breadth-first order. */
  List<Integer> transitiveDependants(int id) {
    Set<Integer> seen = new LinkedHashSet<>();
    Deque<Integer> queue = new ArrayDeque<>(dependants.get(id));
    while (!queue.isEmpty()) {
      int next = queue.removeFirst();
      if (seen.add(next)) {
        queue.addAll(dependants.get(next));
      }
    }
    return new ArrayList<>(seen);
  }

  /**
   * Whether {@code step} takes pot's global lock (and so runs alone among such steps): decided by
   * its {@link org.potctl.controller.plan.StepKind#serial kind}, never by its argv.
   */
  static boolean serial(Step step) {
    return step.kind().serial();
  }
}
