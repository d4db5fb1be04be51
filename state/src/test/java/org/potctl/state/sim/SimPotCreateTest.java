package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.exec.CommandResult;
import org.potctl.state.exec.ProgramRefusedException;

class SimPotCreateTest {

  @TempDir Path dir;

  @Test
  void configReportsTheSimulatorsRootsInPotsFormat() {
    SimFixture sim = new SimFixture(dir);
    assertEquals(
        dir.resolve("fsroot") + "\n", sim.ok("pot", "config", "-q", "-g", "fs_root").stdout());
    assertEquals("zfs_root = zroot/pot\n", sim.ok("pot", "config", "-g", "zfs_root").stdout());
    assertEquals(
        "pot prefix = " + dir.resolve("fsroot/jails") + "\n",
        sim.ok("pot", "config", "-g", "pot_prefix").stdout());
    assertEquals("gateway = 10.192.0.1\n", sim.ok("pot", "config", "-g", "gateway").stdout());
    assertEquals(1, sim.run("pot", "config").exitCode());
  }

  @Test
  void createBaseMakesTheThreeDatasetsTheLevelZeroPotAndEpochSnapshots() {
    SimFixture sim = new SimFixture(dir).withBase();
    String list =
        sim.ok("zfs", "list", "-H", "-r", "-t", "all", "-o", "name,mountpoint", "zroot/pot/bases")
            .stdout();
    String fr = dir.resolve("fsroot").toString();
    assertTrue(list.contains("zroot/pot/bases/14.1\t" + fr + "/bases/14.1\n"), list);
    assertTrue(
        list.contains("zroot/pot/bases/14.1/usr.local\t" + fr + "/bases/14.1/usr/local\n"), list);
    assertTrue(
        list.contains("zroot/pot/bases/14.1/custom\t" + fr + "/bases/14.1/opt/custom\n"), list);
    assertTrue(
        list.lines().anyMatch(l -> l.matches("zroot/pot/bases/14\\.1/custom@\\d{10}\t-")), list);
    assertEquals(
        "zroot/pot/bases/14.1 /\nzroot/pot/bases/14.1/usr.local /usr/local\nzroot/pot/bases/14.1/custom /opt/custom\n",
        sim.fscompConf("base-14_1"));
    assertEquals(1, sim.run("pot", "create-base", "-r", "14.1").exitCode());
    assertEquals(1, sim.run("pot", "create-base", "-r", "9.9").exitCode());
  }

  @Test
  void createWritesPotConfAndFscompConfLineForLine() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create", "-p", "web", "-b", "14.1", "-N", "public-bridge");
    List<String> conf = sim.potConf("web").lines().toList();
    assertEquals(
        List.of(
            "pot.level=1",
            "pot.type=multi",
            "pot.base=14.1",
            "pot.potbase=",
            "pot.dns=inherit",
            "pot.cmd=sh /etc/rc",
            "host.hostname=\"web.potsim.local\"",
            "osrelease=\"14.1-RELEASE\""),
        conf.subList(0, 8));
    assertEquals(
        List.of("pot.stack=ipv4", "network_type=public-bridge", "vnet=true", "ip=10.192.0.3"),
        conf.subList(conf.size() - 4, conf.size()));
    assertEquals(
        "zroot/pot/bases/14.1 / ro\n"
            + "zroot/pot/jails/web/usr.local /usr/local zfs-remount\n"
            + "zroot/pot/jails/web/custom /opt/custom zfs-remount\n",
        sim.fscompConf("web"));
    assertEquals(
        "zroot/pot/jails/web\nzroot/pot/jails/web/custom\nzroot/pot/jails/web/usr.local\n",
        sim.ok("zfs", "list", "-H", "-r", "-o", "name", "zroot/pot/jails/web").stdout());
  }

  @Test
  void singlePotsGetAnMDatasetAndAnEmptyFscompConf() {
    SimFixture sim = new SimFixture(dir);
    sim.ok("pot", "create", "-p", "one", "-t", "single", "-b", "14.1");
    assertEquals("", sim.fscompConf("one"));
    assertEquals(List.of("pot.level=0"), sim.potConfLines("one", "pot.level"));
    assertEquals(0, sim.run("zfs", "list", "zroot/pot/jails/one/m").exitCode());
    assertEquals(
        1,
        sim.run("pot", "create", "-p", "two", "-t", "single", "-l", "1", "-b", "14.1").exitCode());
  }

  @Test
  void privateBridgePotsRecordTheirBridge() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create-private-bridge", "-B", "backend", "-S", "6");
    sim.ok("pot", "create", "-p", "db", "-b", "14.1", "-N", "private-bridge", "-B", "backend");
    assertEquals(List.of("bridge=backend"), sim.potConfLines("db", "bridge"));
    CommandResult noBridge =
        sim.run("pot", "create", "-p", "x", "-b", "14.1", "-N", "private-bridge", "-B", "nope");
    assertEquals(
        "###>   bridge nope not found\n###>  bridge nope is not valid. Have you already created it?\n",
        noBridge.stdout());
  }

  @Test
  void flavourCommandLinesRunAgainstTheNewPot() throws Exception {
    SimFixture sim = new SimFixture(dir).withBase();
    Files.writeString(
        dir.resolve("etc/pot/flavours/nginx"),
        "set-attribute -A start-at-boot -V YES\nbogus line\nset-rss -C 2\n");
    CommandResult r = sim.ok("pot", "create", "-p", "web", "-b", "14.1", "-f", "nginx");
    assertTrue(
        r.stdout().contains("###>  Flavor nginx: line bogus line not valid - ignoring"),
        r.stdout());
    assertEquals(
        List.of("pot.attr.start-at-boot=YES"), sim.potConfLines("web", "pot.attr.start-at-boot"));
    assertEquals(List.of("pot.rss.cpus=2"), sim.potConfLines("web", "pot.rss.cpus"));
    assertEquals(
        "###>  Flavour missing not found\n",
        sim.run("pot", "create", "-p", "x", "-b", "14.1", "-f", "missing").stdout());
  }

  @Test
  void aFailingFlavourCommandEndsInTheUndosStopWhichLeavesTheNeverStartedPot() throws Exception {
    SimFixture sim = new SimFixture(dir).withBase();
    Files.writeString(dir.resolve("etc/pot/flavours/broken"), "add-dep -P nosuchpot\n");
    Files.writeString(dir.resolve("etc/pot/flavours/badcmd"), "set-cmd  -c x\n");
    CommandResult r = sim.run("pot", "create", "-p", "web", "-b", "14.1", "-f", "broken");
    assertEquals(1, r.exitCode());
    // add-dep returns 1 after its help (add-dep.sh:76-79), so _exec_flv does: the create is undone
    assertTrue(
        r.stdout()
            .endsWith(
                "###>  dependency pot nosuchpot is not valid\n"
                    + "pot add-dep [-hv] [-p value] [-P value]\n"
                    + "###>  pot web is not in a state where it can be stopped\n"),
        r.stdout());
    assertEquals(0, sim.run("pot", "info", "-qp", "web").exitCode());
    // _exec_flv returns 1 for set-cmd; _cj_undo_create stops the pot in the same shell first
    // (create.sh:53); a pot never started cannot be stopped, and that exit 1 ends the create
    CommandResult bad = sim.run("pot", "create", "-p", "app", "-b", "14.1", "-f", "badcmd");
    assertEquals(1, bad.exitCode());
    assertTrue(
        bad.stdout()
            .endsWith(
                "###>  In flavour only 'set-cmd -c ' is supported\n"
                    + "###>  pot app is not in a state where it can be stopped\n"),
        bad.stdout());
    assertEquals(0, sim.run("zfs", "list", "zroot/pot/jails/app").exitCode());
  }

  @Test
  void aFailedTemplateCreateStopsAtTheStopOfAPotWithoutConf() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create", "-p", "t", "-b", "14.1", "-t", "single");
    CommandResult r = sim.run("pot", "create", "-p", "c", "-t", "single", "-P", "t");
    assertEquals(0, r.exitCode(), "stop.sh:207 exits 0 for a pot that is not valid");
    assertTrue(
        r.stdout()
            .endsWith(
                "###>  no snapshot found for zroot/pot/jails/t/m/m\n"
                    + "###>  The pot c is not a valid pot\n"),
        r.stdout());
    assertEquals(0, sim.run("zfs", "list", "zroot/pot/jails/c").exitCode(), "left behind");
    sim.ok("pot", "snapshot", "-p", "t");
    sim.ok("pot", "create", "-p", "d", "-t", "single", "-P", "t");
    String snaps =
        sim.ok(
                "zfs",
                "list",
                "-H",
                "-t",
                "snapshot",
                "-o",
                "name",
                "-d",
                "1",
                "zroot/pot/jails/d/m")
            .stdout();
    assertTrue(snaps.startsWith("zroot/pot/jails/d/m@"), "receive keeps the snapshot: " + snaps);
    assertTrue(sim.potConf("d").contains("pot.potbase=t\n"), sim.potConf("d"));
    assertEquals(
        "###>  pot m has the wrong type, it has to be of type single\n", createFromMulti(sim));
  }

  private static String createFromMulti(SimFixture sim) {
    sim.ok("pot", "create", "-p", "m", "-b", "14.1");
    return sim.run("pot", "create", "-p", "e", "-t", "single", "-P", "m").stdout();
  }

  @Test
  void unknownFlagsAndCommandsFailWithUsage() {
    SimFixture sim = new SimFixture(dir);
    CommandResult badFlag = sim.run("pot", "create", "-Z");
    assertEquals(1, badFlag.exitCode());
    assertTrue(badFlag.stderr().contains("Illegal option -Z"));
    assertTrue(badFlag.stdout().startsWith("pot create ["));
    assertEquals(1, sim.run("pot", "frobnicate").exitCode());
    assertEquals(0, sim.run("pot", "create", "-h").exitCode());
    assertThrows(ProgramRefusedException.class, () -> sim.run("ifconfig", "em0", "destroy"));
    assertThrows(ProgramRefusedException.class, () -> sim.run("jail", "-r", "web"));
  }
}
