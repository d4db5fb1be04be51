package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pot init} and {@code pot de-init} as init.sh and de-init.sh of pot 0.16.1 run them. */
class SimPotInitTest {

  private static final String DEINIT_TAIL =
      "check your rc.conf for potential leftovers variable like:\n"
          + "  syslogd_flags\n"
          + "  pot_enable\n"
          + "Please, consider to write a feedback email to pizzamig at FreeBSD dot org\n"
          + "It gives us the opportunity to learn and improve\n";

  @TempDir Path dir;
  private SimFixture sim;
  private Path pf;

  @BeforeEach
  void setUp() throws Exception {
    sim = new SimFixture(dir.resolve("sim"));
    pf = dir.resolve("sim/hostfs/srv/pf.conf");
    Files.createDirectories(pf.getParent());
  }

  private List<String> datasets() {
    return sim.ok("zfs", "list", "-H", "-r", "-o", "name", "zroot").stdout().lines().toList();
  }

  @Test
  void initOnAnInitialisedHostSaysSoAndChangesNothing() {
    assertEquals("===>  zroot/pot already present\n", sim.ok("pot", "init", "-m").stdout());
    assertEquals(
        List.of(
            "zroot",
            "zroot/pot",
            "zroot/pot/bases",
            "zroot/pot/cache",
            "zroot/pot/fscomp",
            "zroot/pot/jails"),
        datasets());
  }

  @Test
  void initPutsPfsTwoAnchorsFirstAfterABackupAndOnlyOnce() throws Exception {
    Files.writeString(pf, "nat-anchor pot-nat\nnat-anchor pot-nat\npass all\n");
    assertEquals(
        "===>  zroot/pot already present\n"
            + "Creating a backup of your /srv/pf.conf\n"
            + "/srv/pf.conf -> /srv/pf.conf.bkp-pot\n"
            + "auto-magically editing your /srv/pf.conf\n"
            + "Please, check that your PF configuration file /srv/pf.conf is still valid and"
            + " reload it!\n",
        sim.ok("pot", "init", "-s", "-p", "/srv/pf.conf").stdout());
    assertEquals("nat-anchor pot-nat\nrdr-anchor \"pot-rdr/*\"\npass all\n", Files.readString(pf));
    assertEquals(
        "nat-anchor pot-nat\nnat-anchor pot-nat\npass all\n",
        Files.readString(pf.resolveSibling("pf.conf.bkp-pot")));
    assertEquals(
        "===>  zroot/pot already present\n",
        sim.ok("pot", "init", "-s", "-f", "/srv/pf.conf").stdout());
    // -m after -p empties the pf file again: the anchors are not looked at
    assertEquals(
        "===>  zroot/pot already present\n",
        sim.ok("pot", "init", "-p", "/srv/other.conf", "-m").stdout());
    assertFalse(Files.exists(pf.resolveSibling("other.conf")));
  }

  @Test
  void deInitDestroysTheRootWhichStaysGoneUntilInit() throws Exception {
    sim.ok("pot", "create", "-p", "web", "-t", "single", "-b", "14.1");
    sim.ok("pot", "create-private-bridge", "-B", "net", "-S", "4");
    Files.writeString(pf, "nat-anchor pot-nat\nrdr-anchor \"pot-rdr/*\"\npass all\n");
    assertEquals(
        "===>  Deinstall pot (zroot/pot)\n"
            + "zfs datasets have been removed\n"
            + "pf configuration file should be clean\n"
            + "  - please check /srv/pf.conf and reload it\n"
            + DEINIT_TAIL,
        sim.ok("pot", "de-init", "-p", "/srv/pf.conf").stdout());
    assertEquals("pass all\n", Files.readString(pf));
    assertEquals(List.of("zroot"), datasets()); // no command re-creates it behind pot's back
    assertFalse(Files.exists(dir.resolve("sim/fsroot/jails")));
    assertTrue(Files.exists(dir.resolve("sim/fsroot/bridges/net"))); // not a dataset: it stays
    assertEquals(
        "===>  no root dataset found (zroot/pot)\nzfs datasets have been removed\n" + DEINIT_TAIL,
        sim.ok("pot", "de-init", "-m").stdout());
    assertEquals("", sim.ok("pot", "init", "-m").stdout());
    assertEquals(
        List.of(
            "zroot",
            "zroot/pot",
            "zroot/pot/bases",
            "zroot/pot/cache",
            "zroot/pot/fscomp",
            "zroot/pot/jails"),
        datasets());
  }

  @Test
  void aBadOptionPrintsTheHelpAndFails() {
    assertEquals(1, sim.run("pot", "init", "-x").exitCode());
    assertEquals(1, sim.run("pot", "de-init", "-p").exitCode());
    assertEquals(0, sim.run("pot", "de-init", "-h").exitCode());
    assertEquals(
        List.of(
            "zroot",
            "zroot/pot",
            "zroot/pot/bases",
            "zroot/pot/cache",
            "zroot/pot/fscomp",
            "zroot/pot/jails"),
        datasets());
  }
}
