package org.potctl.controller.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.potctl.state.sim.BulkFixture;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;

/**
 * The whole-CLI figures that are not per N, each next to its floor, the JVM's own start: {@code
 * --version}, the everyday no-op plan of a small spec (as a user types it, no {@code JAVA_OPTS}),
 * and the no-op plan of 1,000 pots. Asserts that both plans are empty (exit 0 under {@code
 * --detailed-exitcode}).
 */
final class CliRows {

  private final Cli cli;
  private final Path tmp;
  private final Consumer<String> note;
  private Cli.Run jvm;
  private Cli.Run version;

  CliRows(Cli cli, Path tmp, Consumer<String> note) {
    this.cli = cli;
    this.tmp = tmp;
    this.note = note;
  }

  /** The floor of every whole-CLI row: {@code java -version}, median of 7. */
  Cli.Run jvmStart() {
    if (jvm == null) {
      jvm = cli.jvmStartMedian(7);
      assertEquals(0, jvm.exitCode(), jvm.output());
      note.accept(
          "JVM start (`java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms8m -version`, the floor"
              + " of every whole-CLI row): "
              + Table.ms(jvm.wallMs())
              + ", "
              + Table.mb(jvm.peakMb())
              + " peak RSS; load "
              + Machine.loadAverage());
    }
    return jvm;
  }

  /** {@code value (N.N× floor)}, the figure next to its ratio to the JVM's start. */
  String againstJvm(Cli.Run run) {
    return Table.ms(run.wallMs()) + " (" + ratio(run.wallMs(), jvmStart().wallMs()) + " JVM start)";
  }

  /** The JVM's start as a floor: {@code 120 ms, 35 MB}. */
  private String jvmFloor() {
    return Table.ms(jvmStart().wallMs()) + ", " + Table.mb(jvmStart().peakMb());
  }

  static String ratio(double value, double floor) {
    return floor <= 0 ? "–" : String.format(Locale.ROOT, "%.1f×", value / floor);
  }

  /** {@code ./potctl --version}: the launcher and JVM start alone. */
  void version() {
    Cli.Run run = cli.asUser().median(5, List.of("--version"));
    assertEquals(0, run.exitCode(), run.output());
    version = run;
    note.accept(
        "`./potctl --version` wall: "
            + againstJvm(run)
            + ", "
            + Table.mb(run.peakMb())
            + " peak RSS; target <= 0.5 s: "
            + Verdict.of(run.wallMs() <= 500, "the JVM's start alone is " + jvmFloor())
            + "; load "
            + Machine.loadAverage());
  }

  /**
   * The everyday command: {@code ./potctl plan examples/potfiles/web-single} on a simulated host
   * where it is applied, no {@code JAVA_OPTS}, median of 7.
   */
  void smallNoOpPlan() {
    Cli user = cli.asUser();
    String spec = cli.root().resolve("examples/potfiles/web-single").toString();
    String host = "sim:" + tmp.resolve("small-sim");
    Cli.Run apply = user.run(List.of("apply", "--yes", "--host", host, spec));
    assertEquals(0, apply.exitCode(), apply.output());
    Cli.Run run = user.median(7, List.of("plan", "--detailed-exitcode", "--host", host, spec));
    assertEquals(0, run.exitCode(), "the converged small spec plans nothing:\n" + run.output());
    note.accept(
        "no-op plan of a small spec (examples/potfiles/web-single, applied), whole CLI as typed"
            + " (./potctl, no JAVA_OPTS): "
            + againstJvm(run)
            + ", "
            + Table.mb(run.peakMb())
            + " peak RSS; exit 0 (no changes); target <= 0.35 s: "
            + Verdict.of(
                run.wallMs() <= 350,
                "the JVM's start alone is "
                    + jvmFloor()
                    + "; the rest is class loading (picocli's Java 5 class files are not in the"
                    + " AOT cache) and first execution of the cached classes (docs/performance.md)")
            + "; <= 64 MB: "
            + Verdict.of(run.peakMb() <= 64, startUpMemory())
            + "; load "
            + Machine.loadAverage());
  }

  /**
   * What bounds a small command's memory: the JVM's own, and the AOT cache the launcher maps (the
   * {@code --version} row runs with it).
   */
  private String startUpMemory() {
    String floor = "the JVM's start alone is " + Table.mb(jvmStart().peakMb());
    if (version == null) {
      return floor;
    }
    return floor
        + ", `--version` with the launcher's AOT cache mapped "
        + Table.mb(version.peakMb())
        + ": the cache's pages are read whole at start (docs/performance.md)";
  }

  /** {@code potctl plan} of 1,000 pots that are all in place: the whole CLI, nothing to do. */
  void largeNoOpPlan() {
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
    note.accept(
        "no-op plan of 1,000 pots already in place, whole CLI (./potctl, -Xmx512m): "
            + againstJvm(run)
            + ", "
            + Table.mb(run.peakMb())
            + " peak RSS; exit 0 (no changes); target <= 1 s: "
            + Verdict.of(
                run.wallMs() <= 1_000,
                "the JVM's start alone is "
                    + jvmFloor()
                    + "; loading, validating and observing 1,000 pots in a cold JVM (C1 only)")
            + "; load "
            + Machine.loadAverage());
  }
}
