package org.potctl.controller.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.schema.LoadOptions;
import org.potctl.schema.LoadResult;
import org.potctl.schema.SpecLoader;
import org.potctl.state.HostObserver;
import org.potctl.state.files.HostFiles;
import org.potctl.state.model.HostState;
import org.potctl.state.sim.BulkFixture;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;

/**
 * The performance benchmark (issue 8): prints a table of phase timings and peak heap for 100, 1,000
 * and 10,000 generated pots and writes it to {@code target/bench/results.md}. Asserts correctness
 * only (valid specs, constant observation command count), never timings.
 */
class PerformanceBench {

  /** N values, {@code -Dbench.sizes=100,1000} to run fewer. */
  static final List<Integer> SIZES =
      Arrays.stream(System.getProperty("bench.sizes", "100,1000,10000").split(","))
          .map(String::strip)
          .map(Integer::valueOf)
          .toList();

  @TempDir Path tmp;

  private final Table table = new Table(SIZES);

  static final String PLAN_IN_PROCESS = "plan in process (load+validate + observe + diff+plan)";
  static final String CLI_PLAN = "CLI `plan` wall, fresh host (./potctl, -Xmx512m)";

  @Test
  void bench() throws IOException {
    String loadAtStart = Machine.loadAverage();
    Cli cli = Cli.ofModule();
    table.target(PLAN_IN_PROCESS, "≤ 2 s at 10,000 pots");
    table.target(CLI_PLAN, "≤ 4 s at 10,000 pots");
    version(cli);
    for (int n : SIZES) {
      size(n, cli);
    }
    commandCount();
    noOpPlan(cli);
    new ApplyPhase(tmp).run().forEach(this::note);
    table.machine(
        Machine.describe()
            + "; load average (1 / 5 / 15 min) "
            + loadAtStart
            + " at the start, "
            + Machine.loadAverage()
            + " at the end");
    String text = table.render();
    System.out.println("\n" + text);
    table.write(Path.of("target", "bench", "results.md"));
  }

  private void note(String line) {
    System.out.println("bench: " + line);
    table.note(line);
  }

  private void put(String row, int n, String value) {
    System.out.println("bench: " + row + " [" + n + " pots]: " + value);
    table.put(row, n, value);
  }

  private void size(int n, Cli cli) throws IOException {
    int warmups = n >= 10_000 ? 1 : 2;
    int runs = n >= 10_000 ? 3 : 5;
    SpecGenerator.Generated g =
        SpecGenerator.write(tmp.resolve("spec-" + n), n, SpecGenerator.Options.defaults());
    Path simDir = tmp.resolve("sim-" + n);
    long start = System.nanoTime();
    SimulatedHost host = new SimulatedHost(SimOptions.of(simDir));
    BulkFixture.populate(host, g.host());
    put(
        "populate simulated host (bulk fixture, once)",
        n,
        Table.ms((System.nanoTime() - start) / 1e6));

    Measure.Result<LoadResult> load =
        Measure.run(warmups, runs, () -> new SpecLoader().load(g.dir(), LoadOptions.defaults()));
    assertTrue(load.value().isValid(), () -> load.value().diagnostics().toString());
    put("load+validate", n, Table.ms(load.medianMs()));
    put("load+validate peak heap", n, Table.mb(load.peakHeapMb()));

    Measure.Result<HostState> observe =
        Measure.run(warmups, runs, () -> HostObserver.create(host, HostFiles.local()).observe());
    assertEquals(n + 1, observe.value().pots().size(), "N pots and the base's pot");
    put("observe", n, Table.ms(observe.medianMs()));
    put("observe peak heap", n, Table.mb(observe.peakHeapMb()));

    PlanPhase.Result planned =
        PlanPhase.run(
            load.value().spec().orElseThrow(),
            g.dir(),
            tmp.resolve("empty-" + n),
            warmups,
            runs,
            (row, value) -> put(row, n, value));
    put(PLAN_IN_PROCESS, n, Table.ms(load.medianMs() + observe.medianMs() + planned.planMs()));
    int cliRuns = n >= 10_000 ? 2 : 3;
    Cli.Run plan =
        cli.median(
            cliRuns,
            List.of("plan", g.dir().toString(), "--host", "sim:" + tmp.resolve("cli-empty-" + n)));
    assertEquals(0, plan.exitCode(), plan.output());
    put(CLI_PLAN, n, Table.ms(plan.wallMs()));
    Cli.Run validate = cli.median(cliRuns, List.of("validate", g.dir().toString()));
    assertEquals(0, validate.exitCode(), validate.output());
    put("CLI `validate` wall (./potctl, -Xmx512m)", n, Table.ms(validate.wallMs()));
    Cli.Run observeCli = cli.median(3, List.of("observe", "--host", "sim:" + simDir, "-o", "json"));
    assertEquals(0, observeCli.exitCode(), observeCli.output());
    put("CLI `observe -o json` wall (./potctl, -Xmx512m)", n, Table.ms(observeCli.wallMs()));
  }

  /** {@code ./potctl --version}: the launcher and JVM start alone. */
  private void version(Cli cli) {
    Cli.Run run = cli.median(5, List.of("--version"));
    assertEquals(0, run.exitCode(), run.output());
    note("`./potctl --version` wall: " + Table.ms(run.wallMs()) + " (target <= 0.5 s)");
  }

  /** {@code potctl plan} of 1,000 pots that are all in place: the whole CLI, nothing to do. */
  private void noOpPlan(Cli cli) {
    int n = 1_000;
    SpecGenerator.Generated g =
        SpecGenerator.write(tmp.resolve("noop-spec"), n, SpecGenerator.Options.defaults());
    Path dir = tmp.resolve("noop-sim");
    BulkFixture.populate(
        new SimulatedHost(SimOptions.of(dir)), g.host().withOwner(PlanPhase.SPEC_ID));
    List<String> args =
        List.of(
            "plan",
            g.dir().toString(),
            "--host",
            "sim:" + dir,
            "--spec-id",
            PlanPhase.SPEC_ID,
            "--detailed-exitcode");
    Cli.Run run = cli.median(3, args);
    assertEquals(0, run.exitCode(), "a no-op plan finds nothing to do:\n" + run.output());
    note(
        "no-op plan of 1,000 pots already in place, whole CLI (./potctl, -Xmx512m): "
            + Table.ms(run.wallMs())
            + " (target <= 1 s); exit 0 (no changes)");
  }

  /** Observation runs the same commands for 20 pots as for 2,000 (DESIGN §3.1). */
  private void commandCount() throws IOException {
    long small = observationCommands(20);
    long large = observationCommands(2_000);
    assertEquals(small, large, "observation command count must not grow with N");
    note(
        "observation commands (commands.log lines per observe): "
            + small
            + " for 20 pots, "
            + large
            + " for 2,000 pots (target: independent of N)");
  }

  private long observationCommands(int n) throws IOException {
    SpecGenerator.Generated g =
        SpecGenerator.write(tmp.resolve("count-spec-" + n), n, SpecGenerator.Options.defaults());
    Path dir = tmp.resolve("count-sim-" + n);
    SimulatedHost host = new SimulatedHost(SimOptions.of(dir));
    BulkFixture.populate(host, g.host());
    long before = lines(dir.resolve("commands.log"));
    HostObserver.create(host, HostFiles.local()).observe();
    return lines(dir.resolve("commands.log")) - before;
  }

  private static long lines(Path file) throws IOException {
    try (var s = Files.lines(file)) {
      return s.count();
    }
  }
}
