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
 * What the real-pot kit's {@code attributes} sequence found (docs/real-pot.md): export-ports' field
 * rules, get-attribute's stripping, set-hook given a directory.
 */
class SimPotAttributesTest {

  @TempDir Path dir;

  @Test
  void valuesGoThroughEchoAndSedAsPotWritesThem() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create", "-p", "s1", "-b", "14.1", "-t", "single");
    // common.sh:855-860: echo takes a lone -n / -e as its option, so the command is stored empty
    sim.ok("pot", "set-cmd", "-p", "s1", "-c", "-n");
    assertEquals(java.util.List.of("pot.cmd="), sim.potConfLines("s1", "pot.cmd"));
    sim.ok("pot", "set-cmd", "-p", "s1", "-c", "\"a \"b\" c\"");
    assertEquals(java.util.List.of("pot.cmd=a \"b\" c"), sim.potConfLines("s1", "pot.cmd"));
    // set-env.sh:25: sed 's/.*/pot.env=&/' of the temporary file, one line each
    sim.ok("pot", "set-env", "-p", "s1", "-E", "E=line1\nF=\"x\"", "-E", "G=1\n\n");
    assertEquals(
        java.util.List.of("pot.env=\"E=line1", "pot.env=F=\\\"x\\\"\"", "pot.env=\"G=1\""),
        sim.potConfLines("s1", "pot.env"));
  }

  @Test
  void exportPortsCountsOnlyTheFirstTwoFieldsAndReadsLeadingZerosAsDecimal() {
    SimFixture sim = new SimFixture(dir);
    sim.ok("pot", "create", "-p", "a", "-b", "14.1", "-t", "single", "-N", "public-bridge");
    for (String ok : new String[] {"80:8080:9", "80:8080:", "000000080", "udp:053:0053:x"}) {
      assertEquals("", sim.ok("pot", "export-ports", "-p", "a", "-e", ok).stdout(), ok);
    }
    for (String bad : new String[] {"80::8080", "tcp:udp:80", "0", "65536", "80:0", ":80"}) {
      CommandResult r = sim.run("pot", "export-ports", "-p", "a", "-e", bad);
      assertEquals(1, r.exitCode(), bad);
      assertTrue(r.stdout().startsWith("###>  " + bad + " is not a valid port number\n"), bad);
    }
    sim.ok("pot", "export-ports", "-p", "a", "-e", "080:08080", "-e", "22:2222:1:2");
    assertTrue(sim.potConf("a").contains("pot.export.ports=080:08080 22:2222:1:2\n"));
    sim.ok("pot", "start", "a");
    String nat = sim.ok("pfctl", "-a", "pot-rdr/a", "-s", "nat").stdout();
    assertTrue(nat.contains("port = 8080 -> 10.192.0.3 port 80\n"), nat);
    assertTrue(nat.contains("port = 2222 -> 10.192.0.3 port 22\n"), nat);
  }

  @Test
  void getAttributeDropsBlanksAndQuotesAndCutsAtTheValuesFirstEquals() {
    SimFixture sim = new SimFixture(dir);
    sim.ok("pot", "create", "-p", "a", "-b", "14.1", "-t", "single");
    sim.ok("pot", "set-attribute", "-p", "a", "-A", "exec_stop", "-V", "/bin/sh /etc/rc.shutdown");
    assertEquals(
        "/bin/sh/etc/rc.shutdown\n",
        sim.ok("pot", "get-attribute", "-p", "a", "-A", "exec_stop", "-q").stdout());
    sim.ok("pot", "set-attribute", "-p", "a", "-A", "exec_stop", "-V", "/bin/sh -c a=b");
    assertEquals(
        "===>  exec_stop: /bin/sh-ca\n",
        sim.ok("pot", "get-attribute", "-p", "a", "-A", "exec_stop").stdout());
    sim.ok("pot", "set-attribute", "-p", "a", "-A", "exec_stop", "-V", "\"quoted\"\tword");
    assertEquals(
        "===>  exec_stop: quotedword\n",
        sim.ok("pot", "get-attribute", "-p", "a", "-A", "exec_stop").stdout());
  }

  @Test
  void setHookTakesADirectoryWhoseCopyFailsAndOnlyTheLastTypesCopyDecidesTheExit()
      throws Exception {
    SimFixture sim = new SimFixture(dir);
    sim.ok("pot", "create", "-p", "a", "-b", "14.1", "-t", "single");
    Path hooks = Files.createDirectories(dir.resolve("hooks"));
    Path hook = Files.writeString(hooks.resolve("hook.sh"), "#!/bin/sh\nexit 0\n");
    hook.toFile().setExecutable(true, false);
    assertEquals("", sim.ok("pot", "set-hook", "-p", "a", "-s", hooks.toString()).stdout());
    Path conf = dir.resolve("fsroot/jails/a/conf");
    assertFalse(Files.exists(conf.resolve("prestart.sh")));
    sim.ok("pot", "set-hook", "-p", "a", "-t", hooks.toString(), "-T", hook.toString());
    assertTrue(Files.isRegularFile(conf.resolve("poststop.sh")));
    assertFalse(Files.exists(conf.resolve("prestop.sh")));
    CommandResult last = sim.run("pot", "set-hook", "-p", "a", "-T", hooks.toString());
    assertEquals(1, last.exitCode());
    assertEquals("", last.stdout());
  }

  @Test
  void exportPortsOnAnInheritIpv6PotSaysBothThatItIsIgnored() {
    SimFixture sim = new SimFixture(dir);
    sim.ok("pot", "create", "-p", "i6", "-b", "14.1", "-t", "single", "-S", "ipv6");
    assertEquals(
        "===>  Only public-bridge and private-bridge network type can export ports - this setting"
            + " will be ignored during start\n"
            + "===>  Only ipv4 can export ports, on ipv6 the pot has already a unique address - this"
            + " setting will be ignored during start\n",
        sim.ok("pot", "export-ports", "-p", "i6", "-e", "80").stdout());
  }
}
