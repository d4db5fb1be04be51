package org.potctl.controller.apply;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.Change;
import org.potctl.controller.plan.InventoryAddresses;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.Step;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.state.statedir.Inventory;

/**
 * Keeps the host's inventory in step with an apply (DESIGN §3.3): a bridge or flavour is recorded
 * as this spec's <em>before</em> the command that creates it runs, so a crash can never leave one
 * potctl made but did not record; it is forgotten once every step deleting it succeeded.
 */
public final class InventoryListener implements ApplyListener {

  private final Inventory inventory;
  private final Map<ResourceAddress, Action> actions = new HashMap<>();
  private final Map<ResourceAddress, Integer> deletesLeft = new HashMap<>();
  private String specId = "";

  /** Records into {@code inventory}. */
  public InventoryListener(Inventory inventory) {
    this.inventory = Objects.requireNonNull(inventory, "inventory");
  }

  @Override
  public void applyStarted(Plan plan, Instant at) {
    specId = plan.specId();
    for (Change c : plan.changes()) {
      if (InventoryAddresses.recorded(c.address().kind())) {
        actions.put(c.address(), c.action());
      }
    }
    for (Step s : plan.steps()) {
      if (actions.get(s.address()) == Action.DELETE) {
        deletesLeft.merge(s.address(), 1, Integer::sum);
      }
    }
  }

  @Override
  public void stepStarted(Step step, Instant at) {
    Action action = actions.get(step.address());
    if (action == Action.CREATE || action == Action.UPDATE) {
      inventory.record(specId, InventoryAddresses.kind(step.address()), step.address().name());
    }
  }

  @Override
  public void stepApplied(StepResult result) {
    ResourceAddress a = result.step().address();
    if (actions.get(a) == Action.DELETE && deletesLeft.merge(a, -1, Integer::sum) == 0) {
      inventory.remove(specId, InventoryAddresses.kind(a), a.name());
    }
  }
}
