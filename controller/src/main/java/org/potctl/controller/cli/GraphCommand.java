package org.potctl.controller.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.potctl.controller.Engine;
import org.potctl.controller.EngineRequest;
import org.potctl.controller.PlanResult;
import org.potctl.controller.graph.GraphBuilder;
import org.potctl.controller.graph.GraphInput;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.Change;
import org.potctl.controller.plan.ChangeReason;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.render.DiagnosticsRenderer;
import org.potctl.controller.render.GraphDot;
import org.potctl.controller.render.GraphJson;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.Diagnostics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code potctl graph DIR [-o dot|json]}: the dependency graph in DOT (or JSON), nodes labelled
 * with their planned action. Exit 0, 1 on an invalid spec or a graph error (a cycle).
 */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    description = "Print the dependency graph in Graphviz DOT (edges point at what is needed).")
final class GraphCommand implements Callable<Integer> {

  @ParentCommand Main parent;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The spec directory.")
  Path dir;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      defaultValue = "dot",
      description = "Output format: dot (default) or json (nodes and edges).")
  Format output;

  /** Output formats of {@code graph}. */
  enum Format {
    DOT,
    JSON
  }

  @Override
  public Integer call() {
    EngineRequest options = PlanningArgs.options(spec.commandLine(), parent.global, dir);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PlanResult result = Engine.create().plan(options);
    if (result instanceof PlanResult.Invalid invalid) {
      return failed(invalid.specDiagnostics(), out, err);
    }
    PlanResult.Planned planned = (PlanResult.Planned) result;
    PlanningArgs.banner(planned, err);
    GraphBuilder.Result graph =
        GraphBuilder.build(
            new GraphInput(
                planned.spec(),
                planned.state(),
                planned.specId(),
                planned.inventory(),
                interrupted(planned.plan())));
    if (graph.hasErrors()) {
      return failed(new Diagnostics(graph.diagnostics()), out, err);
    }
    Map<ResourceAddress, Action> actions = new TreeMap<>();
    for (Change c : planned.plan().changes()) {
      actions.put(c.address(), c.action());
    }
    out.print(
        output == Format.JSON
            ? GraphJson.write(graph.graph(), actions, planned.reportedPlan().diagnostics())
            : GraphDot.write(graph.graph(), actions));
    out.flush();
    return ExitCode.OK.code();
  }

  private int failed(Diagnostics diagnostics, PrintWriter out, PrintWriter err) {
    if (output == Format.JSON) {
      DiagnosticsRenderer.json().render(diagnostics, out);
    } else {
      DiagnosticsRenderer.text().render(diagnostics, err);
    }
    return ExitCode.ERROR.code();
  }

  /** The addresses the plan repairs after an interrupted apply: the planner's half-done nodes. */
  private static Set<String> interrupted(Plan plan) {
    return plan.changes().stream()
        .filter(c -> c.reasons().stream().anyMatch(r -> r.code() == ChangeReason.INTERRUPTED))
        .map(c -> c.address().toString())
        .collect(Collectors.toSet());
  }
}
