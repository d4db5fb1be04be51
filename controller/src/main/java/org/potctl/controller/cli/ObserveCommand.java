package org.potctl.controller.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.potctl.controller.render.JsonDocument;
import org.potctl.state.host.Host;
import org.potctl.state.host.HostConnector;
import org.potctl.state.model.HostState;
import org.potctl.state.observe.HostObserver;
import org.potctl.state.observe.HostStateJson;
import org.potctl.state.observe.HostStateText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code potctl observe [--host …] [-o text|json]}: observes the host once (at most five commands)
 * and prints what potctl sees. The host banner goes to stderr, the report to stdout. Exit 0, or 1
 * when the host cannot be observed (a failing command or a malformed file, named in the message).
 */
@Command(
    name = "observe",
    mixinStandardHelpOptions = true,
    description =
        "Print what potctl sees on the host: pots, fscomps, bridges, flavours, redirects.")
final class ObserveCommand implements Callable<Integer> {

  /** Output formats of {@code observe}. */
  enum Format {
    TEXT,
    JSON
  }

  @ParentCommand Main parent;

  @Spec CommandSpec spec;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: text (default) or json.")
  Format output;

  @Override
  public Integer call() {
    try (Host host =
        HostConnector.connect(PlanningArgs.hostSpec(spec.commandLine(), parent.global))) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(host.banner());
      err.flush();
      HostState state = HostObserver.create(host.runner(), host.files()).observe();
      PrintWriter out = spec.commandLine().getOut();
      if (output == Format.JSON) {
        JsonDocument.write(out, g -> HostStateJson.write(g, state, host.driver()), List.of());
      } else {
        out.print(HostStateText.render(state, host.driver()));
      }
      out.flush();
      return ExitCode.OK.code();
    }
  }
}
