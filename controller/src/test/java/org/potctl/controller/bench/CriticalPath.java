package org.potctl.controller.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.potctl.controller.plan.Step;
import org.potctl.schema.address.ResourceAddress;

/**
 * Lower bounds on a plan's apply wall time when every step costs {@code latency}: the longest chain
 * of {@code after} edges (steps of one resource also run in plan order), pot's serialised creates
 * (its global lock), and the total work spread over the parallelism. No apply can beat the largest
 * of the three.
 */
record CriticalPath(long chainSteps, long serialSteps, long totalSteps, int parallelism) {

  static CriticalPath of(List<Step> steps, int parallelism) {
    Map<Integer, Long> depth = new HashMap<>();
    Map<ResourceAddress, Integer> lastOf = new HashMap<>();
    long chain = 0;
    long serial = 0;
    for (Step s : steps) {
      long d = 0;
      for (int a : s.after()) {
        d = Math.max(d, depth.get(a));
      }
      Integer previous = lastOf.put(s.address(), s.id());
      if (previous != null) {
        d = Math.max(d, depth.get(previous));
      }
      depth.put(s.id(), d + 1);
      chain = Math.max(chain, d + 1);
      if (s.kind().serial()) {
        serial++;
      }
    }
    return new CriticalPath(chain, serial, steps.size(), parallelism);
  }

  /** The bound in milliseconds for a per-step latency. */
  double boundMs(double latencyMs) {
    double work = Math.ceil((double) totalSteps / parallelism);
    return latencyMs * Math.max(Math.max(chainSteps, serialSteps), work);
  }

  String describe(double latencyMs) {
    return String.format(
        java.util.Locale.ROOT,
        "max(chain %d, serialised creates %d, %d steps / parallelism %d) x %.0f ms",
        chainSteps,
        serialSteps,
        totalSteps,
        parallelism,
        latencyMs);
  }
}
