package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.potctl.state.exec.Command;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;

/** potctl against a simulated host in a temp directory, for the CLI tests. */
final class SimCli {

  record Run(int code, String out, String err) {
    String all() {
      return out + err;
    }
  }

  private final Path sim;

  SimCli(Path sim) {
    this.sim = sim;
  }

  /** {@code potctl --host sim:DIR ARGS...}. */
  Run potctl(String... args) {
    List<String> all = new ArrayList<>(List.of("--host", "sim:" + sim));
    all.addAll(List.of(args));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  /** Runs {@code potctl ARGS...} and checks the exit code. */
  Run expect(int code, String... args) {
    Run r = potctl(args);
    assertEquals(code, r.code(), r.all());
    return r;
  }

  /** Runs one command on the simulated host directly, as an operator would without potctl. */
  void raw(String... argv) {
    Command c = Command.of(argv);
    new SimulatedHost(SimOptions.of(sim)).run(c).requireSuccess(c);
  }

  /** The lines of commands.log. */
  List<String> log() {
    Path log = sim.resolve("commands.log");
    try {
      return Files.exists(log) ? Files.readAllLines(log) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The mutating commands logged from line {@code from} on. */
  List<String> mutationsSince(int from) {
    List<String> lines = log();
    return lines.subList(from, lines.size()).stream()
        .filter(l -> SimulatedHost.mutating(List.of(l.split(" "))))
        .toList();
  }

  /** The simulator's directory. */
  Path dir() {
    return sim;
  }
}
