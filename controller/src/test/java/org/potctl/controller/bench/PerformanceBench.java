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
import org.potctl.state.files.HostFiles;
import org.potctl.state.model.HostState;
import org.potctl.state.observe.HostObserver;
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

  private final Targets targets = new Targets();

  static final String PLAN_IN_PROCESS = "plan in process (load+validate + observe + diff+plan)";
  static final String ENGINE_PLAN =
      "plan in process through the engine (load ‖ observe, then plan): fresh host / converged host";
  static final String CLI_PLAN = "CLI `plan` wall, fresh host (./potctl, -Xmx512m)";

  @Test
  void bench() throws IOException {
    String loadAtStart = Machine.loadAverage();
    Cli cli = Cli.ofModule();
    String startupCache = cli.awaitStartupCache();
    CliRows cliRows = new CliRows(cli, tmp, this::note);
    cliRows.jvmStart();
    cliRows.version();
    cliRows.smallNoOpPlan();
    for (int n : SIZES) {
      size(n, cli, cliRows);
    }
    targets.judge(table, cliRows, this::note);
    commandCount();
    cliRows.largeNoOpPlan();
    new ApplyPhase(tmp).run().forEach(this::note);
    table.machine(
        Machine.describe()
            + "; "
            + startupCache
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

  private void size(int n, Cli cli, CliRows cliRows) throws IOException {
    put("load average (1 / 5 / 15 min) at the start of the size", n, Machine.loadAverage());
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
    Measure.Result<Long> readSpec = Measure.run(warmups, runs, () -> readAll(g.dir()));
    put("load+validate", n, withFloor(load.medianMs(), readSpec.medianMs()));
    put("floor of load+validate: read the Potfiles", n, Table.ms(readSpec.medianMs()));
    put("load+validate peak heap", n, Table.mb(load.peakHeapMb()));

    Measure.Result<HostState> observe =
        Measure.run(warmups, runs, () -> HostObserver.create(host, HostFiles.local()).observe());
    assertEquals(n + 1, observe.value().pots().size(), "N pots and the base's pot");
    ObserveFloor io = ObserveFloor.record(host, HostFiles.local());
    Measure.Result<Long> floor = Measure.run(warmups, runs, io::replay);
    put("observe", n, withFloor(observe.medianMs(), floor.medianMs()));
    put("I/O floor of observe (" + IO_FLOOR + ")", n, Table.ms(floor.medianMs()));
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
    targets.phases(n, load.medianMs(), observe.medianMs(), planned.planMs());
    EnginePlanPhase.Result engine =
        EnginePlanPhase.run(g, tmp.resolve("engine-" + n), warmups, runs);
    put(ENGINE_PLAN, n, Table.ms(engine.freshMs()) + " / " + Table.ms(engine.convergedMs()));
    targets.engine(n, engine);
    targets.json(n, planned.jsonMs(), planned.jsonAllocatedBytes());
    int cliRuns = n >= 10_000 ? 2 : 3;
    Cli.Run plan =
        cli.median(
            cliRuns,
            List.of("plan", g.dir().toString(), "--host", "sim:" + tmp.resolve("cli-empty-" + n)));
    assertEquals(0, plan.exitCode(), plan.output());
    put(CLI_PLAN, n, cliRows.againstJvm(plan));
    targets.cliPlan(n, plan.wallMs());
    Cli.Run validate = cli.median(cliRuns, List.of("validate", g.dir().toString()));
    assertEquals(0, validate.exitCode(), validate.output());
    put("CLI `validate` wall (./potctl, -Xmx512m)", n, cliRows.againstJvm(validate));
    Cli.Run observeCli = cli.median(3, List.of("observe", "--host", "sim:" + simDir, "-o", "json"));
    assertEquals(0, observeCli.exitCode(), observeCli.output());
    put("CLI `observe -o json` wall (./potctl, -Xmx512m)", n, cliRows.againstJvm(observeCli));
    put(
        "CLI peak RSS (plan / validate / observe)",
        n,
        Table.mb(plan.peakMb())
            + " / "
            + Table.mb(validate.peakMb())
            + " / "
            + Table.mb(observeCli.peakMb()));
  }

  static final String IO_FLOOR =
      "the observation's commands run again and its files read again, no parsing, one thread";

  /** {@code value (N.N× floor)}. */
  private static String withFloor(double ms, double floorMs) {
    return Table.ms(ms) + " (" + CliRows.ratio(ms, floorMs) + " floor)";
  }

  /** Reads every file under {@code dir}; the bytes read. */
  private static long readAll(Path dir) {
    try (var files = Files.walk(dir)) {
      long bytes = 0;
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        bytes += Files.readAllBytes(f).length;
      }
      return bytes;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
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
