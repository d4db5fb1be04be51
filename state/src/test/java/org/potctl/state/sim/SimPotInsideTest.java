package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.exec.CommandResult;

/**
 * pot's exec, term, run, signal, top, copy-in, copy-out, get-rss, show, update-config and promote
 * as the real-pot kit's {@code inside} sequence judged them (docs/real-pot.md): the texts are those
 * of pot 0.16.1's scripts (exec.sh, signal.sh, show.sh, get-rss.sh, update-config.sh, …).
 */
class SimPotInsideTest {

  @TempDir Path dir;

  private SimFixture running() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create", "-p", "s", "-b", "14.1", "-t", "single", "-N", "public-bridge");
    sim.ok("pot", "export-ports", "-p", "s", "-e", "80:30080", "-e", "udp:53:30053");
    sim.ok("pot", "set-rss", "-p", "s", "-C", "1");
    sim.ok("pot", "start", "s");
    return sim;
  }

  @Test
  void execRunsNothingButKeepsPotsChecks() {
    SimFixture sim = running();
    assertEquals("", sim.ok("pot", "exec", "-p", "s", "ls", "-l").stdout());
    assertEquals("###>  A command is mandatory\n", sim.run("pot", "exec", "-p", "s").stdout());
    CommandResult bad = sim.run("pot", "exec", "-p", "s", "-e", "BAD", "env");
    assertEquals(1, bad.exitCode());
    assertTrue(
        bad.stdout()
            .startsWith("###>  BAD not in a valid form\n###>  VARIABLE=value is accetped\n"));
    assertEquals(
        "###>  Parameters -u and -U are mutually exclusive\n",
        sim.run("pot", "exec", "-p", "s", "-u", "root", "-U", "root", "id").stdout());
    sim.ok("pot", "stop", "s");
    assertEquals(
        "###>  The pot is not running\n", sim.run("pot", "exec", "-p", "s", "ls").stdout());
  }

  @Test
  void signalFindsNoProcessInASimulatedPot() {
    SimFixture sim = running();
    CommandResult persistent = sim.run("pot", "signal", "-p", "s");
    assertEquals(1, persistent.exitCode());
    assertEquals(
        "===>  Sending SIGINFO to main process of pot s\n"
            + "###>  Persistent pots have no main process\n",
        persistent.stdout());
    CommandResult byPattern =
        sim.run("pot", "signal", "-p", "s", "-s", "TERM", "-m", "nginx", "-f");
    assertEquals(0, byPattern.exitCode());
    assertEquals(
        "===>  Sending TERM by pattern to pot s\n===>  Sending signal failed\n",
        byPattern.stdout());
    assertTrue(
        sim.run("pot", "signal", "-p", "s", "-s", "NOPE")
            .stdout()
            .startsWith("###>  Invalid signal, valid signals: HUP INT QUIT"));
    assertTrue(sim.ok("pot", "signal", "-l").stdout().contains(" INFO USR1 USR2 THR LIBRT\n"));
    assertEquals("###>  Invalid pid\n", sim.run("pot", "signal", "-p", "s", "-P", "x").stdout());
  }

  @Test
  void showPrintsUsageCpusAndTheTcpRedirectionsOfARunningPot() {
    SimFixture sim = running();
    String used = sim.ok("zfs", "list", "-H", "-o", "used", "zroot/pot/jails/s").stdout().strip();
    assertEquals(
        "pot s\n"
            + "\tdisk usage      : "
            + used
            + "\n\tvirtual memory  : 0\n\tphysical memory : 0\n"
            + "\tmax amount of CPUs: 1\n\tallocated CPUs    : 0\n"
            + "\n\tNetwork port redirection\n",
        sim.ok("pot", "show").stdout().replaceAll("\t\t.*\n", ""));
    String rules = sim.ok("pot", "show", "-p", "s").stdout();
    // show.sh:80: only tcp rules lose their head; " =" goes from every rule
    assertTrue(rules.contains("\t\t(em0) port 30080 -> 10.192.0.3 port 80\n"), rules);
    assertTrue(
        rules.contains("\t\trdr pass on em0 inet proto udp from any to (em0) port 30053 ->"),
        rules);
    assertEquals("s\n", sim.ok("pot", "show", "-q").stdout());
    assertEquals(
        "###>  -p -r -a are mutually exclusive\n",
        sim.run("pot", "show", "-a", "-r").stdout().lines().findFirst().get() + "\n");
  }

  @Test
  void getRssReportsNoUsage() {
    SimFixture sim = running();
    assertEquals(
        "Resource usage by the pot s\n"
            + "\tcpu time (ticks spent) : 0\n\tcpu time (MHz)         : 0\n"
            + "\tpcpu (%)               : 0\n\tvirtual memory         : 0\n"
            + "\tphysical memory        : 0\n\tswap memory            : 0\n",
        sim.ok("pot", "get-rss", "-p", "s").stdout());
    assertTrue(
        sim.ok("pot", "get-rss", "-p", "s", "-J").stdout().startsWith("{ \"ResourceUsage\""));
    sim.ok("pot", "stop", "s");
    assertEquals("###>  The pot s is not running\n", sim.run("pot", "get-rss", "-p", "s").stdout());
  }

  @Test
  void copyOutToAMissingDirectoryGoesOnUntilTheMountFails() throws Exception {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create", "-p", "s", "-b", "14.1", "-t", "single");
    CommandResult r = sim.run("pot", "copy-out", "-p", "s", "-s", "/etc/rc.conf", "-d", "/nope");
    assertEquals(1, r.exitCode());
    assertEquals(
        "###>  /nope not valid\n###>  Failed to mount destination inside the pot\n", r.stdout());
    Files.createDirectories(dir.resolve("hostfs/srv/out"));
    sim.ok("pot", "copy-out", "-p", "s", "-s", "/etc/rc.conf", "-d", "/srv/out");
  }

  @Test
  void updateConfigAppendsWhatPotsLookupFindsEmptyOnEveryRun() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create", "-p", "s", "-b", "14.1", "-t", "single");
    Path conf = dir.resolve("fsroot/jails/s/conf/pot.conf");
    String before = SimFixture.read(conf);
    sim.ok("pot", "update-config", "-p", "s");
    String once = SimFixture.read(conf);
    assertEquals(
        before
            + "pot.attr.early.start-at-boot=NO\npot.attr.exec_stop=\n"
            + "pot.attr.localhost-tunnel=NO\npot.attr.no-etc-hosts=NO\n",
        once);
    sim.ok("pot", "update-config", "-a");
    assertEquals(once + "pot.attr.exec_stop=\n", SimFixture.read(conf));
    assertEquals(
        "###>   Pot ghost not found\n###>  Invalid pot name\n",
        sim.run("pot", "update-config", "-p", "ghost").stdout());
  }

  @Test
  void promoteIsListedButNotShippedAndTermStartsWithF() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create", "-p", "s", "-b", "14.1", "-t", "single");
    assertEquals(
        "###>  Fatal error! promote implementation not found!\n",
        sim.run("pot", "promote", "-p", "s").stdout());
    assertEquals("###>  The pot s is not running\n", sim.run("pot", "term", "s").stdout());
    sim.ok("pot", "run", "s");
    assertTrue(sim.ok("pot", "ps", "-q").stdout().contains("s"));
  }
}
