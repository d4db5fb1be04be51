package org.potctl.controller;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.potctl.controller.kind.StepDraft;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.Change;
import org.potctl.controller.plan.FieldChange;
import org.potctl.controller.plan.HostPlan;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.Readiness;
import org.potctl.controller.plan.Reason;
import org.potctl.controller.plan.Risk;
import org.potctl.controller.plan.Step;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.state.host.Host;
import org.potctl.state.model.HostState;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Builds the {@link HostPlan} of a {@link HostChange}: one change per object, its commands as
 * numbered steps (each after the one before it on the same object), inventory edits and notes.
 */
final class HostPlanBuilder {

  private final String command;
  private final Host host;
  private final HostState state;
  private final List<Change> changes = new ArrayList<>();
  private final List<Step> steps = new ArrayList<>();
  private final Map<ResourceAddress, Integer> last = new HashMap<>();
  private final List<HostPlan.InventoryEdit> inventory = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final List<Diagnostic> warnings = new ArrayList<>();
  private final List<String> touched = new ArrayList<>();
  private boolean sequential;

  HostPlanBuilder(String command, Host host, HostState state) {
    this.command = command;
    this.host = host;
    this.state = state;
  }

  /**
   * Every step after the one before it, whatever its object ({@code image build}: one sequence).
   */
  HostPlanBuilder sequential() {
    sequential = true;
    return this;
  }

  /** {@code address} gets {@code action} for {@code reason}, by running {@code drafts}. */
  HostPlanBuilder change(
      ResourceAddress address,
      Action action,
      Risk risk,
      Reason reason,
      List<FieldChange> fields,
      List<StepDraft> drafts) {
    changes.add(new Change(address, action, risk, List.of(reason), fields));
    for (StepDraft d : drafts) {
      step(address, d);
    }
    return this;
  }

  /** The change {@code change} made by steps with standard input ({@code tee FILE}). */
  HostPlanBuilder change(Change change, List<StepDraft> drafts) {
    changes.add(change);
    for (StepDraft d : drafts) {
      step(change.address(), d);
    }
    return this;
  }

  private void step(ResourceAddress address, StepDraft d) {
    int id = steps.size() + 1;
    Integer before = sequential && id > 1 ? Integer.valueOf(id - 1) : last.get(address);
    last.put(address, id);
    steps.add(
        new Step(
            id,
            address,
            d.kind(),
            d.argv(),
            d.stdin(),
            before == null ? List.of() : List.of(before),
            Readiness.NONE));
  }

  /** An inventory edit of the change just added. */
  HostPlanBuilder inventory(HostPlan.InventoryEdit edit) {
    inventory.add(edit);
    return this;
  }

  /** The plan changes an object of spec {@code specId} (e.g. the owner of a trash entry). */
  HostPlanBuilder touches(String specId) {
    touched.add(specId);
    return this;
  }

  /** A line shown with the plan. */
  HostPlanBuilder note(String line) {
    notes.add(line);
    return this;
  }

  /**
   * A warning about {@code path} (an address, or {@code ""}): in the plan's diagnostics, so the
   * text output prints it on stderr and {@code -o json} carries it in {@code diagnostics}.
   */
  HostPlanBuilder warning(String path, String message) {
    warnings.add(Diagnostic.warning(path, message));
    return this;
  }

  /** The field {@code path} from {@code before} to {@code after} (null: absent). */
  static FieldChange field(String path, String before, String after) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    return new FieldChange(
        path,
        before == null ? null : f.stringNode(before),
        after == null ? null : f.stringNode(after));
  }

  /** The plan; {@code specDigest} is empty for a change without a spec (all but adopt). */
  HostPlan build(String specDir, String specId, String specDigest, String applyId) {
    Plan plan =
        new Plan(
            specDir,
            specId,
            specDigest,
            applyId,
            host.driver(),
            state.fingerprint(),
            changes,
            steps,
            warnings,
            new TreeMap<>());
    return new HostPlan(command, host.banner(), plan, inventory, notes, touched);
  }
}
