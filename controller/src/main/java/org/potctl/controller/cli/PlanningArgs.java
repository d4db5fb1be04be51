package org.potctl.controller.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.potctl.controller.EngineRequest;
import org.potctl.controller.PlanResult;
import org.potctl.controller.render.DiagnosticsRenderer;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.state.host.HostSpec;
import org.potctl.state.pot.PotArguments;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Turns the command line of plan, status and graph into an {@link EngineRequest}. */
final class PlanningArgs {

  private PlanningArgs() {}

  /**
   * The options for {@code dir} and the global flags; usage errors (no such directory, malformed
   * {@code --host} or spec id) become {@link ParameterException}s (exit 64).
   */
  static EngineRequest options(CommandLine cli, GlobalOptions global, Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new ParameterException(
          cli, "spec directory '" + dir + "' does not exist or is not a directory");
    }
    EngineRequest options =
        new EngineRequest(
                dir,
                Optional.ofNullable(global.host()),
                Optional.ofNullable(global.specId()),
                Optional.empty(),
                global.allowances())
            .withImageKey(global.imageKey());
    options = options.withOrigin(options.origin(), global.specIdDeliberate());
    try {
      options.hostSpec();
      options.resolvedSpecId();
      options.imageKey().ifPresent(k -> PotArguments.absolutePath("--image-key", k));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cli, e.getMessage());
    }
    return options;
  }

  /**
   * The host {@code --host} names (the default host without it); a malformed value is a {@link
   * ParameterException} (exit 64). For the commands that connect without an engine request.
   */
  static HostSpec hostSpec(CommandLine cli, GlobalOptions global) {
    String given = global.host();
    if (given == null) {
      return HostSpec.defaultSpec();
    }
    try {
      return HostSpec.parse(given);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cli, e.getMessage());
    }
  }

  /** Prints the banner and the spec's warnings to {@code err}. */
  static void banner(PlanResult.Planned planned, PrintWriter err) {
    err.println(planned.hostBanner());
    if (!planned.specDiagnostics().isEmpty()) {
      DiagnosticsRenderer.text().render(planned.specDiagnostics(), err);
    }
    err.flush();
  }

  /** Prints a plan's diagnostics to {@code err}. */
  static void diagnostics(PlanResult.Planned planned, PrintWriter err) {
    if (!planned.plan().diagnostics().isEmpty()) {
      DiagnosticsRenderer.text().render(new Diagnostics(planned.plan().diagnostics()), err);
      err.flush();
    }
  }

  /**
   * Whether to colour output: picocli's {@code Help.Ansi.AUTO}, i.e. on a terminal unless {@code
   * NO_COLOR} is set (or {@code CLICOLOR=0}; {@code CLICOLOR_FORCE} forces it, {@code
   * -Dpicocli.ansi} overrides). Colours are ANSI escapes, plain ASCII, so the ASCII fallback of a
   * non-Unicode locale keeps them.
   */
  static boolean colour() {
    return CommandLine.Help.Ansi.AUTO.enabled();
  }
}
