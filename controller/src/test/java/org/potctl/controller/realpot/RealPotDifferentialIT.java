package org.potctl.controller.realpot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.CommandResult;
import org.potctl.state.exec.ProcessCommandRunner;
import org.potctl.state.host.PotVersion;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;

/**
 * The first slice of the real-pot kit (docs/real-pot.md): pot's own scripts (tag 0.16.1, from
 * {@code POTCTL_POT_SRC}) run by bash through potctl's {@link ProcessCommandRunner}, in a copy of
 * pot's tree whose {@code POT_FS_ROOT} is the simulator's, and the same command sequence run by the
 * simulator: exit codes, {@code ###>} lines and the other output lines must be equal. Only commands
 * that need no FreeBSD program are in this slice.
 */
class RealPotDifferentialIT {

  /** The commands compared; pot's help text (after a refusal) is left out of the comparison. */
  private static final List<List<String>> SEQUENCE =
      List.of(
          List.of("version"),
          List.of("version", "-q"),
          List.of("version", "-v"),
          List.of("config", "-q", "-g", "fs_root"),
          List.of("config", "-g", "fs_root"),
          List.of("config", "-q", "-g", "zfs_root"),
          List.of("config", "-g", "zfs_root"),
          List.of("config", "-q", "-g", "gateway"),
          List.of("config", "-g", "gateway"),
          List.of("config", "-q", "-g", "network_stack"),
          List.of("config", "-g", "network_stack"),
          List.of("config", "-q", "-g", "pot_prefix"),
          List.of("config", "-g", "fscomp_prefix"),
          List.of("config", "-q", "-g", "bogus"),
          List.of("config", "-g", "bogus"),
          List.of("config", "-g", "bogus", "-q"),
          List.of("config"),
          List.of("config", "-q"));

  @TempDir Path dir;

  @Test
  void potctlAcceptsTheRealPotVersion() throws IOException {
    Path pot = sandbox(RealPotKit.potSource());
    ProcessCommandRunner runner = new ProcessCommandRunner();
    CommandResult r = runner.run(Command.of("bash", pot.toString(), "version", "-q"));
    assertEquals("0.16.0", PotVersion.checkPrinted(r.stdout()), "0.16.1 says 0.16.0");
  }

  @Test
  void theSimulatorAnswersLikeTheRealScripts() throws IOException {
    Path pot = sandbox(RealPotKit.potSource());
    ProcessCommandRunner runner = new ProcessCommandRunner();
    SimulatedHost sim = new SimulatedHost(SimOptions.of(dir.resolve("sim")));
    List<String> differences = new ArrayList<>();
    for (List<String> args : SEQUENCE) {
      List<String> real = new ArrayList<>(List.of("bash", pot.toString()));
      real.addAll(args);
      List<String> simulated = new ArrayList<>(List.of("pot"));
      simulated.addAll(args);
      String want = summary(runner.run(Command.of(real)));
      String have = summary(sim.run(Command.of(simulated)));
      if (!want.equals(have)) {
        differences.add("pot " + String.join(" ", args) + "\n real: " + want + "\n sim:  " + have);
      }
    }
    System.err.println(
        "real-pot kit: "
            + SEQUENCE.size()
            + " commands compared, "
            + differences.size()
            + " differ");
    assertEquals(List.of(), differences);
  }

  /** Exit code, then every output line up to pot's help text. */
  private static String summary(CommandResult r) {
    List<String> lines = new ArrayList<>();
    for (String line : r.stdout().lines().toList()) {
      if (line.startsWith("pot ") && line.contains("[-h")) {
        break;
      }
      lines.add(line);
    }
    return "exit " + r.exitCode() + " " + lines;
  }

  /** Copies pot's bin, share and etc into the sandbox, POT_FS_ROOT = the simulator's fsroot. */
  private Path sandbox(Path src) throws IOException {
    Path root = dir.resolve("pot");
    for (String part : List.of("bin", "share", "etc")) {
      KitScripts.copyTree(src.resolve(part), root.resolve(part), false);
    }
    Path fsRoot = Files.createDirectories(dir.resolve("sim/fsroot"));
    Files.writeString(
        root.resolve("etc/pot/pot.conf"),
        "POT_ZFS_ROOT=zroot/pot\nPOT_FS_ROOT=" + fsRoot.toAbsolutePath() + "\n");
    return root.resolve("bin/pot");
  }
}
