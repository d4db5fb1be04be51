package org.potctl.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.address.ResourceKind;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.schema.diag.SourceLocation;
import org.potctl.schema.model.FscompSpec;
import org.potctl.schema.model.NetworkSpec;
import org.potctl.schema.model.NetworkType;
import org.potctl.schema.model.PortExport;
import org.potctl.schema.model.Protocol;
import org.potctl.schema.model.Size;

class ModelTest {

  @Test
  void addressesPrintAndParseCanonically() {
    assertEquals("pot.web", ResourceAddress.pot("web").toString());
    assertEquals("fscomp.web-data", ResourceAddress.fscomp("web-data").toString());
    assertEquals("base.14.1", ResourceAddress.base("14.1").toString());
    assertEquals(ResourceAddress.base("14.1"), ResourceAddress.parse("base.14.1"));
    assertEquals(
        new ResourceAddress(ResourceKind.FLAVOUR, "x"), ResourceAddress.parse("flavour.x"));
    assertThrows(IllegalArgumentException.class, () -> ResourceAddress.parse("jail.web"));
    assertThrows(IllegalArgumentException.class, () -> ResourceAddress.parse("pot."));
  }

  @Test
  void addressesSortByKindThenName() {
    List<ResourceAddress> list =
        new ArrayList<>(
            List.of(
                ResourceAddress.base("13.2"),
                ResourceAddress.fscomp("a"),
                ResourceAddress.pot("b"),
                ResourceAddress.pot("a")));
    list.sort(null);
    assertEquals("[pot.a, pot.b, fscomp.a, base.13.2]", list.toString());
  }

  @Test
  void sizesParseLikePotAndPrintCanonically() {
    assertEquals(Optional.of(new Size(512L << 20, "512M")), Size.parse("512m"));
    assertEquals(4096L, Size.parse("4096").orElseThrow().bytes());
    assertEquals(Optional.empty(), Size.parse("1.5G"));
    assertEquals(Optional.empty(), Size.parse("00M"));
    assertEquals(Optional.empty(), Size.parse("0"));
    assertEquals(Optional.empty(), Size.parse("200Megabyte"));
    assertEquals(Optional.empty(), Size.parse("999999999999999T"));
    assertThrows(IllegalArgumentException.class, () -> new Size(1, "2K"));
  }

  @Test
  void portExportUsesPotsSyntax() {
    assertEquals("80:30080", new PortExport(Protocol.TCP, 80, OptionalInt.of(30080)).toPotSyntax());
    assertEquals("udp:53", new PortExport(Protocol.UDP, 53, OptionalInt.empty()).toPotSyntax());
    assertThrows(
        IllegalArgumentException.class, () -> new PortExport(Protocol.TCP, 0, OptionalInt.empty()));
  }

  @Test
  void recordsAreDeeplyImmutableAndChecked() {
    Map<String, String> props = new java.util.HashMap<>(Map.of("atime", "off"));
    FscompSpec f = new FscompSpec("data", props, true);
    props.put("exec", "on");
    assertEquals(Map.of("atime", "off"), f.properties());
    assertThrows(UnsupportedOperationException.class, () -> f.properties().put("x", "y"));
    assertThrows(IllegalArgumentException.class, () -> new FscompSpec("-rf", Map.of(), true));
    assertThrows(
        IllegalArgumentException.class,
        () -> new NetworkSpec(NetworkType.PRIVATE_BRIDGE, Optional.empty(), Optional.empty()));
  }

  @Test
  void diagnosticsAreSortedByFileLineAndColumn() {
    SourceLocation b1 = new SourceLocation(Path.of("b.yaml"), 1, 1);
    SourceLocation a9 = new SourceLocation(Path.of("a.yaml"), 9, 2);
    SourceLocation a10 = new SourceLocation(Path.of("a.yaml"), 10, 1);
    Diagnostics d =
        Diagnostics.builder()
            .add(Diagnostic.error("x", "3", b1))
            .add(Diagnostic.error("x", "2", a10))
            .add(Diagnostic.warning("x", "1", a9))
            .build();
    assertEquals(List.of("1", "2", "3"), d.stream().map(Diagnostic::message).toList());
    assertTrue(d.hasErrors());
    assertEquals(1, d.warnings().size());
  }
}
