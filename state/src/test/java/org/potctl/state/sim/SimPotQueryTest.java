package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.exec.CommandResult;

/**
 * What the real-pot kit's {@code queries} and {@code mounts} sequences found (docs/real-pot.md):
 * pot's {@code info}, {@code ls} and {@code ps} answers, {@code potnet show -b}, OpenZFS's {@code
 * zfs list -t snapshot FS}, and {@code mount-out} of a missing directory.
 */
class SimPotQueryTest {

  @TempDir Path dir;

  @Test
  void potsAreListedInTheOrderOfLsDWithTheirTrailingSlash() {
    SimFixture sim = new SimFixture(dir).withBase();
    for (String p : List.of("web", "web-1", "Web", "_x")) {
      sim.ok("pot", "create", "-p", p, "-b", "14.1", "-t", "single");
    }
    // common.sh:1205 `ls -d jails/*/`: "web-1/" sorts before "web/" ('-' < '/')
    assertEquals(
        List.of("Web", "_x", "base-14_1", "web-1", "web"),
        sim.ok("pot", "ls", "-q").stdout().lines().toList());
  }

  @Test
  void infoEnvSplitsAliasItemsAsPotsLoopDoes() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok(
        "pot",
        "create",
        "-p",
        "a",
        "-b",
        "14.1",
        "-t",
        "single",
        "-N",
        "alias",
        "-i",
        "em0|192.168.1.30 lo0|10.1.1.1");
    // the two IPv4 items come back joined by a comma: one variable, first nic, last address
    assertEquals(
        "export _POT_NAME=a\nexport _POT_IP=10.1.1.1\nexport _POT_IP_0=10.1.1.1\n"
            + "export _POT_NIC_0=em0\nexport _POT_IP_LIST=_POT_IP_0\n"
            + "export _POT_NIC_LIST=_POT_NIC_0\n",
        sim.ok("pot", "info", "-E", "-p", "a").stdout());
  }

  @Test
  void infoShowsAttributesWithPotsDefaultsAndBridgesAsPotnetDoes() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create-private-bridge", "-B", "backend", "-S", "4");
    sim.ok(
        "pot",
        "create",
        "-p",
        "db",
        "-b",
        "14.1",
        "-t",
        "single",
        "-N",
        "private-bridge",
        "-B",
        "backend");
    sim.ok("pot", "set-attribute", "-p", "db", "-A", "stop_timeout", "-V", "30");
    String info = sim.ok("pot", "info", "-p", "db").stdout();
    assertTrue(info.contains("\tbridge : backend\n"), info);
    assertTrue(info.contains("\t\tstop_timeout: 30\n\n"), info);
    assertTrue(info.contains("\t\texec_stop: NO\n"), info);
    assertTrue(info.contains("\t\tdevfs_ruleset: 4\n"), info);
    assertEquals(
        "\t10.192.0.8\tbackend bridge - network \n\t10.192.0.9\tbackend bridge - gateway \n"
            + "\t10.192.0.10\tdb\n\t10.192.0.15\tbackend bridge - broadcast \n",
        sim.ok("pot", "info", "-B", "backend").stdout());
    CommandResult ghost = sim.run("pot", "info", "-p", "ghost");
    assertEquals(1, ghost.exitCode());
    assertTrue(ghost.stdout().startsWith("###>  NO ghost is not a pot\n"), ghost.stdout());
  }

  @Test
  void lsRefusesASecondObjectOptionAndListsStockFlavours() {
    SimFixture sim = new SimFixture(dir).withBase();
    CommandResult two = sim.run("pot", "ls", "-b", "-f");
    assertEquals(1, two.exitCode());
    assertTrue(two.stdout().startsWith("###>  Options -b -p -f -F -B -a are mutually exclusive"));
    assertEquals(1, sim.run("pot", "ls", "-a", "-q").exitCode());
    assertEquals(
        "flavour: dns\nflavour: fbsd-update\nflavour: slim\n", sim.ok("pot", "ls", "-F").stdout());
  }

  @Test
  void psSaysTheNetworkIsDownUntilAVnetStart() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create", "-p", "w", "-b", "14.1", "-t", "single", "-N", "public-bridge");
    assertEquals("===>  Internal network down\n", sim.ok("pot", "ps").stdout());
    sim.ok("pot", "start", "w");
    assertEquals("===>  Internal network up\nw\n", sim.ok("pot", "ps").stdout());
    assertEquals("w\n", sim.ok("pot", "ps", "-q").stdout());
  }

  @Test
  void snapshotsOfANamedFileSystemAreListedAsOpenZfsDoes() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create", "-p", "s", "-b", "14.1", "-t", "single");
    sim.ok("pot", "snapshot", "-p", "s");
    String own =
        sim.ok("zfs", "list", "-t", "snapshot", "-o", "name", "-H", "zroot/pot/jails/s").stdout();
    assertEquals(1, own.lines().count(), own);
    assertTrue(own.startsWith("zroot/pot/jails/s@"), own);
    assertEquals(
        own.substring(own.indexOf('@') + 1), sim.ok("pot", "info", "-s", "-p", "s").stdout());
  }

  @Test
  void mountOutOfAMissingDirectoryMatchesAConvertedLineAndRemovesNothing() throws Exception {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create", "-p", "m", "-b", "14.1", "-t", "single");
    sim.ok("pot", "create-fscomp", "-f", "logs");
    sim.ok("pot", "mount-in", "-p", "m", "-f", "logs", "-m", "/var/log");
    sim.ok("pot", "start", "m"); // converts: "… /var/log " with its trailing space
    sim.ok("pot", "stop", "m");
    String before = sim.fscompConf("m");
    assertEquals("", sim.ok("pot", "mount-out", "-p", "m", "-m", "/nope").stdout());
    assertEquals(before, sim.fscompConf("m"));
    assertTrue(Files.isDirectory(dir.resolve("fsroot/jails/m/m/var/log")));
    CommandResult unused = sim.run("pot", "mount-out", "-p", "m", "-m", "/usr/share");
    assertEquals(1, unused.exitCode(), "an existing directory nothing is mounted on");
  }

  @Test
  void multiPotMountInFollowsTheBasesLinksAndCannotMakeADirectoryInTheReadOnlyBase() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create", "-p", "m", "-b", "14.1", "-t", "multi");
    sim.ok("pot", "create-fscomp", "-f", "db");
    sim.ok("pot", "create-fscomp", "-f", "app");
    String before = sim.fscompConf("m");
    CommandResult refused = sim.run("pot", "mount-in", "-p", "m", "-f", "db", "-m", "/data");
    assertEquals(1, refused.exitCode());
    assertEquals("\n###>  The mountpoint is not valid!\n", refused.stdout());
    assertEquals(
        "mkdir: " + dir.resolve("fsroot/jails/m/m/data") + ": Read-only file system\n",
        refused.stderr());
    assertEquals(before, sim.fscompConf("m"));
    assertEquals(1, sim.run("pot", "mount-in", "-p", "m", "-f", "db", "-m", "/mnt/x").exitCode());
    // /var is the base's link to opt/custom/var: pot writes the realpath, the directory is made
    sim.ok("pot", "mount-in", "-p", "m", "-f", "db", "-m", "/var/db/app");
    sim.ok("pot", "mount-in", "-p", "m", "-f", "app", "-m", "/usr/local/app", "-r");
    String root = dir.resolve("fsroot/jails/m/m").toString();
    // the second mount-in mounted the pot first, which converted the first line (trailing space)
    assertEquals(
        before
            + "zroot/pot/fscomp/db /opt/custom/var/db/app \n"
            + "zroot/pot/fscomp/app "
            + root
            + "/usr/local/app ro\n",
        sim.fscompConf("m"));
    // made in the pot's custom dataset, which is mounted at jails/m/custom again
    assertTrue(Files.isDirectory(dir.resolve("fsroot/jails/m/custom/var/db/app")));
  }
}
