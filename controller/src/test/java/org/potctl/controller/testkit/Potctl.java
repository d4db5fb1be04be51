package org.potctl.controller.testkit;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.potctl.controller.cli.Main;
import org.potctl.state.exec.Command;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;
import org.potctl.state.statedir.ApplyJournal;
import org.potctl.state.statedir.JournalReader;

/**
 * The engine test kit's fake host: potctl in process against a simulated pot host in a directory
 * (JOSDK's {@code AbstractWorkflowExecutorTest} fakes, fabric8's CRUD mock). It runs commands as a
 * user would ({@link #run}), as an operator without potctl would ({@link #raw}), and exposes what
 * the host recorded: {@code commands.log}, the mutations since a mark, the journals.
 */
public final class Potctl {

  private final Path sim;

  private Potctl(Path sim) {
    this.sim = sim;
  }

  /** potctl on the simulated host in {@code sim}. */
  public static Potctl onSim(Path sim) {
    return new Potctl(sim);
  }

  /** {@code potctl --host sim:DIR ARGS...}. */
  public Run run(String... args) {
    List<String> all = new ArrayList<>(List.of("--host", "sim:" + sim));
    all.addAll(List.of(args));
    return bare(all.toArray(String[]::new));
  }

  /** {@code potctl ARGS...} with no {@code --host} added. */
  public static Run bare(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  /** Runs one command on the simulated host directly, as an operator would without potctl. */
  public void raw(String... argv) {
    Command c = Command.of(argv);
    new SimulatedHost(SimOptions.of(sim)).run(c).requireSuccess(c);
  }

  /** The lines of commands.log. */
  public List<String> log() {
    Path log = sim.resolve("commands.log");
    try {
      return Files.exists(log) ? Files.readAllLines(log) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A mark in commands.log for {@link #mutationsSince}. */
  public int mark() {
    return log().size();
  }

  /** The mutating commands logged from line {@code from} on. */
  public List<String> mutationsSince(int from) {
    List<String> lines = log();
    return lines.subList(from, lines.size()).stream()
        .filter(l -> SimulatedHost.mutating(List.of(l.split(" "))))
        .toList();
  }

  /** Every journal in the host's state directory, oldest first. */
  public List<ApplyJournal> journals() {
    JournalReader reader = new JournalReader(sim.resolve("state"));
    return reader.applyIds().stream().map(reader::read).toList();
  }

  /** The simulator's directory. */
  public Path dir() {
    return sim;
  }
}
