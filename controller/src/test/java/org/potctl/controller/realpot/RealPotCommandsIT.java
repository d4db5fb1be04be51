package org.potctl.controller.realpot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.CommandResult;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;

/**
 * pot commands side by side in the real-pot sandbox and on the simulator: exit codes, every {@code
 * ===>}/{@code ###>} and other output line (pot's help text after a refusal left out, the hosts'
 * roots written {@code $FSROOT}, {@code $ZROOT}, {@code $POT}), then every conf file.
 */
class RealPotCommandsIT {

  /** create-base with its flavour, the pot kinds, a failed level-2 create, mounts, start/stop. */
  private static final List<List<String>> SEQUENCE =
      List.of(
          List.of("create-base", "-r", "14.1"),
          List.of("create-fscomp", "-f", "data"),
          List.of("create-fscomp", "-f", "data"),
          List.of("create-private-bridge", "-B", "backend", "-S", "6"),
          List.of("create", "-p", "web", "-b", "14.1", "-t", "single", "-N", "public-bridge"),
          List.of("create", "-p", "one", "-b", "14.1", "-l", "1"),
          List.of("create", "-p", "two", "-P", "one", "-l", "2"),
          List.of("create", "-p", "db", "-b", "14.1", "-N", "private-bridge", "-B", "backend"),
          List.of("create", "-p", "web", "-b", "14.1"),
          List.of("mount-in", "-p", "web", "-f", "data", "-m", "/data", "-r"),
          List.of("mount-in", "-p", "web", "-f", "data", "-m", "/data"),
          List.of("export-ports", "-p", "web", "-e", "80:8080"),
          List.of("set-attribute", "-p", "web", "-A", "start-at-boot", "-V", "YES"),
          List.of("set-attribute", "-p", "web", "-A", "persistent", "-V", "maybe"),
          List.of("set-rss", "-p", "db", "-C", "1", "-M", "256M"),
          List.of("set-env", "-p", "db", "-E", "APP=1"),
          List.of("add-dep", "-p", "web", "-P", "db"),
          List.of("start", "web"),
          List.of("start", "web"),
          List.of("stop", "web"),
          List.of("start", "-p", "db"),
          List.of("stop", "db"),
          List.of("start", "web"),
          List.of("stop", "web"));

  @TempDir Path work;

  @Test
  void potCommandsAnswerAndWriteAsTheRealScripts() throws IOException {
    Path src = RealPotKit.potSource();
    String pool = RealPotKit.sandboxPool();
    Path simDir = work.resolve("sim");
    SimulatedHost sim = new SimulatedHost(SimOptions.of(simDir));
    List<String> differences = new ArrayList<>();
    int checks = 0;
    long start = System.nanoTime();
    try (RealPotSandbox box = RealPotSandbox.open(work.resolve("sbx"), src, pool)) {
      List<String> realRoots = List.of(box.fsRoot().toString(), box.zfsRoot(), box.potTree());
      List<String> simRoots =
          List.of(simDir.resolve("fsroot").toString(), "zroot/pot", simDir.toString());
      for (List<String> args : SEQUENCE) {
        List<String> real = new ArrayList<>(List.of("pot"));
        real.addAll(args);
        RealPotSandbox.Result r = box.run(real);
        CommandResult s = sim.run(Command.of(real));
        String want = summary(r.exitCode(), r.stdout(), realRoots);
        String have = summary(s.exitCode(), s.stdout(), simRoots);
        checks++;
        if (!want.equals(have)) {
          differences.add(
              "pot " + String.join(" ", args) + "\n real: " + want + "\n sim:  " + have);
        }
      }
      SortedMap<String, String> realFiles = ConfFiles.read(box.fsRoot(), box.zfsRoot());
      SortedMap<String, String> simFiles = ConfFiles.read(simDir.resolve("fsroot"), "zroot/pot");
      TreeSet<String> names = new TreeSet<>(realFiles.keySet());
      names.addAll(simFiles.keySet());
      for (String name : names) {
        checks++;
        if (!String.valueOf(realFiles.get(name)).equals(String.valueOf(simFiles.get(name)))) {
          differences.add(
              name + "\n real:\n" + realFiles.get(name) + "\n sim:\n" + simFiles.get(name));
        }
      }
      System.err.printf(
          "real-pot kit: %d pot commands and %d files compared: %d checks, %d agree, %d differ,"
              + " %.1f s%n",
          SEQUENCE.size(),
          names.size(),
          checks,
          checks - differences.size(),
          differences.size(),
          (System.nanoTime() - start) / 1e9);
      assertEquals(List.of(), differences, String.join("\n", differences));
    }
  }

  /** Exit code, then every output line up to pot's help text, the host's roots replaced. */
  private static String summary(int exitCode, String stdout, List<String> roots) {
    List<String> lines = new ArrayList<>();
    for (String line : stdout.lines().toList()) {
      if (line.startsWith("pot ") && line.contains("[-h")) {
        break;
      }
      String l = line;
      String[] names = {"$FSROOT", "$ZROOT", "$POT"};
      for (int i = 0; i < roots.size(); i++) {
        l = l.replace(roots.get(i), names[i]);
      }
      lines.add(l);
    }
    return "exit " + exitCode + " " + lines;
  }
}
