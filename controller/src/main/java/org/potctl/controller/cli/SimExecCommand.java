package org.potctl.controller.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.CommandResult;
import org.potctl.state.exec.ProgramRefusedException;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code potctl sim-exec DIR[?options] -- PROGRAM ARGS…}: runs one argv on the simulated pot host
 * in DIR and relays its stdout, stderr and exit status, so the thin {@code pot}, {@code zfs},
 * {@code jls}, {@code pfctl}, {@code tee} and {@code rm} wrapper scripts ({@code
 * state/src/main/dist/sim-bin}) make any process runner drive the simulator.
 */
@CommandLine.Command(
    name = "sim-exec",
    mixinStandardHelpOptions = true,
    description = {
      "Run one pot, zfs, jls, pfctl or ifconfig -a command on the simulated pot host in DIR.",
      "Example: potctl sim-exec .potctl/sim -- pot create-fscomp -f data"
    })
final class SimExecCommand implements Callable<Integer> {

  /** The shell's status for a program it cannot run: what a refused program exits with. */
  private static final int NOT_FOUND = 127;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "DIR",
      description = "The simulator's directory, optionally with ?latency=…&fail=…&zfs=real:POOL.")
  String dir;

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "ARGV",
      description =
          "The program (pot, zfs, jls, pfctl, ifconfig -a; tee and rm -f on flavour files) and its"
              + " arguments,"
              + " after --. tee reads the file content from standard input.")
  List<String> argv;

  @Override
  public Integer call() {
    SimOptions options;
    try {
      options = SimOptions.parse(dir);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    Command command = Command.of(argv);
    if (command.program().equals("tee") || command.program().endsWith("/tee")) {
      command = command.withStdin(readStdin());
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CommandResult result;
    try {
      result = new SimulatedHost(options).run(command);
    } catch (ProgramRefusedException e) {
      err.println("potctl sim-exec: " + e.getMessage());
      return NOT_FOUND;
    }
    out.print(result.stdout());
    out.flush();
    err.print(result.stderr());
    err.flush();
    return result.exitCode();
  }

  private static String readStdin() {
    try {
      return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard input", e);
    }
  }
}
