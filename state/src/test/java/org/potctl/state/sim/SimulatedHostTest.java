package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.CommandResult;
import org.potctl.state.exec.CommandTimeoutException;
import org.potctl.state.exec.ProgramRefusedException;

class SimulatedHostTest {

  @TempDir Path dir;

  @Test
  void everyCommandIsLoggedAsOneLineOfSpaceSeparatedWords() {
    SimFixture sim = new SimFixture(dir);
    sim.run("pot", "create-fscomp", "-f", "data");
    sim.run("zfs", "list", "-H", "-o", "name", "zroot/pot");
    assertThrows(ProgramRefusedException.class, () -> sim.run("nope", "x"));
    assertEquals(
        "pot create-fscomp -f data\nzfs list -H -o name zroot/pot\n",
        SimFixture.read(dir.resolve("commands.log")));
  }

  @Test
  void latencyDelaysMutatingCommandsOnly() {
    SimFixture sim =
        new SimFixture(
            new SimOptions(dir, Duration.ofMillis(300), Optional.empty(), Optional.empty()));
    sim.ok("zfs", "list");
    long t0 = System.nanoTime();
    sim.ok("zfs", "list", "zroot/pot");
    sim.ok("pot", "config", "-g", "fs_root");
    sim.ok("jls");
    long reads = System.nanoTime() - t0;
    t0 = System.nanoTime();
    sim.ok("pot", "create-fscomp", "-f", "data");
    long write = System.nanoTime() - t0;
    assertTrue(reads < Duration.ofMillis(300).toNanos(), "reads took " + reads);
    assertTrue(write >= Duration.ofMillis(300).toNanos(), "write took " + write);
  }

  @Test
  void latencyBeyondTheTimeoutTimesTheCommandOut() {
    SimulatedHost host =
        new SimulatedHost(
            new SimOptions(dir, Duration.ofSeconds(5), Optional.empty(), Optional.empty()));
    Command slow = Command.of("pot", "create-fscomp", "-f", "x").withTimeout(Duration.ofMillis(50));
    try {
      host.run(slow);
      throw new AssertionError("expected a timeout");
    } catch (CommandTimeoutException e) {
      assertEquals(slow, e.command());
    }
  }

  @Test
  void potsGlobalLockSerialisesCreatesButNotOtherCommands() throws Exception {
    SimOptions slow =
        new SimOptions(dir, Duration.ofMillis(500), Optional.empty(), Optional.empty());
    new SimFixture(dir).withBase();
    SimulatedHost host = new SimulatedHost(slow);
    long creates =
        timeParallel(host, i -> Command.of("pot", "create", "-p", "p" + i, "-b", "14.1"));
    long fscomps = timeParallel(host, i -> Command.of("pot", "create-fscomp", "-f", "f" + i));
    // three creates under pot's global lock take at least three latencies, however loaded the
    // machine; three fscomps side by side take about one, so well under two thirds of the creates
    assertTrue(creates >= 1500, "creates took " + creates + " ms");
    assertTrue(fscomps < creates * 2 / 3, "fscomps " + fscomps + " ms, creates " + creates + " ms");
  }

  private static long timeParallel(
      SimulatedHost host, java.util.function.IntFunction<Command> command) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      long t0 = System.nanoTime();
      List<Future<CommandResult>> fs = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        final int n = i;
        fs.add(pool.submit(() -> host.run(command.apply(n))));
      }
      for (Future<CommandResult> f : fs) {
        assertEquals(0, f.get().exitCode(), () -> f.toString());
      }
      return Duration.ofNanos(System.nanoTime() - t0).toMillis();
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void failMakesMatchingMutatingCommandsFailLikePotAndChangesNothing() {
    SimFixture sim =
        new SimFixture(
            new SimOptions(
                dir,
                Duration.ZERO,
                Optional.of(Pattern.compile("create-fscomp -f bad")),
                Optional.empty()));
    CommandResult r = sim.run("pot", "create-fscomp", "-f", "bad");
    assertEquals(1, r.exitCode());
    assertTrue(r.stdout().startsWith("###>  simulated failure"), r.stdout());
    sim.ok("pot", "create-fscomp", "-f", "good");
    assertEquals(1, sim.run("zfs", "list", "zroot/pot/fscomp/bad").exitCode());
    assertEquals(0, sim.run("zfs", "list", "zroot/pot/fscomp/good").exitCode());
  }

  @Test
  void failNeverHitsObservationCommands() {
    SimFixture sim =
        new SimFixture(
            new SimOptions(
                dir, Duration.ZERO, Optional.of(Pattern.compile(".*")), Optional.empty()));
    assertEquals(0, sim.run("zfs", "list").exitCode());
    assertEquals(0, sim.run("jls").exitCode());
    assertEquals(1, sim.run("zfs", "create", "zroot/pot/x").exitCode());
  }

  @Test
  void aSecondHostOnTheSameDirectorySeesThePersistedModel() throws Exception {
    SimFixture first = new SimFixture(dir).withBase();
    first.ok("pot", "create", "-p", "web", "-b", "14.1", "-N", "public-bridge");
    first.ok("pot", "start", "web");
    SimFixture second = new SimFixture(dir);
    // jid 1 went to the base pot, started and stopped by create-base's fbsd-update flavour
    assertEquals("2\n", second.ok("jls", "-j", "web", "jid").stdout());
    second.ok("pot", "stop", "web");
    assertEquals(1, first.run("jls", "-j", "web").exitCode());
    assertTrue(Files.exists(dir.resolve("model.json")));
    try (var files = Files.list(dir)) {
      assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
    }
  }

  @Test
  void parallelCommandsKeepTheModelConsistent() throws Exception {
    SimFixture sim = new SimFixture(dir).withBase();
    SimulatedHost other = new SimulatedHost(SimOptions.of(dir));
    int n = 16;
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<CommandResult>> results = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        SimulatedHost host = i % 2 == 0 ? sim.host : other;
        String name = "p" + i;
        results.add(
            pool.submit(
                () ->
                    host.run(
                        Command.of(
                            "pot", "create", "-p", name, "-b", "14.1", "-N", "public-bridge"))));
        results.add(
            pool.submit(() -> host.run(Command.of("pot", "create-fscomp", "-f", "f" + name))));
      }
      for (Future<CommandResult> f : results) {
        assertEquals(0, f.get().exitCode(), () -> f.toString());
      }
    } finally {
      pool.shutdown();
    }
    Set<String> ips = new HashSet<>();
    for (int i = 0; i < n; i++) {
      ips.add(sim.potConfLines("p" + i, "ip").get(0));
    }
    assertEquals(n, ips.size(), "every pot got its own address: " + ips);
    String fscomps =
        sim.ok("zfs", "list", "-H", "-d", "1", "-o", "name", "zroot/pot/fscomp").stdout();
    assertEquals(n + 1, fscomps.lines().count());
    assertEquals(2 * n + 2, SimFixture.read(dir.resolve("commands.log")).lines().count());
  }

  @Test
  void aReaderNeverSeesATornModel() throws Exception {
    SimFixture sim = new SimFixture(dir);
    sim.ok("pot", "version");
    Path model = dir.resolve("model.json");
    var json = tools.jackson.databind.json.JsonMapper.builder().build();
    Thread writer =
        Thread.ofPlatform()
            .start(
                () -> {
                  for (int i = 0; i < 40; i++) {
                    sim.ok("zfs", "create", "zroot/pot/fscomp/f" + i);
                  }
                });
    int reads = 0;
    while (writer.isAlive() || reads == 0) {
      json.readTree(Files.readString(model));
      reads++;
    }
    writer.join();
    assertTrue(reads > 0);
    assertTrue(Files.readString(model).contains("zroot/pot/fscomp/f39"));
  }

  @Test
  void programsOutsideTheAllowlistAreRefusedAndNeverLogged() {
    SimFixture sim = new SimFixture(dir);
    Path outside = dir.resolve("outside");
    for (List<String> argv :
        List.of(
            List.of("sysrc", "-n", "pf_rules"),
            List.of("sh", "-c", "id"),
            List.of("tee", outside.toString()),
            List.of("rm", "-f", outside.toString()),
            List.of("pfctl", "-a", "pot-rdr/web", "-F", "nat"))) {
      assertThrows(
          ProgramRefusedException.class, () -> sim.host.run(Command.of(argv)), argv::toString);
    }
    assertFalse(
        Files.exists(dir.resolve("commands.log")), "a refused command is not run or logged");
  }

  @Test
  void absoluteProgramPathsAreAccepted() {
    assertEquals(0, new SimFixture(dir).run("/usr/local/bin/pot", "version").exitCode());
  }
}
