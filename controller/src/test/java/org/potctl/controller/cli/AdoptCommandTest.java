package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Run;
import org.potctl.state.exec.Command;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;
import org.potctl.state.statedir.HostLock;
import org.potctl.state.statedir.Inventory;

class AdoptCommandTest {

  @TempDir Path sim;

  @TempDir Path work;

  private SimCli cli;

  private Path spec(String yaml) throws IOException {
    Path dir = Files.createDirectories(work.resolve("spec"));
    Files.writeString(dir.resolve("spec.yaml"), "version: 1\n" + yaml);
    cli = new SimCli(sim);
    return dir;
  }

  private static final String RAW =
      "pots:\n  raw:\n    base: \"14.1\"\n    network: {type: public-bridge}\n";

  @Test
  void anUnownedMatchingPotIsStampedAndThenPlannedWithOnlyTheExpectedUpdates() throws IOException {
    String dir = spec(RAW + "    ports: [\"80:8080\"]\n").toString();
    cli.raw("pot", "create", "-p", "raw", "-b", "14.1", "-t", "single", "-N", "public-bridge");
    Run before = cli.expect(1, "plan", dir);
    assertTrue(before.err().contains("Run 'potctl adopt " + dir + " pot.raw'"), before.err());

    Run adopt = cli.expect(0, "adopt", "--yes", dir, "pot.raw");
    assertTrue(adopt.out().contains("zfs set potctl:owner=spec zroot/pot/jails/raw"), adopt.out());
    assertTrue(adopt.out().contains("the next apply will:"), adopt.out());
    assertTrue(adopt.out().contains("~ ports = [] → [\"80:8080\"]"), adopt.out());
    assertTrue(cli.log().contains("zfs set potctl:owner=spec zroot/pot/jails/raw"));

    Run after = cli.expect(2, "plan", dir, "--detailed-exitcode");
    assertFalse(after.err().contains("error"), after.err());
    assertTrue(
        after.out().contains("0 to create, 1 to update, 0 to replace, 0 to delete"), after.out());
    cli.expect(0, "apply", dir, "--yes");
    cli.expect(0, "plan", dir, "--detailed-exitcode");

    int logged = cli.log().size();
    Run again = cli.expect(0, "adopt", "--yes", dir, "pot.raw");
    assertTrue(again.out().contains("already managed by spec 'spec'"), again.out());
    assertEquals(List.of(), cli.mutationsSince(logged));
  }

  @Test
  void aPotThatWouldBeReplacedIsRefusedAndNothingIsStamped() throws IOException {
    String dir = spec(RAW).toString();
    cli.raw("pot", "create", "-p", "raw", "-b", "14.1", "-t", "single", "-N", "inherit");
    int logged = cli.log().size();
    Run r = cli.expect(3, "adopt", "--yes", dir, "pot.raw");
    assertTrue(r.err().contains("the next apply would replace it"), r.err());
    assertTrue(r.err().contains("network.type"), r.err());
    assertEquals(List.of(), cli.mutationsSince(logged));
  }

  @Test
  void aDifferentBaseIsRefusedToo() throws IOException {
    String dir = spec(RAW).toString();
    cli.raw("pot", "create", "-p", "raw", "-b", "13.2", "-t", "single", "-N", "public-bridge");
    int logged = cli.log().size();
    Run r = cli.expect(3, "adopt", "--yes", dir, "pot.raw");
    assertTrue(r.err().contains("base"), r.err());
    assertEquals(List.of(), cli.mutationsSince(logged));
  }

  @Test
  void anotherSpecsPotIsRefused() throws IOException {
    String dir = spec(RAW).toString();
    cli.raw("pot", "create", "-p", "raw", "-b", "14.1", "-t", "single", "-N", "public-bridge");
    cli.raw("zfs", "set", "potctl:owner=other", "zroot/pot/jails/raw");
    int logged = cli.log().size();
    Run r = cli.expect(3, "adopt", "--yes", dir, "pot.raw");
    assertTrue(r.err().contains("belongs to spec 'other'"), r.err());
    assertEquals(List.of(), cli.mutationsSince(logged));
  }

  @Test
  void onRefusalOfOneAddressNoneIsStamped() throws IOException {
    String dir = spec("fscomps:\n  data: {}\n" + RAW).toString();
    cli.raw("pot", "create-fscomp", "-f", "data");
    int logged = cli.log().size();
    Run r = cli.expect(3, "adopt", "--yes", dir, "fscomp.data", "pot.raw", "pot.nope");
    assertTrue(r.err().contains("zroot/pot/jails/raw does not exist"), r.err());
    assertTrue(r.err().contains("pot.nope is not declared"), r.err());
    assertEquals(List.of(), cli.mutationsSince(logged));
  }

  @Test
  void anFscompIsStampedWithItsProtectionAndApplyId() throws IOException {
    String dir = spec("fscomps:\n  data: {properties: {quota: 2G}}\n").toString();
    cli.raw("pot", "create-fscomp", "-f", "data");
    Run r = cli.expect(0, "adopt", "--yes", dir, "fscomp.data");
    assertTrue(r.out().contains("zfs set potctl:protect=on zroot/pot/fscomp/data"), r.out());
    assertTrue(
        r.out()
            .matches(
                "(?s).*zfs set potctl:apply=\\d{8}T\\d{6}\\.\\d{3}Z-[0-9a-f]{4}-[0-9a-f]{4} .*"),
        r.out());
    assertTrue(r.out().contains("properties.quota"), r.out());
    cli.expect(0, "apply", dir, "--yes");
    cli.expect(0, "plan", dir, "--detailed-exitcode");
  }

  @Test
  void aBridgeOfTheRightSizeIsRecordedAndOneOfAnotherSizeRefused() throws IOException {
    String dir = spec("bridges:\n  back: {size: 4}\n  front: {size: 20}\n").toString();
    cli.raw("pot", "create-private-bridge", "-B", "back", "-S", "5");
    cli.raw("pot", "create-private-bridge", "-B", "front", "-S", "4");
    Inventory inventory = new Inventory(sim.resolve("state"));
    Run wrong = cli.expect(3, "adopt", "--yes", dir, "bridge.front");
    assertTrue(wrong.err().contains("needs a /27"), wrong.err());
    assertEquals(List.of(), List.copyOf(inventory.list("spec", Inventory.Kind.BRIDGE)));
    cli.expect(0, "adopt", "--yes", dir, "bridge.back");
    assertEquals(List.of("back"), List.copyOf(inventory.list("spec", Inventory.Kind.BRIDGE)));
    inventory.record("other", Inventory.Kind.BRIDGE, "front");
    Run foreign = cli.expect(3, "adopt", "--yes", dir, "bridge.front");
    assertTrue(foreign.err().contains("belongs to spec 'other'"), foreign.err());
  }

  @Test
  void anInventoryEditIsAJournalStep() throws IOException {
    String dir = spec("bridges:\n  back: {size: 4}\n").toString();
    cli.raw("pot", "create-private-bridge", "-B", "back", "-S", "5");
    Path state = sim.resolve("state");
    cli.expect(0, "adopt", "--yes", dir, "bridge.back");
    org.potctl.state.statedir.ApplyJournal done =
        new org.potctl.state.statedir.JournalReader(state).last().orElseThrow();
    List<String> events =
        done.records().stream()
            .filter(r -> r.step().isPresent())
            .map(r -> r.event() + " " + r.address().orElse("") + " " + r.kind().orElse(""))
            .toList();
    assertEquals(
        List.of("STEP_STARTED bridge.back inventory-record", "STEP_FINISHED bridge.back "), events);
  }

  @Test
  void aFlavourIsRecordedOnlyWhenItsFilesEqualTheSpec() throws IOException {
    String dir =
        spec("flavours:\n  fl:\n    commands: [\"set-attribute -A persistent -V NO\"]\n")
            .toString();
    Path file = sim.resolve("etc/pot/flavours/fl").toAbsolutePath();
    runRaw(Command.of("tee", file.toString()).withStdin("set-attribute -A persistent -V YES\n"));
    Run differs = cli.expect(3, "adopt", "--yes", dir, "flavour.fl");
    assertTrue(differs.err().contains("would update it"), differs.err());
    runRaw(Command.of("tee", file.toString()).withStdin("set-attribute -A persistent -V NO\n"));
    cli.expect(0, "adopt", "--yes", dir, "flavour.fl");
    Inventory inventory = new Inventory(sim.resolve("state"));
    assertEquals(List.of("fl"), List.copyOf(inventory.list("spec", Inventory.Kind.FLAVOUR)));
  }

  private void runRaw(Command c) {
    new SimulatedHost(SimOptions.of(sim)).run(c).requireSuccess(c);
  }

  @Test
  void aHeldLockRefusesAndNamesTheHolder() throws IOException {
    String dir = spec(RAW).toString();
    cli.raw("pot", "create", "-p", "raw", "-b", "14.1", "-t", "single", "-N", "public-bridge");
    try (HostLock.Held held =
        new HostLock(sim.resolve("state")).acquire("potctl apply other", Duration.ZERO)) {
      int logged = cli.log().size();
      Run r = cli.expect(3, "adopt", "--yes", dir, "pot.raw");
      assertTrue(r.err().contains("potctl apply other"), r.err());
      assertEquals(List.of(), cli.mutationsSince(logged));
      assertTrue(held.holder().command().contains("other"));
    }
  }

  @Test
  void badAddressesAreUsageErrors() throws IOException {
    String dir = spec(RAW).toString();
    Run bad = cli.expect(64, "adopt", "--yes", dir, "pot/raw");
    assertTrue(bad.err().contains("not a resource address"), bad.err());
    assertFalse(bad.err().contains("at org."), bad.err());
    cli.expect(64, "adopt", "--yes", dir, "base.14.1");
    cli.expect(64, "adopt", "--yes", dir, "pot.-rf");
    cli.expect(64, "adopt", "--yes", dir);
  }
}
