package org.potctl.controller.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.potctl.controller.plan.PlanRequest;
import org.potctl.controller.planner.Planner;
import org.potctl.schema.LoadOptions;
import org.potctl.schema.LoadResult;
import org.potctl.schema.SpecLoader;
import org.potctl.schema.model.Spec;
import org.potctl.state.files.HostFiles;
import org.potctl.state.model.HostState;
import org.potctl.state.observe.HostObserver;
import org.potctl.state.sim.BulkFixture;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;

/**
 * The in-process plan of N pots, phase by phase, for a profiler (docs/performance.md, "Profiles"):
 * the PerformanceBench's spec and bulk host, then load+validate, observe and diff+plan, each run
 * {@code rounds} times on a thread named after its phase ({@code phase-load}, {@code
 * phase-observe}, {@code phase-plan}), printing each run's window in epoch milliseconds, so a JFR
 * recording's samples tell the phases apart (by thread, or by time for helper threads). Run with
 * the test class path, e.g. {@code java -XX:StartFlightRecording=filename=plan.jfr,settings=profile
 * -cp … org.potctl.controller.bench.PlanProfile 10000 /tmp/dir 3}.
 */
final class PlanProfile {

  private PlanProfile() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    Path dir = Files.createDirectories(Path.of(args[1]));
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    SpecGenerator.Generated g =
        SpecGenerator.write(dir.resolve("spec"), n, SpecGenerator.Options.defaults());
    SimulatedHost host = new SimulatedHost(SimOptions.of(dir.resolve("sim")));
    BulkFixture.populate(host, g.host());
    SimulatedHost empty = new SimulatedHost(SimOptions.of(dir.resolve("empty")));
    HostState fresh = HostObserver.create(empty, HostFiles.local()).observe();
    String flavours = dir.resolve("empty/etc/pot/flavours").toAbsolutePath().toString();
    for (int r = 0; r < rounds; r++) {
      LoadResult load = phase("load", () -> new SpecLoader().load(g.dir(), LoadOptions.defaults()));
      HostState observed =
          phase("observe", () -> HostObserver.create(host, HostFiles.local()).observe());
      Spec spec = load.spec().orElseThrow();
      PlanRequest request =
          new PlanRequest(
              spec,
              g.dir().toString(),
              PlanPhase.SPEC_ID,
              fresh,
              "sim",
              flavours,
              "20261123T000000Z-0001");
      int steps = phase("plan", () -> new Planner().plan(request)).steps().size();
      System.out.printf(
          "round %d: %d pots observed, %d plan steps%n", r, observed.pots().size(), steps);
    }
  }

  /** Runs {@code work} on a thread of its own named {@code phase-NAME}, printing its time. */
  private static <T> T phase(String name, Supplier<T> work) throws InterruptedException {
    AtomicReference<T> out = new AtomicReference<>();
    AtomicLong cpu = new AtomicLong();
    long t0 = System.nanoTime();
    long from = System.currentTimeMillis();
    long process0 = processCpu();
    Thread t =
        Thread.ofPlatform()
            .name("phase-" + name)
            .start(
                () -> {
                  ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                  long c0 = threads.getCurrentThreadCpuTime();
                  out.set(work.get());
                  cpu.set(threads.getCurrentThreadCpuTime() - c0);
                });
    t.join();
    // the window, so that samples of helper threads (a parallel load's pool) are counted too; CPU
    // times, which a loaded machine inflates far less than the wall time: the phase thread's own,
    // and the whole process's (its pools, but also the JIT and the collector)
    System.out.printf(
        "phase %s %d %d %.0f ms (CPU: phase thread %.0f ms, process %.0f ms)%n",
        name,
        from,
        System.currentTimeMillis(),
        (System.nanoTime() - t0) / 1e6,
        cpu.get() / 1e6,
        (processCpu() - process0) / 1e6);
    return out.get();
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
