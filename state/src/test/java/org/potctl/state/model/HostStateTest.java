package org.potctl.state.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class HostStateTest {

  private static final PotConfig CONFIG = new PotConfig("zroot/pot", "/opt/pot");

  private static Dataset ds(String name, long used) {
    return new Dataset(
        name, "/opt/pot/x", Optional.empty(), used, Optional.empty(), Optional.empty());
  }

  private static HostState state(
      List<Dataset> datasets, List<Jail> jails, List<Redirect> redirects) {
    TreeMap<String, Dataset> byName = new TreeMap<>();
    datasets.forEach(d -> byName.put(d.name(), d));
    TreeMap<String, Jail> jailMap = new TreeMap<>();
    jails.forEach(j -> jailMap.put(j.name(), j));
    return new HostState(
        CONFIG,
        byName,
        new TreeMap<>(),
        new TreeMap<>(),
        new TreeMap<>(),
        new TreeMap<>(),
        jailMap,
        redirects,
        new TreeSet<>());
  }

  @Test
  void fscompsAreTheDatasetsDirectlyBelowTheFscompParent() {
    HostState s =
        state(
            List.of(
                ds("zroot/pot/fscomp", 1),
                ds("zroot/pot/fscomp/data", 1),
                ds("zroot/pot/fscomp/data/child", 1),
                ds("zroot/pot/jails/web", 1)),
            List.of(),
            List.of());
    assertEquals(List.of("data"), List.copyOf(s.fscomps().keySet()));
    assertTrue(s.potDataset("web").isPresent());
    assertFalse(s.potDataset("data").isPresent());
  }

  @Test
  void dyingJailIsNotRunning() {
    HostState s =
        state(
            List.of(),
            List.of(new Jail(1, "web", "/p", false), new Jail(2, "db", "/q", true)),
            List.of());
    assertTrue(s.isRunning("web"));
    assertFalse(s.isRunning("db"));
    assertFalse(s.isRunning("nope"));
  }

  @Test
  void redirectsAreSortedAndFoundByTruncatedAnchor() {
    String longName = "p".repeat(30) + "-" + "q".repeat(30);
    Redirect b = new Redirect("web", "em0", Protocol.UDP, "(em0)", 53, "10.0.0.1", 53);
    Redirect a = new Redirect("web", "em0", Protocol.TCP, "(em0)", 8080, "10.0.0.1", 80);
    Redirect c =
        new Redirect(Redirect.anchorFor(longName), "em0", Protocol.TCP, "(em0)", 1, "10.0.0.2", 2);
    HostState s = state(List.of(), List.of(), List.of(b, c, a));
    assertEquals(List.of(c, a, b), s.redirects());
    assertEquals(List.of(a, b), s.redirectsOf("web"));
    assertEquals(List.of(c), s.redirectsOf(longName));
  }

  @Test
  void fingerprintIgnoresUsedBytesAndJailIdsButNotOwnership() {
    HostState one =
        state(
            List.of(ds("zroot/pot/fscomp/d", 100)),
            List.of(new Jail(1, "w", "/p", false)),
            List.of());
    HostState two =
        state(
            List.of(ds("zroot/pot/fscomp/d", 999)),
            List.of(new Jail(7, "w", "/p", false)),
            List.of());
    assertEquals(one.fingerprint(), two.fingerprint());
    Dataset owned =
        new Dataset(
            "zroot/pot/fscomp/d",
            "/opt/pot/x",
            Optional.empty(),
            1,
            Optional.of("prod"),
            Optional.empty());
    assertNotEquals(one.fingerprint(), state(List.of(owned), List.of(), List.of()).fingerprint());
    assertTrue(one.fingerprint().matches("sha256:[0-9a-f]{64}"));
  }

  @Test
  void fingerprintsAreSha256OfTheCanonicalText() {
    assertEquals(
        "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        Fingerprints.sha256(""));
    Bridge b = new Bridge("b", "10.192.0.16/29", "10.192.0.17");
    assertEquals(Fingerprints.sha256(b.canonical()), b.fingerprint());
  }

  @Test
  void recordsRejectImpossibleValues() {
    assertThrows(IllegalArgumentException.class, () -> new PotConfig(" ", "/opt/pot"));
    assertThrows(IllegalArgumentException.class, () -> ds("x", -1));
    assertThrows(
        IllegalArgumentException.class,
        () -> new PortExport(Protocol.TCP, 0, java.util.OptionalInt.empty()));
    assertThrows(IllegalArgumentException.class, () -> NetworkType.fromPot("bridge"));
    assertEquals(NetworkType.PRIVATE_BRIDGE, NetworkType.fromPot("private-bridge"));
    assertEquals(MountOption.READ_WRITE, MountOption.fromPot(""));
  }

  @Test
  void configNamesPotctlsDatasets() {
    assertEquals("zroot/pot/jails/web", CONFIG.potDataset("web"));
    assertEquals("zroot/pot/fscomp/data", CONFIG.fscompDataset("data"));
    assertEquals(Optional.of("data"), CONFIG.fscompName("zroot/pot/fscomp/data"));
    assertEquals(Optional.empty(), CONFIG.fscompName("zroot/pot/fscomp/data/x"));
    assertEquals(Optional.empty(), CONFIG.fscompName("tank/data"));
    assertEquals("zroot/pot/potctl-trash", CONFIG.trashDataset());
  }
}
