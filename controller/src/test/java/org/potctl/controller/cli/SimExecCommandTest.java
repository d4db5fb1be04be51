package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.CommandResult;
import org.potctl.state.exec.ProcessCommandRunner;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;

class SimExecCommandTest {

  private static final Path WRAPPERS =
      Path.of("..", "state", "src", "main", "dist", "sim-bin").toAbsolutePath().normalize();

  @TempDir Path dir;

  private static Run potctl(String... args) {
    return Potctl.bare(args);
  }

  /** A launcher running this build's potctl (test-only; both paths come from the running JVM). */
  private Path launcher() throws Exception {
    Path launcher = dir.resolve("potctl-test");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Files.writeString(
        launcher,
        "#!/bin/sh\nexec '"
            + java
            + "' -cp '"
            + System.getProperty("java.class.path")
            + "' org.potctl.controller.cli.Main \"$@\"\n");
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    return launcher;
  }

  @Test
  void relaysStdoutStderrAndExitStatus() {
    Path sim = dir.resolve("sim");
    Run created = potctl("sim-exec", sim.toString(), "--", "pot", "create-fscomp", "-f", "data");
    assertEquals(0, created.code(), created.toString());
    Run again = potctl("sim-exec", sim.toString(), "--", "pot", "create-fscomp", "-f", "data");
    assertEquals("===>  fs component zroot/pot/fscomp/data already exists\n", again.out());
    Run missing = potctl("sim-exec", sim.toString(), "--", "zfs", "list", "zroot/nope");
    assertEquals(1, missing.code());
    assertEquals("cannot open 'zroot/nope': dataset does not exist\n", missing.err());
    Run ls = potctl("sim-exec", sim.toString(), "--", "ls");
    assertEquals(127, ls.code());
    assertTrue(ls.err().contains("refused to run 'ls': program 'ls' is not pot, zfs"), ls.err());
  }

  @Test
  void badDirectoryOptionsAreUsageErrors() {
    Run r = potctl("sim-exec", dir + "?latency=soon", "--", "pot", "version");
    assertEquals(ExitCode.USAGE.code(), r.code());
    assertTrue(r.err().contains("latency 'soon'"), r.err());
  }

  @Test
  void processCommandRunnerDrivesTheSimulatorThroughTheWrappers() throws Exception {
    Path sim = dir.resolve("sim");
    List<String> env =
        List.of(
            "env",
            "PATH=" + WRAPPERS + ":" + System.getenv("PATH"),
            "POTCTL=" + launcher(),
            "POTCTL_SIM_DIR=" + sim);
    ProcessCommandRunner runner = new ProcessCommandRunner();
    assertEquals(0, viaEnv(runner, env, "pot", "create-fscomp", "-f", "data").exitCode());
    CommandResult listed =
        viaEnv(runner, env, "zfs", "list", "-H", "-o", "name", "zroot/pot/fscomp/data");
    assertEquals("zroot/pot/fscomp/data\n", listed.stdout());
    CommandResult missing = viaEnv(runner, env, "jls", "-j", "web");
    assertEquals(1, missing.exitCode());
    assertEquals("jls: jail \"web\" not found\n", missing.stderr());
    assertEquals(0, viaEnv(runner, env, "pfctl", "-a", "pot-rdr/*", "-s", "nat").exitCode());
  }

  @Test
  void teeAndRmWrappersWriteFlavourFilesOnTheSimulatorAndLeaveOtherPathsToTheSystem()
      throws Exception {
    Path sim = dir.resolve("sim").toAbsolutePath();
    List<String> env =
        List.of(
            "env",
            "PATH=" + WRAPPERS + ":" + System.getenv("PATH"),
            "POTCTL=" + launcher(),
            "POTCTL_SIM_DIR=" + sim);
    ProcessCommandRunner runner = new ProcessCommandRunner();
    Path flavour = sim.resolve("etc/pot/flavours/nginx");
    List<String> tee = new ArrayList<>(env);
    tee.addAll(List.of("tee", flavour.toString()));
    CommandResult written = runner.run(Command.of(tee).withStdin("set-attribute -A a -V b\n"));
    assertEquals(0, written.exitCode(), written.toString());
    assertEquals("set-attribute -A a -V b\n", Files.readString(flavour));
    assertEquals(0, viaEnv(runner, env, "rm", "-f", flavour.toString()).exitCode());
    assertTrue(Files.notExists(flavour));
    Path other = dir.resolve("elsewhere.txt");
    List<String> teeOther = new ArrayList<>(env);
    teeOther.addAll(List.of("tee", other.toString()));
    assertEquals(0, runner.run(Command.of(teeOther).withStdin("plain\n")).exitCode());
    assertEquals("plain\n", Files.readString(other));
    assertEquals(0, viaEnv(runner, env, "rm", "-f", other.toString()).exitCode());
    assertTrue(Files.notExists(other));
    assertEquals(
        List.of("tee " + flavour, "rm -f " + flavour),
        Files.readString(sim.resolve("commands.log")).lines().toList());
  }

  @Test
  void parallelProcessesOnOneDirectoryKeepTheModelWhole() throws Exception {
    Path sim = dir.resolve("sim");
    List<String> env =
        List.of(
            "env",
            "PATH=" + WRAPPERS + ":" + System.getenv("PATH"),
            "POTCTL=" + launcher(),
            "POTCTL_SIM_DIR=" + sim);
    ProcessCommandRunner runner = new ProcessCommandRunner();
    List<Thread> threads = new ArrayList<>();
    List<CommandResult> results = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 4; i++) {
      String name = "f" + i;
      threads.add(
          Thread.ofPlatform()
              .start(() -> results.add(viaEnv(runner, env, "pot", "create-fscomp", "-f", name))));
    }
    for (Thread t : threads) {
      t.join();
    }
    results.forEach(r -> assertEquals(0, r.exitCode(), r.toString()));
    String names =
        new SimulatedHost(SimOptions.of(sim))
            .run(Command.of("zfs", "list", "-H", "-d", "1", "-o", "name", "zroot/pot/fscomp"))
            .stdout();
    assertEquals(
        List.of(
            "zroot/pot/fscomp",
            "zroot/pot/fscomp/f0",
            "zroot/pot/fscomp/f1",
            "zroot/pot/fscomp/f2",
            "zroot/pot/fscomp/f3"),
        names.lines().toList());
  }

  private static CommandResult viaEnv(
      ProcessCommandRunner runner, List<String> env, String... argv) {
    List<String> all = new ArrayList<>(env);
    all.addAll(List.of(argv));
    return runner.run(Command.of(all));
  }

  @Test
  void wrapperArgumentsPassThroughUntouched() throws Exception {
    Path sim = dir.resolve("sim");
    new SimulatedHost(SimOptions.of(sim)).run(Command.of("pot", "create-base", "-r", "14.1"));
    new SimulatedHost(SimOptions.of(sim))
        .run(Command.of("pot", "create", "-p", "web", "-b", "14.1"));
    List<String> argv =
        List.of("pot", "set-env", "-p", "web", "-E", "GREETING=hello world; $(rm -rf /) *");
    List<String> viaPath = new ArrayList<>(List.of("env"));
    viaPath.addAll(argv);
    ProcessBuilder pb = new ProcessBuilder(viaPath);
    pb.environment().put("PATH", WRAPPERS + ":" + System.getenv("PATH"));
    pb.environment().put("POTCTL", launcher().toString());
    pb.environment().put("POTCTL_SIM_DIR", sim.toString());
    Process p = pb.start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), err);
    String conf = Files.readString(sim.resolve("fsroot/jails/web/conf/pot.conf"));
    assertTrue(conf.contains("pot.env=\"GREETING=hello world; $(rm -rf /) *\"\n"), conf);
    assertTrue(
        Files.readString(sim.resolve("commands.log")).endsWith(String.join(" ", argv) + "\n"));
  }
}
