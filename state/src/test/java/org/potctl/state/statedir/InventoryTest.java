package org.potctl.state.statedir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.StateException;

class InventoryTest {

  @TempDir Path dir;

  @Test
  void recordsOneOriginPerSpecIdBesideItsNamesAndKeepsItWhenTheNamesGo() throws Exception {
    Inventory inv = new Inventory(dir);
    assertEquals(Optional.empty(), inv.origin("prod"));
    inv.claim("prod", "/srv/specs/prod");
    inv.record("prod", Inventory.Kind.BRIDGE, "backend");
    assertEquals(Optional.of("/srv/specs/prod"), new Inventory(dir).origin("prod"));
    assertTrue(Files.readString(inv.file()).contains("\"origin\" : \"/srv/specs/prod\""));
    inv.remove("prod", Inventory.Kind.BRIDGE, "backend");
    assertEquals(Optional.of("/srv/specs/prod"), new Inventory(dir).origin("prod"));
    inv.claim("prod", "https://git.example/specs.git//prod");
    assertEquals(Optional.of("https://git.example/specs.git//prod"), inv.origin("prod"));
    assertEquals(Set.of("prod"), inv.snapshot().specIds());
    assertEquals(Optional.empty(), InventorySnapshot.EMPTY.origin("prod"), "EMPTY stays empty");
  }

  @Test
  void recordsListsAndRemovesPerSpecIdAndKind() {
    Inventory inv = new Inventory(dir);
    assertTrue(inv.list("prod", Inventory.Kind.BRIDGE).isEmpty());
    inv.record("prod", Inventory.Kind.BRIDGE, "backend");
    inv.record("prod", Inventory.Kind.BRIDGE, "backend");
    inv.record("prod", Inventory.Kind.FLAVOUR, "nginx");
    inv.record("staging", Inventory.Kind.BRIDGE, "front");

    Inventory reread = new Inventory(dir);
    assertEquals(Set.of("backend"), reread.list("prod", Inventory.Kind.BRIDGE));
    assertEquals(Set.of("nginx"), reread.list("prod", Inventory.Kind.FLAVOUR));
    assertEquals(Set.of("front"), reread.list("staging", Inventory.Kind.BRIDGE));
    assertEquals(Optional.of("staging"), reread.owner(Inventory.Kind.BRIDGE, "front"));
    assertEquals(Optional.empty(), reread.owner(Inventory.Kind.FLAVOUR, "front"));

    reread.remove("prod", Inventory.Kind.BRIDGE, "backend");
    reread.remove("prod", Inventory.Kind.BRIDGE, "never-there");
    reread.remove("nobody", Inventory.Kind.FLAVOUR, "x");
    assertTrue(inv.list("prod", Inventory.Kind.BRIDGE).isEmpty());
    assertEquals(Set.of("nginx"), inv.list("prod", Inventory.Kind.FLAVOUR));
    inv.remove("prod", Inventory.Kind.FLAVOUR, "nginx");
    assertEquals(Set.of("staging"), inv.read().keySet());
  }

  @Test
  void fileIsStableJsonAndReplacedWholeWithoutLeftovers() throws Exception {
    Inventory inv = new Inventory(dir);
    inv.record("prod", Inventory.Kind.FLAVOUR, "nginx");
    inv.record("prod", Inventory.Kind.BRIDGE, "backend");
    String json = Files.readString(dir.resolve("inventory.json"));
    assertEquals(
        "{\n"
            + "  \"format_version\" : 1,\n"
            + "  \"specs\" : {\n"
            + "    \"prod\" : {\n"
            + "      \"bridges\" : [ \"backend\" ],\n"
            + "      \"flavours\" : [ \"nginx\" ]\n"
            + "    }\n"
            + "  }\n"
            + "}\n",
        json);
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("inventory.json"), files.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void concurrentRecordsInOneJvmLoseNothing() throws Exception {
    Inventory inv = new Inventory(dir);
    List<Thread> threads =
        Stream.iterate(0, i -> i + 1)
            .limit(8)
            .map(
                i ->
                    Thread.ofPlatform()
                        .start(
                            () -> {
                              for (int k = 0; k < 10; k++) {
                                inv.record("prod", Inventory.Kind.FLAVOUR, "f" + i + "-" + k);
                              }
                            }))
            .toList();
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(80, new TreeSet<>(inv.list("prod", Inventory.Kind.FLAVOUR)).size());
  }

  @Test
  void aMalformedInventoryIsAnErrorNamingTheFile() throws Exception {
    Files.writeString(dir.resolve("inventory.json"), "{\"format_version\": 2}");
    StateException e =
        assertThrows(
            StateException.class, () -> new Inventory(dir).list("p", Inventory.Kind.BRIDGE));
    assertTrue(e.getMessage().contains("inventory.json"), e.getMessage());
  }
}
