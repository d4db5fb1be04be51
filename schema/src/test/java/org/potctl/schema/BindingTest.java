package org.potctl.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.SourceLocation;
import org.potctl.schema.model.DesiredState;
import org.potctl.schema.model.FscompSpec;
import org.potctl.schema.model.MountSource;
import org.potctl.schema.model.MountSpec;
import org.potctl.schema.model.NetworkType;
import org.potctl.schema.model.PortExport;
import org.potctl.schema.model.PotSpec;
import org.potctl.schema.model.PotType;
import org.potctl.schema.model.Protocol;
import org.potctl.schema.model.Spec;

class BindingTest {

  @TempDir Path dir;

  private Spec load(String content) {
    LoadResult r = new Fixture(dir).file("p.yaml", content).load();
    assertEquals(List.of(), r.diagnostics().all());
    return r.spec().orElseThrow();
  }

  @Test
  void defaultsAreFilledIn() {
    Spec spec = load("version: 1\nfscomps: {data: {}}\npots:\n  web: {base: \"14.1\"}\n");
    PotSpec web = spec.pots().get("web");
    assertEquals(PotSpec.minimal("web", "14.1"), web);
    assertEquals(PotType.SINGLE, web.type());
    assertEquals(NetworkType.INHERIT, web.network().type());
    assertEquals(DesiredState.RUNNING, web.state());
    assertEquals(new FscompSpec("data", Map.of(), true), spec.fscomps().get("data"));
  }

  @Test
  void valuesAreNormalisedToPotsForms() {
    Spec spec =
        load(
            """
            version: 1
            bridges: {backend: {size: 6}}
            fscomps:
              data: {properties: {compression: LZ4, atime: false, quota: 10g}, protect: false}
            pots:
              web:
                base: "14.1"
                type: multi
                network: {type: private-bridge, bridge: backend, ip: auto}
                mounts:
                  - {fscomp: data, at: /data, readonly: true}
                  - {dir: /srv/static, at: /static}
                ports: ["80:30080", 443, {pot: 53, host: 5353, proto: udp}]
                resources: {cpus: 2, memory: 512m}
                attributes: {start-at-boot: on, persistent: false, stop_timeout: 004, sysvshm: new}
                env: {N: 1, B: true}
                state: stopped
                protect: true
            """);
    PotSpec web = spec.pots().get("web");
    assertEquals(PotType.MULTI, web.type());
    assertEquals(Optional.of("backend"), web.network().bridge());
    assertEquals(Optional.empty(), web.network().ip());
    assertEquals(
        List.of(
            new MountSpec(new MountSource.Fscomp("data"), "/data", true),
            new MountSpec(new MountSource.HostDir(Path.of("/srv/static")), "/static", false)),
        web.mounts());
    assertEquals(
        List.of("80:30080", "443", "udp:53:5353"),
        web.ports().stream().map(PortExport::toPotSyntax).toList());
    assertEquals(new PortExport(Protocol.UDP, 53, OptionalInt.of(5353)), web.ports().get(2));
    assertEquals("512M", web.resources().memory().orElseThrow().text());
    assertEquals(512L << 20, web.resources().memory().orElseThrow().bytes());
    assertEquals(
        Map.of("stop_timeout", "4", "persistent", "NO", "start-at-boot", "YES", "sysvshm", "new"),
        web.attributes());
    assertEquals(Map.of("B", "true", "N", "1"), web.env());
    assertEquals(DesiredState.STOPPED, web.state());
    assertTrue(web.protect());
    assertEquals(
        Map.of("atime", "off", "compression", "lz4", "quota", "10G"),
        spec.fscomps().get("data").properties());
    assertEquals(6, spec.bridges().get("backend").size());
  }

  @Test
  void locationOfPointsAtTheName() {
    Spec spec = load("version: 1\npots:\n  web: {base: \"14.1\"}\n");
    assertEquals(
        Optional.of(new SourceLocation(dir.resolve("p.yaml"), 3, 3)),
        spec.locationOf(ResourceAddress.pot("web")));
    assertEquals(Optional.empty(), spec.locationOf(ResourceAddress.pot("db")));
    assertEquals(List.of(ResourceAddress.base("14.1")), List.copyOf(spec.bases()));
  }

  @Test
  void digestDependsOnContentAndIsStable() {
    Spec a = load("version: 1\npots:\n  web: {base: \"14.1\"}\n");
    Spec again = new SpecLoader().load(dir, LoadOptions.defaults()).spec().orElseThrow();
    Spec b = load("version: 1\npots:\n  web: {base: \"14.2\"}\n");
    assertEquals(a.digest(), again.digest());
    assertNotEquals(a.digest(), b.digest());
    assertTrue(a.digest().matches("sha256:[0-9a-f]{64}"), a.digest());
  }
}
