package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.CommandResult;
import org.potctl.state.exec.ProgramRefusedException;
import org.potctl.state.files.HostFiles;
import org.potctl.state.model.Flavour;
import org.potctl.state.model.HostState;
import org.potctl.state.observe.HostObserver;

class SimFlavourFilesTest {

  @TempDir Path dir;

  private SimFixture sim() {
    return new SimFixture(dir);
  }

  private Path flavours() {
    return dir.toAbsolutePath().normalize().resolve("etc/pot/flavours");
  }

  private CommandResult tee(SimFixture sim, String path, String content) {
    return sim.host.run(Command.of("tee", path).withStdin(content));
  }

  @Test
  void teeWritesAFlavourFileEchoesItAndTheObserverSeesIt() {
    SimFixture sim = sim();
    String cmds = "set-attribute -A start-at-boot -V YES\n";
    CommandResult r = tee(sim, flavours() + "/nginx", cmds);
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(cmds, r.stdout());
    assertEquals(0, tee(sim, flavours() + "/nginx.sh", "#!/bin/sh\necho hi\n").exitCode());
    assertEquals(cmds, SimFixture.read(flavours().resolve("nginx")));

    HostState state = HostObserver.create(sim.host, HostFiles.local()).observe();
    Flavour nginx = state.flavours().get("nginx");
    assertEquals(Optional.of(cmds), nginx.commands());
    assertTrue(nginx.scriptDigest().isPresent());
  }

  @Test
  void teeReplacesAnExistingFileWholeAndLeavesNoTempFile() throws Exception {
    SimFixture sim = sim();
    tee(sim, flavours() + "/web", "set-attribute -A a -V 1\nset-attribute -A b -V 2\n");
    tee(sim, flavours() + "/web", "set-attribute -A c -V 3\n");
    assertEquals("set-attribute -A c -V 3\n", SimFixture.read(flavours().resolve("web")));
    try (var files = Files.list(flavours())) {
      assertEquals(List.of("web"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void flavourWritesAreUsableByPotCreate() {
    SimFixture sim = sim().withBase();
    tee(sim, flavours() + "/boot", "set-attribute -A start-at-boot -V YES\n");
    sim.ok("pot", "create", "-p", "web", "-b", "14.1", "-f", "boot");
    assertEquals(
        List.of("pot.attr.start-at-boot=YES"), sim.potConfLines("web", "pot.attr.start-at-boot"));
  }

  @Test
  void rmRemovesAFlavourFileAndAMissingOneIsNoError() {
    SimFixture sim = sim();
    tee(sim, flavours() + "/gone", "set-attribute -A a -V 1\n");
    assertEquals(0, sim.run("rm", "-f", flavours() + "/gone").exitCode());
    assertFalse(Files.exists(flavours().resolve("gone")));
    assertEquals(0, sim.run("rm", "-f", flavours() + "/gone.sh").exitCode());
    assertTrue(HostObserver.create(sim.host, HostFiles.local()).observe().flavours().isEmpty());
  }

  @Test
  void writesOutsideTheFlavourDirectoryAreRefusedAndChangeNothing() throws Exception {
    SimFixture sim = sim();
    Path victim = dir.resolve("victim");
    Files.writeString(victim, "keep");
    Path fl = flavours();
    List<List<String>> refused =
        List.of(
            List.of("tee", victim.toString()),
            List.of("tee", fl + "/../pot.conf"),
            List.of("tee", fl + "/../../../victim"),
            List.of("tee", fl + "/-rf"),
            List.of("tee", fl + "/a b"),
            List.of("tee", fl + "/a;rm"),
            List.of("tee", fl + "/.hidden"),
            List.of("tee", fl + "/x".repeat(2) + "/y"),
            List.of("tee", "relative/nginx"),
            List.of("tee", "nginx"),
            List.of("tee", "-a", fl + "/nginx"),
            List.of("tee", fl + "/a", fl + "/b"),
            List.of("tee"),
            List.of("tee", fl + "/" + "n".repeat(56)),
            List.of("rm", "-rf", fl + "/nginx"),
            List.of("rm", fl + "/nginx"),
            List.of("rm", "-f", victim.toString()),
            List.of("rm", "-f", fl.toString()),
            List.of("rm", "-f", fl + "/../pot.conf"),
            List.of("rm", "-f", fl + "/a", fl + "/b"));
    sim.ok("jls"); // the simulator lays out its directories on the first command it runs
    for (List<String> argv : refused) {
      CommandResult r;
      try {
        r = sim.host.run(Command.of(argv).withStdin("pwned\n"));
      } catch (ProgramRefusedException e) {
        continue; // refused by the runners' allowlist already, before the simulator's own check
      }
      assertEquals(1, r.exitCode(), () -> argv + " -> " + r);
      assertTrue(
          r.stderr().startsWith(argv.get(0) + ": ")
              && r.stderr().contains("not allowed in the simulated host"),
          () -> argv + " -> " + r);
    }
    assertEquals("keep", Files.readString(victim));
    try (var files = Files.list(fl)) {
      assertEquals(0, files.count());
    }
    assertFalse(Files.exists(dir.resolve("etc/pot/pot.conf.bak")));
    assertTrue(SimFixture.read(dir.resolve("etc/pot/pot.conf")).contains("POT_ZFS_ROOT="));
  }

  @Test
  void teeAndRmAreLoggedAndCountAsMutating() {
    SimFixture sim = sim();
    tee(sim, flavours() + "/a", "x\n");
    sim.run("rm", "-f", flavours() + "/a");
    assertEquals(
        "tee " + flavours() + "/a\nrm -f " + flavours() + "/a\n",
        SimFixture.read(dir.resolve("commands.log")));
    assertTrue(SimulatedHost.mutating("tee", List.of("/x")));
    assertTrue(SimulatedHost.mutating("rm", List.of("-f", "/x")));
    assertTrue(SimulatedHost.mutating(List.of("/usr/bin/tee", "/x")));
    assertFalse(SimulatedHost.mutating(List.of("zfs", "list", "-H")));
    assertFalse(SimulatedHost.mutating(List.of()));
  }

  @Test
  void failPatternMakesFlavourWritesFailWithoutWriting() {
    SimFixture sim =
        new SimFixture(
            new SimOptions(
                dir, Duration.ZERO, Optional.of(Pattern.compile("^tee ")), Optional.empty()));
    CommandResult r = tee(sim, flavours() + "/a", "x\n");
    assertEquals(1, r.exitCode());
    assertTrue(r.stderr().contains("simulated failure"), r::toString);
    assertFalse(Files.exists(flavours().resolve("a")));
  }
}
