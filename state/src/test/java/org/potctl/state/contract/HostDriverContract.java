package org.potctl.state.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.CommandResult;
import org.potctl.state.exec.CommandRunner;
import org.potctl.state.files.HostFiles;
import org.potctl.state.model.Dataset;
import org.potctl.state.model.HostState;
import org.potctl.state.model.HostsEntry;
import org.potctl.state.model.NetworkType;
import org.potctl.state.model.PortExport;
import org.potctl.state.model.Pot;
import org.potctl.state.model.PotType;
import org.potctl.state.model.Protocol;
import org.potctl.state.model.Redirect;
import org.potctl.state.observe.HostObserver;
import org.potctl.state.pot.PotCommands;
import org.potctl.state.pot.PotCreate;
import org.potctl.state.pot.PotSetCommands;
import org.potctl.state.zfs.ZfsCommands;

/**
 * The contract every pot host driver meets (STYLE rule 18): the same scenario runs against the
 * simulated host on every build ({@code SimulatedHostContractTest}) and against a real FreeBSD pot
 * host ({@code FreeBsdHostContractIT}), so the simulator cannot drift from pot. Each test drives
 * the host with {@link PotCommands} and checks what {@link HostObserver} then sees.
 *
 * <p>Subclasses give a fresh host per test through {@link #runner()} and may override {@link
 * #release()} and {@link #prefix()} (names are prefixed so a real host's own pots are never
 * touched; everything created is destroyed after each test).
 */
public abstract class HostDriverContract {

  private final List<Command> cleanup = new ArrayList<>();

  /** The host under test; fresh (or cleaned) for each test. */
  protected abstract CommandRunner runner();

  /** How pot's files are read on that host. */
  protected HostFiles files() {
    return HostFiles.local();
  }

  /** A FreeBSD release the host can create single pots of. */
  protected String release() {
    return "14.1";
  }

  /**
   * Makes a new, empty directory on the host and returns its host path; the local file system
   * unless the host keeps its own tree (the simulator's {@code hostfs}).
   */
  protected Path newHostDirectory() throws IOException {
    return Files.createTempDirectory("potctl-contract-");
  }

  /** Removes a directory made by {@link #newHostDirectory()}. */
  protected void deleteHostDirectory(Path hostPath) throws IOException {
    Files.deleteIfExists(hostPath);
  }

  /** The prefix of every object name a test creates. */
  protected String prefix() {
    return "ct";
  }

  /** A name for this test's object. */
  protected final String name(String suffix) {
    return prefix() + suffix;
  }

  /** Runs a command and requires it to succeed. */
  protected final CommandResult run(Command command) {
    return runner().run(command).requireSuccess(command);
  }

  /** Observes the host. */
  protected final HostState observe() {
    return HostObserver.create(runner(), files()).observe();
  }

  /** Creates a single pot with the given network, to be destroyed after the test. */
  protected final Pot createPot(String pot, NetworkType network, Optional<String> bridge) {
    cleanup.add(0, PotCommands.destroy(pot, true));
    run(
        PotCommands.create(
            PotCreate.single(pot, release()).withNetwork(network, Optional.empty(), bridge)));
    return observe().pots().get(pot);
  }

  @AfterEach
  void destroyWhatTheTestCreated() {
    for (Command c : cleanup) {
      runner().run(c);
    }
    cleanup.clear();
  }

  @Test
  void createdPotIsObservedWithItsConfiguration() {
    String p = name("web");
    Pot pot = createPot(p, NetworkType.PUBLIC_BRIDGE, Optional.empty());
    assertEquals(PotType.SINGLE, pot.type());
    assertEquals(0, pot.level());
    assertEquals(release(), pot.base());
    assertEquals(NetworkType.PUBLIC_BRIDGE, pot.network().type());
    assertTrue(
        pot.network().ip().orElseThrow().matches("\\d+\\.\\d+\\.\\d+\\.\\d+"),
        pot.network().toString());
    HostState state = observe();
    assertTrue(state.potDataset(p).isPresent(), "dataset of " + p);
    assertFalse(state.isRunning(p));
    assertFalse(state.incompletePots().contains(p));
  }

  @Test
  void observationRunsAtMostFiveCommands() {
    createPot(name("a"), NetworkType.INHERIT, Optional.empty());
    createPot(name("b"), NetworkType.PUBLIC_BRIDGE, Optional.empty());
    CountingRunner counting = new CountingRunner(runner());
    HostState state = HostObserver.create(counting, files()).observe();
    assertTrue(counting.count() <= HostObserver.MAX_COMMANDS, counting.count() + " commands");
    assertTrue(state.pots().keySet().containsAll(List.of(name("a"), name("b"))));
  }

  @Test
  void mountInIsObservedAsAnFscompConfLine() {
    String p = name("app");
    String f = name("data");
    createPot(p, NetworkType.INHERIT, Optional.empty());
    cleanup.add(PotCommands.destroyFscomp(f));
    run(PotCommands.createFscomp(f));
    run(PotCommands.mountInFscomp(p, f, "/var/db/data", true));
    HostState state = observe();
    String dataset = state.config().fscompDataset() + "/" + f;
    assertTrue(state.fscomps().containsKey(f), state.fscomps().keySet().toString());
    var mount =
        state.pots().get(p).mounts().stream()
            .filter(m -> m.source().equals(dataset))
            .findFirst()
            .orElseThrow();
    assertEquals("/var/db/data", mount.target());
    assertTrue(mount.readOnly());
  }

  @Test
  void exportedPortsThenStartGiveARunningPotAndItsRedirect() {
    String p = name("www");
    Pot created = createPot(p, NetworkType.PUBLIC_BRIDGE, Optional.empty());
    run(
        PotSetCommands.exportPorts(
            p, List.of(new PortExport(Protocol.TCP, 80, OptionalInt.of(30080)))));
    assertEquals(
        List.of(new PortExport(Protocol.TCP, 80, OptionalInt.of(30080))),
        observe().pots().get(p).ports());
    run(PotCommands.start(p));
    HostState running = observe();
    assertTrue(running.isRunning(p));
    List<Redirect> rules = running.redirectsOf(p);
    assertEquals(1, rules.size(), running.redirects().toString());
    Redirect r = rules.get(0);
    assertEquals(Protocol.TCP, r.protocol());
    assertEquals(30080, r.hostPort());
    assertEquals(80, r.potPort());
    assertEquals(created.network().ip().orElseThrow(), r.potIp());

    run(PotCommands.stop(p));
    HostState stopped = observe();
    assertFalse(stopped.isRunning(p));
    assertEquals(List.of(), stopped.redirectsOf(p));
  }

  @Test
  void destroyedPotIsGone() {
    String p = name("tmp");
    createPot(p, NetworkType.INHERIT, Optional.empty());
    run(PotCommands.destroy(p, false));
    HostState state = observe();
    assertFalse(state.pots().containsKey(p));
    assertFalse(state.potDataset(p).isPresent());
    assertFalse(state.incompletePots().contains(p));
  }

  @Test
  void stopOfAMissingPotSucceeds() {
    assertEquals(0, runner().run(PotCommands.stop(name("nothere"))).exitCode());
  }

  @Test
  void settingsAreObservedInPotConf() {
    String p = name("cfg");
    String dep = name("dep");
    createPot(dep, NetworkType.INHERIT, Optional.empty());
    createPot(p, NetworkType.INHERIT, Optional.empty());
    run(PotSetCommands.setAttribute(p, "start-at-boot", "YES"));
    run(PotSetCommands.setRss(p, OptionalInt.of(2), Optional.of("512M")));
    run(PotSetCommands.setEnv(p, List.of("APP_ENV=production", "GREETING=hello world")));
    run(PotSetCommands.setHosts(p, List.of(new HostsEntry("10.192.1.2", "db"))));
    run(PotSetCommands.addDependency(p, dep));
    Pot pot = observe().pots().get(p);
    assertEquals(Optional.of("YES"), pot.attribute("start-at-boot"));
    assertEquals(OptionalInt.of(2), pot.resources().cpus());
    assertEquals(Optional.of("512M"), pot.resources().memory());
    assertEquals(List.of("APP_ENV=production", "GREETING=hello world"), pot.env());
    assertEquals(List.of(new HostsEntry("10.192.1.2", "db")), pot.hosts());
    assertEquals(List.of(dep), pot.depends());
  }

  @Test
  void privateBridgeAndItsPotAreObserved() {
    String b = name("net");
    String p = name("db");
    cleanup.add(PotCommands.destroyBridge(b));
    run(PotCommands.createPrivateBridge(b, 6));
    Pot pot = createPot(p, NetworkType.PRIVATE_BRIDGE, Optional.of(b));
    HostState state = observe();
    var bridge = state.bridges().get(b);
    assertEquals(29, bridge.prefixLength());
    assertEquals(Optional.of(b), pot.network().bridge());
    assertTrue(pot.network().ip().isPresent());
  }

  @Test
  void ownershipStampIsObservedOnTheDataset() {
    String f = name("owned");
    cleanup.add(PotCommands.destroyFscomp(f));
    run(PotCommands.createFscomp(f));
    String dataset = observe().config().fscompDataset() + "/" + f;
    run(ZfsCommands.stampOwner(dataset, "contract"));
    run(ZfsCommands.stampApply(dataset, "apply-1"));
    Dataset ds = observe().fscomps().get(f);
    assertTrue(ds.ownedBy("contract"));
    assertEquals(Optional.of("apply-1"), ds.applyId());
    run(ZfsCommands.removeOwner(dataset));
    assertEquals(Optional.empty(), observe().fscomps().get(f).owner());
  }

  @Test
  void fscompMovedToTrashLeavesTheFscompsAndKeepsItsData() {
    String f = name("old");
    HostState before = observe();
    String zfsRoot = before.config().zfsRoot();
    String trash = ZfsCommands.trashName(zfsRoot, "fscomp", f, "apply-7");
    cleanup.add(PotCommands.destroyFscomp(f));
    cleanup.add(ZfsCommands.destroyTrashed(zfsRoot, trash));
    run(PotCommands.createFscomp(f));
    if (!before.datasets().containsKey(ZfsCommands.trashParent(zfsRoot))) {
      run(ZfsCommands.createTrashParent(zfsRoot));
    }
    ZfsCommands.moveToTrash(
            zfsRoot, before.config().fscompDataset() + "/" + f, "fscomp", f, "apply-7")
        .forEach(this::run);
    HostState after = observe();
    assertFalse(after.fscomps().containsKey(f));
    assertEquals("none", after.datasets().get(trash).mountpoint());
  }

  @Test
  void fingerprintIsStableUntilSomethingChanges() {
    String p = name("fp");
    createPot(p, NetworkType.INHERIT, Optional.empty());
    HostState first = observe();
    assertEquals(first.fingerprint(), observe().fingerprint());
    run(PotSetCommands.setAttribute(p, "persistent", "NO"));
    HostState changed = observe();
    assertFalse(first.fingerprint().equals(changed.fingerprint()));
    assertFalse(first.pots().get(p).fingerprint().equals(changed.pots().get(p).fingerprint()));
  }

  @Test
  void hostDirectoryMountIsObservedInTheCurrentFormat() throws IOException {
    String p = name("dir");
    Path dir = newHostDirectory();
    try {
      createPot(p, NetworkType.INHERIT, Optional.empty());
      run(PotCommands.mountInDirectory(p, dir.toString(), "/srv/static", false));
      var mount =
          observe().pots().get(p).mounts().stream()
              .filter(m -> m.source().equals(dir.toString()))
              .findFirst()
              .orElseThrow();
      assertTrue(mount.isHostDirectory());
      assertFalse(mount.legacy());
      assertFalse(mount.readOnly());
      assertEquals("/srv/static", mount.target());
    } finally {
      runner().run(PotCommands.destroy(p, true));
      deleteHostDirectory(dir);
    }
  }

  @Test
  void udpExportWithoutHostPortGetsARedirectOnStart() {
    String p = name("dns");
    Pot created = createPot(p, NetworkType.PUBLIC_BRIDGE, Optional.empty());
    run(
        PotSetCommands.exportPorts(
            p, List.of(new PortExport(Protocol.UDP, 53, OptionalInt.empty()))));
    run(PotCommands.start(p));
    List<Redirect> rules = observe().redirectsOf(p);
    assertEquals(1, rules.size(), rules.toString());
    assertEquals(Protocol.UDP, rules.get(0).protocol());
    assertEquals(53, rules.get(0).potPort());
    assertTrue(rules.get(0).hostPort() > 1023, "pot picks a host port above reservedhigh");
    assertEquals(created.network().ip().orElseThrow(), rules.get(0).potIp());
  }
}
