package org.potctl.controller.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.potctl.controller.render.DiagnosticsRenderer;
import org.potctl.schema.LoadOptions;
import org.potctl.schema.LoadResult;
import org.potctl.schema.SpecLoader;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.schema.diag.SourceLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code potctl validate DIR [-o text|json]}: loads the spec and reports every problem. Exit 0 when
 * valid, 1 when not, 64 when DIR is not a directory. Text diagnostics and the failure summary go to
 * stderr; JSON and the success summary go to stdout.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check a spec directory; report every error at FILE:LINE:COL.")
final class ValidateCommand implements Callable<Integer> {

  /** Output formats of {@code validate}. */
  enum Format {
    TEXT,
    JSON
  }

  @ParentCommand Main parent;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The spec directory.")
  Path dir;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: text (default) or json.")
  Format output;

  @Override
  public Integer call() {
    if (!Files.isDirectory(dir)) {
      throw new ParameterException(
          spec.commandLine(), "spec directory '" + dir + "' does not exist or is not a directory");
    }
    LoadOptions options = parent.global.loadOptions();
    LoadResult result = new SpecLoader().load(dir, options);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (output == Format.JSON) {
      DiagnosticsRenderer.json().render(result.diagnostics(), out);
    } else {
      DiagnosticsRenderer.text().render(result.diagnostics(), err);
      summarise(result, out, err);
    }
    return result.isValid() ? ExitCode.OK.code() : ExitCode.ERROR.code();
  }

  private static void summarise(LoadResult result, PrintWriter out, PrintWriter err) {
    Diagnostics d = result.diagnostics();
    if (result.spec().isPresent()) {
      out.println("valid: " + counts(result.spec().get()) + warnings(d));
      out.flush();
      return;
    }
    long files =
        d.errors().stream()
            .map(Diagnostic::location)
            .flatMap(Optional::stream)
            .map(SourceLocation::file)
            .distinct()
            .count();
    err.println(plural(d.errors().size(), "error") + " in " + plural(files, "file") + warnings(d));
    err.flush();
  }

  private static String counts(org.potctl.schema.model.Spec s) {
    return String.join(
        ", ",
        plural(s.pots().size(), "pot"),
        plural(s.fscomps().size(), "fscomp"),
        plural(s.bridges().size(), "bridge"),
        plural(s.flavours().size(), "flavour"));
  }

  private static String warnings(Diagnostics d) {
    int n = d.warnings().size();
    return n == 0 ? "" : ", " + plural(n, "warning");
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
