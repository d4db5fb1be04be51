package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.exec.CommandResult;

/**
 * {@code -d custom:FILE} reads FILE on the simulated host, its tree {@code DIR/hostfs}, never on
 * the machine running potctl: create.sh:555-560 (clone.sh:321-326, prepare.sh:127-132) test {@code
 * [ -r FILE ]} and else print {@code The file FILE is not valid or readable} and exit 1;
 * create.sh:361 (clone.sh:186) {@code cp FILE} into the pot's {@code conf/resolv.conf}.
 */
class SimCustomDnsTest {

  @TempDir Path dir;

  private Path hostFile(String hostPath, String text) throws Exception {
    Path f = dir.resolve("hostfs").resolve(hostPath.substring(1));
    Files.createDirectories(f.getParent());
    return Files.writeString(f, text);
  }

  private Path resolvConf(String pot) {
    return dir.resolve("fsroot/jails/" + pot + "/conf/resolv.conf");
  }

  @Test
  void aFileOnlyInTheHostTreeIsCheckedAndCopiedIntoTheConf() throws Exception {
    hostFile("/srv/dns/resolv.conf", "nameserver 192.0.2.53\n");
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
        "-d",
        "custom:/srv/dns/resolv.conf");
    assertEquals("nameserver 192.0.2.53\n", Files.readString(resolvConf("a")));
    assertEquals(java.util.List.of("pot.dns=custom"), sim.potConfLines("a", "pot.dns"));
    hostFile("/srv/dns/other.conf", "nameserver 192.0.2.55\n");
    Files.delete(resolvConf("a")); // else clone.sh:228 copies the template's over it
    sim.ok("pot", "clone", "-P", "a", "-p", "b", "-F", "-d", "custom:/srv/dns/other.conf");
    assertEquals("nameserver 192.0.2.55\n", Files.readString(resolvConf("b")));
  }

  @Test
  void aSymlinkInTheTreeIsFollowedFromTheTreesRoot() throws Exception {
    hostFile("/data/resolv.conf", "nameserver 192.0.2.54\n");
    Path link = dir.resolve("hostfs/etc/resolv.conf");
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, Path.of("/data/resolv.conf"));
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok(
        "pot", "create", "-p", "a", "-b", "14.1", "-t", "single", "-d", "custom:/etc/resolv.conf");
    assertEquals("nameserver 192.0.2.54\n", Files.readString(resolvConf("a")));
  }

  @Test
  void aFileOfThisMachineThatTheHostTreeLacksIsRefusedAsPotRefusesIt() throws Exception {
    Path real = Files.writeString(dir.resolve("outside.conf"), "nameserver 192.0.2.1\n");
    SimFixture sim = new SimFixture(dir).withBase();
    for (String file : new String[] {real.toString(), "/etc/resolv.conf", "/etc/passwd"}) {
      CommandResult r =
          sim.run("pot", "create", "-p", "a", "-b", "14.1", "-t", "single", "-d", "custom:" + file);
      assertEquals(1, r.exitCode(), r.toString());
      assertEquals("###>  The file " + file + " is not valid or readable\n", r.stdout());
      r = sim.run("pot", "prepare", "-p", "web", "-t", "1.0", "-a", "1", "-d", "custom:" + file);
      assertEquals(1, r.exitCode(), r.toString());
      assertEquals("###>  The file " + file + " is not valid or readable\n", r.stdout());
    }
    assertFalse(Files.exists(dir.resolve("fsroot/jails/a")));
    sim.ok("pot", "create", "-p", "t", "-b", "14.1", "-t", "single");
    CommandResult clone = sim.run("pot", "clone", "-P", "t", "-p", "c", "-d", "custom:/etc/passwd");
    assertEquals(1, clone.exitCode(), clone.toString());
    assertEquals("###>  The file /etc/passwd is not valid or readable\n", clone.stdout());
  }

  @Test
  void aDirectoryPassesTheTestAndCpRefusesToCopyIt() throws Exception {
    Files.createDirectories(dir.resolve("hostfs/srv/dns"));
    SimFixture sim = new SimFixture(dir).withBase();
    CommandResult r =
        sim.ok("pot", "create", "-p", "a", "-b", "14.1", "-t", "single", "-d", "custom:/srv/dns");
    assertTrue(r.stderr().contains("cp: /srv/dns is a directory (not copied).\n"), r.toString());
    assertFalse(Files.exists(resolvConf("a")));
    assertEquals(java.util.List.of("pot.dns=custom"), sim.potConfLines("a", "pot.dns"));
  }
}
