package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pot start -v} and {@code pot stop -v}: the lines pot 0.16.1 prints at verbosity 2, written
 * here from its scripts (start.sh {@code _js_start}, {@code _js_vnet}, {@code _js_private_vnet},
 * {@code _js_export_ports}; vnet-start.sh {@code _ipv4_start}; common.sh {@code _pot_mount}, {@code
 * _pot_umount}, {@code _umount}; stop.sh {@code _js_stop}). The real-pot kit's {@code verbose}
 * sequence checks the same commands against the scripts themselves.
 */
class SimPotStartVerboseTest {

  private static final String FIXED =
      "allow.set_hostname=false allow.raw_sockets allow.socket_af allow.chflags exec.clean"
          + " mount.devfs enforce_statfs=2 sysvshm=new sysvsem=new sysvmsg=new children.max=0"
          + " devfs_ruleset=4 stop.timeout=10";

  @TempDir Path dir;
  private SimFixture sim;
  private String fr;

  @BeforeEach
  void setUp() {
    sim = new SimFixture(dir).withBase();
    fr = sim.host.fsRoot().toString();
  }

  private List<String> lines(String... argv) {
    return sim.ok(argv).stdout().lines().map(l -> l.replace(fr, "$FR")).toList();
  }

  @Test
  void aPrivateBridgePotBringsItsBridgeUpAndNamesItsRedirectsAndJailParameters() {
    sim.ok("pot", "create-private-bridge", "-B", "priv", "-S", "4");
    sim.ok(
        "pot",
        "create",
        "-p",
        "b1",
        "-b",
        "14.1",
        "-t",
        "single",
        "-N",
        "private-bridge",
        "-B",
        "priv");
    sim.ok("pot", "export-ports", "-p", "b1", "-e", "53:5353", "-e", "udp:53:5353");
    assertEquals(
        List.of(
            "=====>  mount $FR/jails/b1/m/tmp",
            "=====>  No pot bridge found! Calling vnet-start to fix the issue",
            "net.inet.ip.forwarding: 0 -> 1",
            "=====>  Bridge created bridge0",
            "=====>  Bridge bridge0 configured with IP 10.192.0.9/29",
            "nat on em0 inet from 10.192.0.0/10 to any -> (em0:0) round-robin",
            "=====>  Redirect: from (em0) : tcp:5353 to 10.192.0.10 : tcp:53",
            "=====>  Redirect: from (em0) : udp:5353 to 10.192.0.10 : udp:53",
            "===>  Starting the pot b1",
            "=====>  Pot b1 jail params are: "
                + FIXED
                + " name=b1 host.hostname=b1.potsim.local osrelease=14.1-RELEASE"
                + " path=$FR/jails/b1/m persist vnet vnet.interface=epair0b",
            "b1: created"),
        lines("pot", "start", "-v", "b1"));
    List<String> stop = lines("pot", "stop", "-v", "b1");
    assertEquals(4, stop.size(), stop.toString());
    assertEquals("=====>  Stop the pot b1", stop.get(0));
    assertTrue(
        stop.get(1).matches("=====>  Remove p4[0-9a-f]+ epair network interfaces"), stop.get(1));
    assertEquals(
        List.of(
            "=====>  unmount $FR/jails/b1/m/tmp",
            "=====>  $FR/jails/b1/m/dev is already unmounted"),
        stop.subList(2, 4));
  }

  @Test
  void theRedirectLinePrintsThePortsAsWrittenWithTheirLeadingZeros() {
    sim.ok("pot", "create", "-p", "n1", "-b", "14.1", "-t", "single", "-N", "public-bridge");
    // pot keeps the text of export-ports' values; start.sh:374 prints it, pf reads the numbers
    sim.ok(
        "pot", "export-ports", "-p", "n1", "-e", "udp:053:0053:x", "-e", "080", "-e", "tcp:8:09");
    List<String> redirects =
        lines("pot", "start", "-v", "n1").stream().filter(l -> l.contains("Redirect")).toList();
    assertEquals(
        List.of(
            "=====>  Redirect: from (em0) : udp:0053 to 10.192.0.3 : udp:053",
            "=====>  Redirect: from (em0) : tcp:1024 to 10.192.0.3 : tcp:080",
            "=====>  Redirect: from (em0) : tcp:09 to 10.192.0.3 : tcp:8"),
        redirects);
    String nat = sim.ok("pfctl", "-a", "pot-rdr/n1", "-s", "nat").stdout();
    assertTrue(nat.contains("port = 53 -> 10.192.0.3 port 53"), nat);
    assertTrue(nat.contains("port = 9 -> 10.192.0.3 port 8"), nat);
  }

  @Test
  void aMultiPotMountsItsLinesInOrderAndUnmountsThemLastFirst() {
    sim.ok("pot", "create", "-p", "m1", "-b", "14.1");
    sim.ok("pot", "create-fscomp", "-f", "data");
    sim.ok("pot", "mount-in", "-p", "m1", "-f", "data", "-m", "/usr/local/data");
    List<String> start = lines("pot", "start", "-v", "m1");
    assertEquals(
        List.of(
            "=====>  mount $FR/jails/m1/m",
            "=====>  _pot_mount: the dataset zroot/pot/jails/m1/usr.local is mounted at"
                + " $FR/jails/m1/m/usr/local",
            "=====>  _pot_mount: the dataset zroot/pot/jails/m1/custom is mounted at"
                + " $FR/jails/m1/m/opt/custom",
            "=====>  mount $FR/jails/m1/m/usr/local/data",
            "=====>  mount $FR/jails/m1/m/tmp",
            "===>  Starting the pot m1"),
        start.subList(0, 6));
    assertTrue(start.get(6).endsWith(" path=$FR/jails/m1/m persist ip4=inherit"), start.get(6));
    assertEquals(List.of("=====>  pot m1 is already running"), lines("pot", "start", "-v", "m1"));
    assertEquals(
        List.of(
            "=====>  Stop the pot m1",
            "=====>  unmount $FR/jails/m1/m/tmp",
            "=====>  $FR/jails/m1/m/dev is already unmounted",
            "=====>  unmount $FR/jails/m1/m/usr/local/data",
            "=====>  stop: the dataset zroot/pot/jails/m1/custom is mounted at $FR/jails/m1/custom",
            "=====>  stop: the dataset zroot/pot/jails/m1/usr.local is mounted at"
                + " $FR/jails/m1/usr.local",
            "=====>  unmount $FR/jails/m1/m"),
        lines("pot", "stop", "-v", "m1"));
  }

  @Test
  void aDualStackPotStartsVnetTwiceAndTakesTheLowestFreeEpairUnits() {
    sim.ok("pot", "create", "-p", "a1", "-b", "14.1", "-t", "single", "-N", "public-bridge");
    sim.ok(
        "pot",
        "create",
        "-p",
        "d1",
        "-b",
        "14.1",
        "-t",
        "single",
        "-N",
        "public-bridge",
        "-S",
        "dual");
    sim.ok("pot", "start", "a1");
    List<String> start = lines("pot", "start", "-v", "d1");
    assertEquals(
        List.of(
            "=====>  mount $FR/jails/d1/m/tmp",
            "===>  Internal network not found! Calling vnet-start to fix the issue",
            "net.inet.ip.forwarding: 1 -> 1",
            "=====>  Bridge bridge0 already present",
            "nat on em0 inet from 10.192.0.0/10 to any -> (em0:0) round-robin",
            "===>  Starting the pot d1"),
        start.subList(0, 6));
    assertTrue(
        start.get(6).endsWith(" persist vnet vnet.interface=epair1b vnet.interface=epair2b"),
        start.get(6));
    sim.ok("pot", "stop", "a1");
    sim.ok("pot", "stop", "d1");
    sim.ok("pot", "start", "d1");
    List<String> again = lines("pot", "start", "-v", "a1");
    assertTrue(
        again.get(again.size() - 2).endsWith(" vnet vnet.interface=epair2b"), again.toString());
  }

  @Test
  void anAliasPotNamesItsAddressesAndAStoppedPotIsUnmountedAlready() {
    sim.ok(
        "pot",
        "create",
        "-p",
        "a1",
        "-b",
        "14.1",
        "-t",
        "single",
        "-N",
        "alias",
        "-i",
        "192.168.1.50");
    sim.ok("pot", "set-attribute", "-p", "a1", "-A", "no-etc-hosts", "-V", "YES");
    List<String> start = lines("pot", "start", "-v", "a1");
    assertEquals(
        "=====>  Attribute no-etchosts: no additional /etc/hosts entries injected", start.get(1));
    assertTrue(start.get(3).endsWith(" persist ip4.addr=em0|192.168.1.50"), start.get(3));
    sim.ok("pot", "stop", "a1");
    assertEquals(
        List.of(
            "=====>  Remove 192.168.1.50 aliases",
            "=====>  $FR/jails/a1/m/tmp is already unmounted",
            "=====>  $FR/jails/a1/m/dev is already unmounted"),
        lines("pot", "stop", "-v", "a1"));
  }

  @Test
  void startFullSnapshotsTheFscompDatasetsNotThePot() {
    sim.ok("pot", "create", "-p", "m1", "-b", "14.1");
    sim.ok("pot", "create-fscomp", "-f", "data");
    sim.ok("pot", "mount-in", "-p", "m1", "-f", "data", "-m", "/usr/local/data", "-r");
    List<String> start = lines("pot", "start", "-v", "-S", "m1");
    assertEquals(
        List.of(
            "=====>  Take snapshot of the full m1",
            "=====>  snapshot of zroot/pot/jails/m1/usr.local",
            "=====>  snapshot of zroot/pot/jails/m1/custom"),
        start.subList(0, 3));
    String snaps = sim.ok("zfs", "list", "-H", "-t", "snapshot", "-o", "name").stdout();
    assertTrue(snaps.contains("zroot/pot/jails/m1/usr.local@"), snaps);
    assertTrue(!snaps.contains("zroot/pot/jails/m1@"), snaps);
    assertTrue(!snaps.contains("zroot/pot/fscomp/data@"), "a read-only mount is skipped: " + snaps);
  }
}
