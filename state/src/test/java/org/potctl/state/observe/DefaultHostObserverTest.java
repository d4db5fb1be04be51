package org.potctl.state.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.potctl.state.exec.CommandFailedException;
import org.potctl.state.exec.RecordingRunner;
import org.potctl.state.files.ParseException;
import org.potctl.state.model.HostState;
import org.potctl.state.model.MountOption;
import org.potctl.state.model.NetworkType;
import org.potctl.state.model.Pot;

class DefaultHostObserverTest {

  @ParameterizedTest
  @ValueSource(ints = {0, 20, 2000})
  void runsFiveCommandsWhateverTheNumberOfPots(int pots) {
    FakePotHost host = new FakePotHost(pots);
    RecordingRunner runner = host.runner();
    HostState state = HostObserver.create(runner, host.files).observe();
    assertEquals(HostObserver.MAX_COMMANDS, runner.commands().size(), runner.lines().toString());
    assertEquals(pots, state.pots().size());
    assertEquals(pots - pots / 2, state.jails().size());
    assertEquals(pots - pots / 2, state.redirects().size());
  }

  @Test
  void runsExactlyTheDocumentedCommands() {
    FakePotHost host = new FakePotHost(2);
    RecordingRunner runner = host.runner();
    HostObserver.create(runner, host.files).observe();
    assertEquals(
        List.of(
            "pot config -q -g zfs_root",
            "pot config -q -g fs_root",
            "zfs list -H -p -r -t filesystem -o name,mountpoint,origin,used,potctl:owner,potctl:apply,"
                + "compression,quota,reservation,recordsize,atime,exec,setuid,readonly,potctl:protect"
                + " zroot/pot",
            "jls -d --libxo json -n jid name path dying",
            "pfctl -a pot-rdr/* -s nat"),
        runner.lines());
    assertEquals(List.of("pfctl", "-a", "pot-rdr/*", "-s", "nat"), runner.commands().get(4).argv());
  }

  @Test
  void seesPotsWithMountsPortsStateAndRedirects() {
    FakePotHost host = new FakePotHost(2);
    HostState state = HostObserver.create(host.runner(), host.files).observe();
    Pot p0 = state.pots().get("p0");
    assertEquals(NetworkType.PUBLIC_BRIDGE, p0.network().type());
    assertEquals(Optional.of("10.192.1.1"), p0.network().ip());
    assertEquals("/data", p0.mounts().get(0).target());
    assertEquals(MountOption.READ_ONLY, p0.mounts().get(0).option());
    assertTrue(p0.mounts().get(0).legacy());
    assertEquals("80:20000", p0.ports().get(0).toPotArgument());
    assertTrue(state.isRunning("p0"));
    assertFalse(state.isRunning("p1"));
    assertEquals(20000, state.redirectsOf("p0").get(0).hostPort());
    assertEquals(List.of(), state.redirectsOf("p1"));
    assertEquals(List.of("data"), List.copyOf(state.fscomps().keySet()));
    assertEquals(List.of("14.1"), List.copyOf(state.bases().keySet()));
    assertEquals("10.192.0.17", state.bridges().get("backend").gateway());
    assertTrue(state.flavours().get("nginx").scriptDigest().isPresent());
    assertTrue(state.potDataset("p1").orElseThrow().ownedBy("prod"));
    assertEquals(Optional.of("10.192.0.0/10"), state.config().setting("POT_NETWORK"));
    assertEquals(Optional.of("vtnet0"), state.config().setting("POT_EXTIF"));
  }

  @Test
  void fallsBackToHumanSizesOnceWhenZfsRejectsExactFlag() {
    FakePotHost host = new FakePotHost(3);
    host.zfsRejectsExact = true;
    RecordingRunner runner = host.runner();
    HostObserver observer = HostObserver.create(runner, host.files);
    HostState first = observer.observe();
    assertEquals(6, runner.commands().size());
    observer.observe();
    assertEquals(11, runner.commands().size(), "the second observation remembers: five commands");
    assertFalse(runner.commands().get(10).argv().contains("-p"));
    assertEquals(3, first.pots().size());
  }

  @Test
  void sameHostGivesSameFingerprintAndAChangeChangesIt() {
    FakePotHost host = new FakePotHost(3);
    HostState a = HostObserver.create(host.runner(), host.files).observe();
    HostState b = HostObserver.create(host.runner(), host.files).observe();
    assertEquals(a.fingerprint(), b.fingerprint());
    assertEquals(a, b);
    host.files.put("/opt/pot/jails/p1/conf/pot.conf", "pot.type=single\nnetwork_type=inherit\n");
    HostState c = HostObserver.create(host.runner(), host.files).observe();
    assertFalse(a.fingerprint().equals(c.fingerprint()));
    assertEquals(a.pots().get("p0").fingerprint(), c.pots().get("p0").fingerprint());
    assertFalse(a.pots().get("p1").fingerprint().equals(c.pots().get("p1").fingerprint()));
    assertTrue(a.fingerprint().matches("sha256:[0-9a-f]{64}"));
  }

  @Test
  void directoryWithoutPotConfIsAnIncompletePot() {
    FakePotHost host = new FakePotHost(1);
    host.files.put("/opt/pot/jails/half/m/.keep", "");
    HostState state = HostObserver.create(host.runner(), host.files).observe();
    assertEquals(List.of("half"), List.copyOf(state.incompletePots()));
    assertFalse(state.pots().containsKey("half"));
  }

  @Test
  void malformedFileFailsTheObservationNamingFileAndLine() {
    FakePotHost host = new FakePotHost(1);
    host.files.put("/opt/pot/jails/p0/conf/fscomp.conf", "ok /a\nbroken\n");
    ParseException e =
        assertThrows(
            ParseException.class, () -> HostObserver.create(host.runner(), host.files).observe());
    assertEquals("/opt/pot/jails/p0/conf/fscomp.conf", e.source());
    assertEquals(2, e.line());
  }

  @Test
  void manyPotsAreReadInParallelAndTheFirstBadFileInNameOrderIsReported() {
    int n = 3 * PotFiles.PARALLEL_FROM;
    FakePotHost host = new FakePotHost(n);
    HostState sequentialSized = HostObserver.create(host.runner(), host.files).observe();
    assertEquals(n, sequentialSized.pots().size());
    assertEquals(sequentialSized, HostObserver.create(host.runner(), host.files).observe());
    host.files.put("/opt/pot/jails/half/m/.keep", "");
    host.files.put("/opt/pot/jails/p170/conf/fscomp.conf", "broken\n");
    host.files.put("/opt/pot/jails/p150/conf/fscomp.conf", "ok /a\nbroken\n");
    for (int run = 0; run < 5; run++) {
      ParseException e =
          assertThrows(
              ParseException.class, () -> HostObserver.create(host.runner(), host.files).observe());
      assertEquals("/opt/pot/jails/p150/conf/fscomp.conf", e.source());
      assertEquals(2, e.line());
    }
    host.files.put("/opt/pot/jails/p170/conf/fscomp.conf", "");
    host.files.put("/opt/pot/jails/p150/conf/fscomp.conf", "");
    HostState state = HostObserver.create(host.runner(), host.files).observe();
    assertEquals(List.of("half"), List.copyOf(state.incompletePots()));
    assertEquals(n, state.pots().size());
  }

  @Test
  void failingCommandIsReportedWithItsArgv() {
    FakePotHost host = new FakePotHost(1);
    RecordingRunner runner =
        new RecordingRunner(argv -> RecordingRunner.failed(1, "pot: command not found"));
    CommandFailedException e =
        assertThrows(
            CommandFailedException.class, () -> HostObserver.create(runner, host.files).observe());
    assertEquals(List.of("pot", "config", "-q", "-g", "zfs_root"), e.argv());
  }

  @Test
  void explicitFlavourDirectoryIsUsed() {
    FakePotHost host = new FakePotHost(0);
    host.files.put("/usr/local/etc/pot/flavours/dns", "set-rss -C 1\n");
    HostState state =
        HostObserver.create(host.runner(), host.files, "/usr/local/etc/pot/flavours").observe();
    assertEquals(List.of("dns"), List.copyOf(state.flavours().keySet()));
    assertEquals(Optional.of("set-rss -C 1\n"), state.flavours().get("dns").commands());
  }

  @Test
  void hostWithoutPfLoadedHasNoRedirects() {
    FakePotHost host = new FakePotHost(2);
    RecordingRunner runner =
        new RecordingRunner(
            argv ->
                argv.get(0).equals("pfctl")
                    ? RecordingRunner.failed(1, "pfctl: /dev/pf: No such file or directory\n")
                    : host.runner().run(org.potctl.state.exec.Command.of(argv)));
    HostState state = HostObserver.create(runner, host.files).observe();
    assertEquals(List.of(), state.redirects());
    assertEquals(2, state.pots().size());
  }

  @Test
  void otherPfFailuresFailTheObservation() {
    FakePotHost host = new FakePotHost(1);
    RecordingRunner runner =
        new RecordingRunner(
            argv ->
                argv.get(0).equals("pfctl")
                    ? RecordingRunner.failed(1, "pfctl: Operation not permitted\n")
                    : host.runner().run(org.potctl.state.exec.Command.of(argv)));
    CommandFailedException e =
        assertThrows(
            CommandFailedException.class, () -> HostObserver.create(runner, host.files).observe());
    assertEquals("pfctl", e.argv().get(0));
  }
}
