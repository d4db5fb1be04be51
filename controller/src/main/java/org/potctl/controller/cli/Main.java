package org.potctl.controller.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code potctl} command line. This package is the only one that touches {@code System.out},
 * {@code System.err} or {@code System.exit}.
 */
@Command(
    name = "potctl",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Plan and apply FreeBSD pot jails, ZFS and pf from YAML Potfiles.",
    footer = {
      "",
      "Exit codes: 0 success/nothing to do, 1 error, 2 changes present,"
          + " 3 refused for safety, 64 usage error."
    })
public final class Main implements Runnable {

  @Mixin GlobalOptions global;

  private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command.");
  }

  /**
   * Runs potctl with the given arguments and returns the exit status instead of exiting. What it
   * prints goes through {@link TerminalWriter}: no control, bidirectional or invisible character
   * reaches {@code out} or {@code err} raw, whatever its source.
   */
  public static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr) {
    PrintWriter out = TerminalWriter.of(rawOut);
    PrintWriter err = TerminalWriter.of(rawErr);
    try {
      return execute(args, out, err);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static int execute(String[] args, PrintWriter out, PrintWriter err) {
    if (QuickVersion.asked(args)) {
      return QuickVersion.print(out);
    }
    // picocli registers converters for java.sql and java.time types by reflection when it starts
    // (loading java.sql.DriverManager among them); no option of potctl has such a type.
    if (System.getProperty(CONVERTER_EXCLUDES) == null) {
      System.setProperty(CONVERTER_EXCLUDES, "java\\.sql\\..*,java\\.time\\..*");
    }
    CommandLine cli = Subcommands.register(new CommandLine(new Main()), args);
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(new UsageErrorHandler());
    cli.setExecutionExceptionHandler(new InternalErrorHandler());
    cli.setExitCodeExceptionMapper(t -> ExitCode.ERROR.code());
    return cli.execute(args);
  }

  /** The whole command tree with every sub-command, as {@code --help} shows it (for doc checks). */
  public static CommandLine commandTree() {
    return Subcommands.register(new CommandLine(new Main()), new String[0]);
  }

  /** A writer on {@code stream} that falls back to plain ASCII when its charset is not Unicode. */
  private static PrintWriter writer(PrintStream stream) {
    Charset charset = stream.charset();
    return new PrintWriter(
        AsciiWriter.forCharset(new OutputStreamWriter(stream, charset), charset), true);
  }

  public static void main(String[] args) {
    PrintWriter out = writer(System.out);
    PrintWriter err = writer(System.err);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
