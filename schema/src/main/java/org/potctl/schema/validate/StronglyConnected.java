package org.potctl.schema.validate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Tarjan's strongly connected components, iterative so deep chains cannot overflow the stack. */
final class StronglyConnected {

  private final Map<String, List<String>> edges;
  private final Map<String, Integer> index = new HashMap<>();
  private final Map<String, Integer> low = new HashMap<>();
  private final Deque<String> stack = new ArrayDeque<>();
  private final Set<String> onStack = new HashSet<>();
  private final List<List<String>> groups = new ArrayList<>();
  private int counter;

  StronglyConnected(Map<String, List<String>> edges) {
    this.edges = edges;
  }

  /** Each component, members sorted; components ordered by their first member. */
  List<List<String>> groups() {
    for (String v : edges.keySet()) {
      if (!index.containsKey(v)) {
        visit(v);
      }
    }
    groups.forEach(g -> g.sort(null));
    groups.sort((a, b) -> a.getFirst().compareTo(b.getFirst()));
    return groups;
  }

  private record Step(String node, int next) {}

  private void visit(String root) {
    Deque<Step> work = new ArrayDeque<>();
    enter(root);
    work.push(new Step(root, 0));
    while (!work.isEmpty()) {
      Step step = work.pop();
      List<String> out = edges.getOrDefault(step.node(), List.of());
      if (step.next() < out.size()) {
        work.push(new Step(step.node(), step.next() + 1));
        String w = out.get(step.next());
        if (!index.containsKey(w)) {
          enter(w);
          work.push(new Step(w, 0));
        } else if (onStack.contains(w)) {
          low.merge(step.node(), index.get(w), Math::min);
        }
        continue;
      }
      finish(step.node(), work.peek());
    }
  }

  private void enter(String v) {
    index.put(v, counter);
    low.put(v, counter++);
    stack.push(v);
    onStack.add(v);
  }

  private void finish(String v, Step caller) {
    if (caller != null) {
      low.merge(caller.node(), low.get(v), Math::min);
    }
    if (low.get(v).equals(index.get(v))) {
      List<String> group = new ArrayList<>();
      String w;
      do {
        w = stack.pop();
        onStack.remove(w);
        group.add(w);
      } while (!w.equals(v));
      groups.add(group);
    }
  }
}
