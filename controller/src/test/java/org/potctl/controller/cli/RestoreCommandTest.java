package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Run;
import org.potctl.state.statedir.ApplyJournal;
import org.potctl.state.statedir.JournalReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RestoreCommandTest {

  @TempDir Path sim;

  @TempDir Path work;

  private SimCli cli;

  private static final String WITH_DATA =
      "version: 1\nfscomps:\n  data: {protect: false}\n  logs: {}\n";
  private static final String WITHOUT_DATA = "version: 1\nfscomps:\n  logs: {}\n";

  private Path spec() throws IOException {
    Path dir = Files.createDirectories(work.resolve("app"));
    Files.writeString(dir.resolve("app.yaml"), WITH_DATA);
    cli = new SimCli(sim);
    return dir;
  }

  /** Applies the spec, drops fscomp.data and applies again: data goes to the trash. */
  private Path trashData() throws IOException {
    Path dir = spec();
    cli.expect(0, "apply", dir.toString(), "--yes");
    Files.writeString(dir.resolve("app.yaml"), WITHOUT_DATA);
    cli.expect(0, "apply", dir.toString(), "--yes", "--allow-data-loss");
    return dir;
  }

  @Test
  void aDeletedFscompComesBackWithItsOwnerStampAndOnlyOnce() throws IOException {
    Path dir = trashData();
    Run list = cli.expect(0, "restore", "--list");
    assertTrue(list.out().contains("fscomp.data"), list.out());
    assertTrue(list.out().contains("zroot/pot/potctl-trash/fscomp-data-"), list.out());

    Run restore = cli.expect(0, "restore", "--yes", "fscomp.data");
    assertTrue(restore.out().contains("zfs rename zroot/pot/potctl-trash/fscomp-data-"));
    assertTrue(
        restore
            .err()
            .contains("warning: fscomp.data: it still carries potctl:owner=" + dir.getFileName()),
        restore.err());
    Files.writeString(dir.resolve("app.yaml"), WITH_DATA);
    cli.expect(0, "plan", dir.toString(), "--detailed-exitcode");
    assertTrue(cli.expect(0, "restore", "--list").out().contains("The trash is empty."));

    int logged = cli.log().size();
    Run again = cli.expect(3, "restore", "--yes", "fscomp.data");
    assertTrue(again.err().contains("exists on the host (zroot/pot/fscomp/data)"), again.err());
    assertEquals(List.of(), cli.mutationsSince(logged));
  }

  @Test
  void theJournalOfARestoreNamesTheSpecIdOfTheEntryAndNoSpecId() throws IOException {
    Path dir = trashData();
    cli.expect(0, "restore", "--yes", "fscomp.data");
    JournalReader reader = new JournalReader(sim.resolve("state"));
    ApplyJournal restore = reader.read(reader.applyIds().getLast());
    assertTrue(restore.succeeded(), restore.toString());
    assertEquals(List.of(dir.getFileName().toString()), restore.touchedSpecIds());
    assertTrue(restore.specId().isEmpty(), "never a spec's last successful apply: " + restore);
  }

  @Test
  void theNameTakenAgainIsRefusedEvenWithAnEntryInTheTrash() throws IOException {
    Path dir = trashData();
    cli.raw("pot", "create-fscomp", "-f", "data");
    int logged = cli.log().size();
    Run r = cli.expect(3, "restore", "--yes", "fscomp.data");
    assertTrue(r.err().contains("restore never overwrites it"), r.err());
    assertEquals(List.of(), cli.mutationsSince(logged));
    assertTrue(cli.expect(0, "restore", "--list", "fscomp.data").out().contains("fscomp.data"));
    assertTrue(Files.isDirectory(dir));
  }

  @Test
  void theNewestEntryIsPickedUnlessAnApplyIdIsGiven() {
    cli = new SimCli(sim);
    cli.raw("zfs", "create", "-o", "mountpoint=none", "zroot/pot/potctl-trash");
    cli.raw("zfs", "create", "zroot/pot/potctl-trash/pot-web-data-20261101T100000Z-aaaa");
    cli.raw("zfs", "create", "zroot/pot/potctl-trash/fscomp-data-20261101T100000Z-bbbb");
    cli.raw("zfs", "create", "zroot/pot/potctl-trash/fscomp-data-20261120T100000Z-cccc");
    cli.raw("zfs", "create", "zroot/pot/potctl-trash/fscomp-data-20261110T100000Z-dddd");

    Run missing = cli.expect(1, "restore", "--yes", "fscomp.data", "--apply", "nope");
    assertTrue(missing.err().contains("no trash entry for fscomp.data from apply nope"));
    assertTrue(missing.err().contains("20261110T100000Z-dddd"), missing.err());
    assertFalse(missing.err().contains("pot-web-data"), missing.err());
    Run none = cli.expect(1, "restore", "--yes", "pot.web");
    assertTrue(none.err().contains("holds nothing for it"), none.err());

    Run picked =
        cli.expect(0, "restore", "--yes", "fscomp.data", "--apply", "20261110T100000Z-dddd");
    assertTrue(picked.out().contains("fscomp-data-20261110T100000Z-dddd zroot/pot/fscomp/data"));
    cli.raw("zfs", "rename", "zroot/pot/fscomp/data", "zroot/pot/fscomp/elsewhere");
    Run newest = cli.expect(0, "restore", "--yes", "fscomp.data");
    assertTrue(newest.out().contains("20261120T100000Z-cccc"), newest.out());

    Run json = cli.expect(0, "restore", "--list", "-o", "json");
    JsonNode trash = JsonMapper.builder().build().readTree(json.out()).get("trash");
    assertEquals(2, trash.size(), json.out());
    assertEquals("pot.web-data", trash.get(1).get("address").asString());
    assertEquals("2026-11-01T10:00:00Z", trash.get(1).get("trashed").asString());
  }

  /**
   * A multi level-1 pot that ran once: pot's stop left its usr.local and custom datasets with a
   * local mountpoint, so mountpoint=none on the pot alone left them mounted over its directory and
   * the restored pot had no pot.conf where pot looks (planned as half-created).
   */
  @Test
  void aDeletedMultiPotComesBackWholeAfterItRan() throws IOException {
    cli = new SimCli(sim);
    Path dir = Files.createDirectories(work.resolve("dns"));
    String with =
        "version: 1\nfscomps:\n  logs: {}\npots:\n  resolver:\n    base: \"13.2\"\n"
            + "    type: multi\n    state: running\n";
    Files.writeString(dir.resolve("potfile.yaml"), with);
    cli.expect(0, "apply", dir.toString(), "--yes");
    cli.raw("pot", "stop", "-p", "resolver");
    Files.writeString(dir.resolve("potfile.yaml"), "version: 1\nfscomps:\n  logs: {}\n");
    Run delete = cli.expect(0, "apply", dir.toString(), "--yes", "--allow-data-loss");
    assertTrue(
        delete.out().contains("zfs inherit -r mountpoint zroot/pot/jails/resolver"), delete.out());
    Path conf = sim.resolve("fsroot/jails/resolver/conf/pot.conf");
    assertFalse(Files.exists(conf));
    assertFalse(Files.exists(sim.resolve("fsroot/jails/resolver/usr.local")));

    Files.writeString(dir.resolve("potfile.yaml"), with);
    cli.expect(0, "restore", "pot.resolver", "--yes");
    assertTrue(Files.exists(conf));
    Run plan = cli.expect(2, "plan", dir.toString(), "--detailed-exitcode");
    assertFalse(plan.out().contains("half-created"), plan.out());
    assertTrue(plan.out().contains("pot start -p resolver"), plan.out());
  }

  /**
   * A clone: pot clone made its m with a local mountpoint (clone.sh:102), so mountpoint=none on the
   * pot alone left m mounted at the pot's directory while in the trash, and restore's inherit could
   * not mount the pot over it (the next plan saw a half-created pot).
   */
  @Test
  void aDeletedClonedPotComesBackWhole() throws IOException {
    cli = new SimCli(sim);
    Path dir = Files.createDirectories(work.resolve("tpl"));
    String base = "version: 1\npots:\n  tpl:\n    base: \"14.1\"\n";
    String with = base + "  web:\n    template: tpl\n";
    Files.writeString(dir.resolve("potfile.yaml"), with);
    cli.expect(0, "apply", dir.toString(), "--yes");
    Path conf = sim.resolve("fsroot/jails/web/conf/pot.conf");
    assertTrue(Files.exists(conf));
    Files.writeString(dir.resolve("potfile.yaml"), base);
    Run delete = cli.expect(0, "apply", dir.toString(), "--yes", "--allow-data-loss");
    assertTrue(
        delete.out().contains("zfs inherit -r mountpoint zroot/pot/jails/web"), delete.out());
    assertFalse(Files.exists(conf));
    assertFalse(Files.exists(sim.resolve("fsroot/jails/web/m")));

    Files.writeString(dir.resolve("potfile.yaml"), with);
    cli.expect(0, "restore", "pot.web", "--yes");
    assertTrue(Files.exists(conf));
    Run plan = cli.expect(2, "plan", dir.toString(), "--detailed-exitcode");
    assertFalse(plan.out().contains("half-created"), plan.out());
    assertTrue(plan.out().contains("1 to start."), plan.out());
  }

  /**
   * A clone trashed by a potctl without the prepare step (its m still mounted at the pot's
   * directory through its local mountpoint): restore's inherit is recursive, so it comes back
   * whole.
   */
  @Test
  void aClonedPotTrashedWithoutThePrepareComesBackWhole() throws IOException {
    cli = new SimCli(sim);
    Path dir = Files.createDirectories(work.resolve("old"));
    Files.writeString(
        dir.resolve("potfile.yaml"),
        "version: 1\npots:\n  tpl:\n    base: \"14.1\"\n  web:\n    template: tpl\n"
            + "    state: stopped\n");
    cli.expect(0, "apply", dir.toString(), "--yes");
    cli.raw("zfs", "create", "-o", "mountpoint=none", "zroot/pot/potctl-trash");
    cli.raw("zfs", "set", "mountpoint=none", "zroot/pot/jails/web");
    cli.raw(
        "zfs",
        "rename",
        "zroot/pot/jails/web",
        "zroot/pot/potctl-trash/pot-web-20261101T100000Z-a");
    Run restore = cli.expect(0, "restore", "pot.web", "--yes");
    assertTrue(
        restore.out().contains("zfs inherit -r mountpoint zroot/pot/jails/web"), restore.out());
    assertTrue(Files.exists(sim.resolve("fsroot/jails/web/conf/pot.conf")));
    cli.expect(0, "plan", dir.toString(), "--detailed-exitcode");
  }

  @Test
  void usageErrors() {
    cli = new SimCli(sim);
    cli.expect(64, "restore", "--yes");
    cli.expect(64, "restore", "--yes", "bridge.b");
    cli.expect(64, "restore", "--yes", "pot.web", "--apply", "a b");
  }
}
