package org.potctl.controller.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.potctl.controller.Engine;
import org.potctl.controller.EngineRequest;
import org.potctl.controller.PlanResult;
import org.potctl.controller.graph.GraphBuilder;
import org.potctl.controller.graph.GraphInput;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.Change;
import org.potctl.controller.render.DiagnosticsRenderer;
import org.potctl.controller.render.GraphDot;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.Diagnostics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code potctl graph DIR}: the dependency graph in DOT, nodes labelled with their action. */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    description = "Print the dependency graph in Graphviz DOT (edges point at what is needed).")
final class GraphCommand implements Callable<Integer> {

  @ParentCommand Main parent;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The spec directory.")
  Path dir;

  @Override
  public Integer call() {
    EngineRequest options = PlanningArgs.options(spec.commandLine(), parent.global, dir);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PlanResult result = Engine.create().plan(options);
    if (result instanceof PlanResult.Invalid invalid) {
      DiagnosticsRenderer.text().render(invalid.specDiagnostics(), err);
      return ExitCode.ERROR.code();
    }
    PlanResult.Planned planned = (PlanResult.Planned) result;
    PlanningArgs.banner(planned, err);
    GraphBuilder.Result graph =
        GraphBuilder.build(
            new GraphInput(planned.spec(), planned.state(), planned.specId(), planned.inventory()));
    if (graph.hasErrors()) {
      DiagnosticsRenderer.text().render(new Diagnostics(graph.diagnostics()), err);
      return ExitCode.ERROR.code();
    }
    Map<ResourceAddress, Action> actions = new TreeMap<>();
    for (Change c : planned.plan().changes()) {
      actions.put(c.address(), c.action());
    }
    out.print(GraphDot.write(graph.graph(), actions));
    out.flush();
    return ExitCode.OK.code();
  }
}
