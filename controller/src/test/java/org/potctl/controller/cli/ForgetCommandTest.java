package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Run;
import org.potctl.state.statedir.Inventory;

class ForgetCommandTest {

  @TempDir Path sim;

  @TempDir Path work;

  private SimCli cli;

  private static final String POTS =
      "pots:\n"
          + "  keep:\n    base: \"14.1\"\n    network: {type: public-bridge}\n"
          + "  x:\n    base: \"14.1\"\n    network: {type: public-bridge}\n";

  private Path spec(String yaml) throws IOException {
    Path dir = Files.createDirectories(work.resolve("app"));
    Files.writeString(dir.resolve("app.yaml"), "version: 1\n" + yaml);
    cli = new SimCli(sim);
    return dir;
  }

  @Test
  void aForgottenPotIsNotDeletedWhenItLeavesTheSpec() throws IOException {
    Path dir = spec(POTS);
    cli.expect(0, "apply", dir.toString(), "--yes");
    Run forget = cli.expect(0, "forget", "--yes", dir.toString(), "pot.x");
    assertTrue(forget.out().contains("zfs inherit potctl:owner zroot/pot/jails/x"), forget.out());
    assertTrue(cli.log().contains("zfs inherit potctl:owner zroot/pot/jails/x"));

    Files.writeString(
        dir.resolve("app.yaml"),
        "version: 1\npots:\n  keep:\n    base: \"14.1\"\n    network: {type: public-bridge}\n");
    Run plan = cli.expect(0, "plan", dir.toString(), "--detailed-exitcode");
    assertTrue(plan.out().contains("No changes"), plan.out());
    cli.expect(0, "apply", dir.toString(), "--yes", "--allow-data-loss");
    Run observe = cli.expect(0, "observe");
    assertTrue(observe.out().contains("\n  x "), observe.out());
  }

  @Test
  void anotherSpecsObjectIsRefusedAndAnUnownedOneHasNothingToForget() throws IOException {
    Path dir = spec(POTS);
    cli.raw("pot", "create", "-p", "x", "-b", "14.1", "-t", "single", "-N", "public-bridge");
    int logged = cli.log().size();
    Run unowned = cli.expect(0, "forget", "--yes", dir.toString(), "pot.x");
    assertTrue(unowned.out().contains("pot.x: not managed by any spec; nothing to forget"));
    cli.raw("zfs", "set", "potctl:owner=other", "zroot/pot/jails/x");
    logged = cli.log().size();
    Run foreign = cli.expect(3, "forget", "--yes", dir.toString(), "pot.x");
    assertTrue(foreign.err().contains("belongs to spec 'other', not 'app'"), foreign.err());
    assertEquals(List.of(), cli.mutationsSince(logged));
    Run asOther = cli.expect(0, "--spec-id", "other", "forget", "--yes", "pot.x");
    assertTrue(asOther.out().contains("zfs inherit potctl:owner zroot/pot/jails/x"));
  }

  @Test
  void aProtectedFscompLosesBothStamps() throws IOException {
    Path dir = spec("fscomps:\n  data: {}\n");
    cli.expect(0, "apply", dir.toString(), "--yes");
    Run r = cli.expect(0, "forget", "--yes", dir.toString(), "fscomp.data");
    assertTrue(r.out().contains("zfs inherit potctl:owner zroot/pot/fscomp/data"), r.out());
    assertTrue(r.out().contains("zfs inherit potctl:protect zroot/pot/fscomp/data"), r.out());
    Run plan = cli.expect(1, "plan", dir.toString());
    assertTrue(plan.err().contains("potctl adopt " + dir + " fscomp.data"), plan.err());
  }

  @Test
  void bridgesAndFlavoursLeaveTheInventory() throws IOException {
    Path dir = spec("bridges:\n  back: {size: 4}\n");
    Inventory inventory = new Inventory(sim.resolve("state"));
    inventory.record("app", Inventory.Kind.BRIDGE, "back");
    inventory.record("other", Inventory.Kind.FLAVOUR, "fl");
    Run foreign = cli.expect(3, "forget", "--yes", dir.toString(), "bridge.back", "flavour.fl");
    assertTrue(foreign.err().contains("flavour.fl belongs to spec 'other'"), foreign.err());
    assertEquals(List.of("back"), List.copyOf(inventory.list("app", Inventory.Kind.BRIDGE)));
    cli.expect(0, "forget", "--yes", dir.toString(), "bridge.back");
    assertEquals(List.of(), List.copyOf(inventory.list("app", Inventory.Kind.BRIDGE)));
    assertEquals(List.of("fl"), List.copyOf(inventory.list("other", Inventory.Kind.FLAVOUR)));
  }

  @Test
  void usageErrors() throws IOException {
    Path dir = spec(POTS);
    Run here = cli.expect(0, "forget", "--yes", "pot.x");
    assertTrue(here.out().contains("pot.x: not on the host; nothing to forget"), here.out());
    cli.expect(64, "forget", "--yes", dir.toString());
    cli.expect(64, "forget", "--yes", dir.toString(), "pot");
    cli.expect(64, "forget", "--yes", dir.toString(), "base.14.1");
  }
}
