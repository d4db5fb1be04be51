package org.potctl.controller.apply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.Change;
import org.potctl.controller.plan.ChangeReason;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.Readiness;
import org.potctl.controller.plan.Risk;
import org.potctl.controller.plan.Step;
import org.potctl.controller.plan.StepKind;
import org.potctl.schema.address.ResourceAddress;

/** Hand-built plans for applier tests: steps added in order, a create change per new address. */
public final class TestPlans {

  /** The apply id of every test plan. */
  public static final String APPLY_ID = "20261123T120000Z-abcd";

  private final List<Step> steps = new ArrayList<>();
  private final Map<ResourceAddress, Action> actions = new LinkedHashMap<>();

  /** Adds a step for {@code address} that runs {@code argv} after {@code after}; returns its id. */
  int step(String address, List<String> argv, Readiness ready, Integer... after) {
    int id = steps.size() + 1;
    ResourceAddress a = ResourceAddress.parse(address);
    steps.add(new Step(id, a, kindOf(argv), argv, "", List.of(after), ready));
    actions.putIfAbsent(a, Action.CREATE);
    return id;
  }

  int step(String address, List<String> argv, Integer... after) {
    return step(address, argv, Readiness.NONE, after);
  }

  /**
   * The kind a hand-built test step of {@code argv} gets (a fixture's convenience: the planner sets
   * kinds when it drafts steps and nothing in potctl reads them from argv): {@code pot create},
   * {@code create-fscomp}, {@code clone}, {@code start}, {@code stop}, else {@code configure}.
   */
  public static StepKind kindOf(List<String> argv) {
    String sub = argv.size() > 1 ? argv.get(1) : "";
    return switch (sub) {
      case "create" -> StepKind.CREATE_POT;
      case "create-fscomp" -> StepKind.CREATE_FSCOMP;
      case "clone" -> StepKind.CLONE_POT;
      case "start" -> StepKind.START;
      case "stop" -> StepKind.STOP;
      default -> StepKind.CONFIGURE;
    };
  }

  /** A resource the plan leaves alone. */
  TestPlans unchanged(String address) {
    actions.put(ResourceAddress.parse(address), Action.NOOP);
    return this;
  }

  Plan build() {
    List<Change> changes = new ArrayList<>();
    actions.forEach(
        (a, action) ->
            changes.add(
                action == Action.NOOP
                    ? Change.noop(a)
                    : new Change(
                        a,
                        action,
                        Risk.NONE,
                        List.of(ChangeReason.NOT_ON_HOST.because("test")),
                        List.of())));
    return plan("spec", changes, steps, new TreeMap<>());
  }

  /** A plan of {@code specDir} on a sim host with these changes, steps and observed objects. */
  public static Plan plan(
      String specDir, List<Change> changes, List<Step> steps, SortedMap<String, String> observed) {
    return new Plan(
        specDir,
        "spec",
        "sha256:spec",
        APPLY_ID,
        "sim",
        "sha256:host",
        changes,
        steps,
        List.of(),
        observed);
  }

  static List<String> createPot(String name) {
    return List.of(
        "pot",
        "create",
        "-p",
        name,
        "-t",
        "single",
        "-b",
        "14.1",
        "-N",
        "public-bridge",
        "-i",
        "auto");
  }

  static List<String> pot(String... args) {
    List<String> argv = new ArrayList<>();
    argv.add("pot");
    argv.addAll(List.of(args));
    return argv;
  }
}
