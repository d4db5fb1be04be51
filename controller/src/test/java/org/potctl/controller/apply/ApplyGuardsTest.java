package org.potctl.controller.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.Change;
import org.potctl.controller.plan.ChangeReason;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.Risk;
import org.potctl.schema.address.ResourceAddress;

class ApplyGuardsTest {

  private static Plan plan(Change... changes) {
    return TestPlans.plan("envs/prod", List.of(changes), List.of(), new TreeMap<>());
  }

  private static Change change(String address, Action action, Risk risk) {
    return new Change(
        ResourceAddress.parse(address),
        action,
        risk,
        List.of(ChangeReason.NOT_ON_HOST.because("r")),
        List.of());
  }

  private static final Plan DELETES_DATA =
      plan(
          change("pot.web", Action.CREATE, Risk.NONE),
          change("fscomp.old", Action.DELETE, Risk.DATA_LOSS),
          change("pot.db", Action.REPLACE, Risk.DATA_LOSS),
          change("bridge.b", Action.DELETE, Risk.NETWORK));

  @Test
  void dataLossIsRefusedWithoutTheFlagAndNamesTheChanges() {
    ApplyGuards guards = new ApplyGuards(false, OptionalInt.empty(), true);
    assertEquals(
        List.of(
            "the plan removes data (fscomp.old (delete), pot.db (replace)); rerun with"
                + " --allow-data-loss to move it to the trash"),
        guards.refusals(DELETES_DATA));
    assertEquals(
        List.of(), new ApplyGuards(true, OptionalInt.empty(), true).refusals(DELETES_DATA));
  }

  @Test
  void moreDestroysThanMaxDestroyAreRefused() {
    assertEquals(
        List.of(
            "the plan deletes or replaces 3 resources (fscomp.old (delete), pot.db (replace),"
                + " bridge.b (delete)), more than --max-destroy 2"),
        new ApplyGuards(true, OptionalInt.of(2), true).refusals(DELETES_DATA));
    assertEquals(List.of(), new ApplyGuards(true, OptionalInt.of(3), true).refusals(DELETES_DATA));
  }

  @Test
  void anEmptySpecDirectoryDeletesNothing() {
    List<String> refusals =
        new ApplyGuards(true, OptionalInt.empty(), false).refusals(DELETES_DATA);
    assertEquals(1, refusals.size());
    assertTrue(refusals.get(0).startsWith("the spec directory envs/prod holds no Potfiles"));
    Plan createsOnly = plan(change("pot.web", Action.CREATE, Risk.NONE));
    assertEquals(List.of(), new ApplyGuards(false, OptionalInt.of(0), false).refusals(createsOnly));
  }
}
