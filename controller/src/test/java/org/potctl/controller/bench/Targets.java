package org.potctl.controller.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The per-N figures that have a target, kept while the sizes run, then judged: each target row of
 * the table gets met / not met with what bounds it, and the JSON plan rendering's growth from the
 * second largest to the largest size is a note.
 */
final class Targets {

  /** Per N: load+validate, observe and diff+plan (ms, median), for the verdicts. */
  private final Map<Integer, double[]> phases = new TreeMap<>();

  /** Per N: the engine's plan in process, on a fresh and on a converged host. */
  private final Map<Integer, EnginePlanPhase.Result> engine = new TreeMap<>();

  /** Per N: the CLI plan's wall time (ms, median). */
  private final Map<Integer, Double> cliPlan = new TreeMap<>();

  /** Per N: the JSON rendering's median time (ms) and allocated bytes. */
  private final Map<Integer, double[]> jsonRender = new TreeMap<>();

  void phases(int n, double loadMs, double observeMs, double planMs) {
    phases.put(n, new double[] {loadMs, observeMs, planMs});
  }

  void engine(int n, EnginePlanPhase.Result result) {
    engine.put(n, result);
  }

  void cliPlan(int n, double wallMs) {
    cliPlan.put(n, wallMs);
  }

  void json(int n, double ms, long allocatedBytes) {
    jsonRender.put(n, new double[] {ms, allocatedBytes});
  }

  /**
   * The targets of the per-N table judged (met / not met and what bounds it), and the JSON
   * rendering's growth from the second largest to the largest N.
   */
  void judge(Table table, CliRows cliRows, Consumer<String> note) {
    int big = 10_000;
    double[] p = phases.get(big);
    table.target(
        PerformanceBench.PLAN_IN_PROCESS,
        "≤ 2 s at 10,000 pots: "
            + (p == null
                ? Verdict.notMeasured("10,000 is not in bench.sizes")
                : Verdict.of(
                    p[0] + p[1] + p[2] <= 2_000,
                    String.format(
                        Locale.ROOT,
                        "load+validate %s, observe %s, diff+plan %s",
                        Table.ms(p[0]),
                        Table.ms(p[1]),
                        Table.ms(p[2])))));
    EnginePlanPhase.Result e = engine.get(big);
    table.target(
        PerformanceBench.ENGINE_PLAN,
        "≤ 2 s at 10,000 pots, the slower of the two: "
            + (e == null || p == null
                ? Verdict.notMeasured("10,000 is not in bench.sizes")
                : Verdict.of(
                    e.worstMs() <= 2_000,
                    String.format(
                        Locale.ROOT,
                        "observe (%s) runs beside load+validate (%s), then diff+plan",
                        Table.ms(p[1]),
                        Table.ms(p[0])))));
    Double cli = cliPlan.get(big);
    table.target(
        PerformanceBench.CLI_PLAN,
        "≤ 4 s at 10,000 pots: "
            + (cli == null || p == null
                ? Verdict.notMeasured("10,000 is not in bench.sizes")
                : Verdict.of(
                    cli <= 4_000,
                    "the warm in-process plan takes "
                        + Table.ms(p[0] + p[1] + p[2])
                        + ", the JVM's start "
                        + Table.ms(cliRows.jvmStart().wallMs())
                        + "; the rest is the cold JVM running it (C1 only) and the fresh plan's"
                        + " rendering")));
    List<Integer> sizes = List.copyOf(jsonRender.keySet());
    if (sizes.size() < 2) {
      note.accept("JSON rendering growth: " + Verdict.notMeasured("needs two sizes"));
      return;
    }
    int from = sizes.get(sizes.size() - 2);
    int to = sizes.getLast();
    double pots = (double) to / from;
    double time = jsonRender.get(to)[0] / jsonRender.get(from)[0];
    double bytes = jsonRender.get(to)[1] / jsonRender.get(from)[1];
    note.accept(
        String.format(
            Locale.ROOT,
            "JSON plan rendering (streamed) from %,d to %,d pots (×%.0f pots): allocated ×%.2f"
                + " (%s → %s), time ×%.2f (%s → %s); target at most linear (allocation ≤ ×%.0f"
                + " × 1.2): %s",
            from,
            to,
            pots,
            bytes,
            Table.mb(jsonRender.get(from)[1] / (1024.0 * 1024.0)),
            Table.mb(jsonRender.get(to)[1] / (1024.0 * 1024.0)),
            time,
            Table.ms(jsonRender.get(from)[0]),
            Table.ms(jsonRender.get(to)[0]),
            pots,
            Verdict.of(bytes <= pots * 1.2, "allocation grows faster than the plan")));
  }
}
