package org.potctl.state.pot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PotArgumentsTest {

  @ParameterizedTest
  @ValueSource(strings = {"web", "a", "Web_2-x"})
  void acceptsSafeNames(String name) {
    assertEquals(name, PotArguments.name("pot", name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1web", "-web", "my.pot", "a b", "ä", "web/x"})
  void rejectsUnsafeNames(String name) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PotArguments.name("pot", name));
    assertEquals(true, e.getMessage().contains("invalid pot name"));
  }

  @Test
  void namesAreAtMostFiftyFiveCharacters() {
    assertEquals(55, PotArguments.name("pot", "a".repeat(55)).length());
    assertThrows(IllegalArgumentException.class, () -> PotArguments.name("pot", "a".repeat(56)));
  }

  @Test
  void releasesAddressesAndDatasets() {
    assertEquals("14.1", PotArguments.release("14.1"));
    assertEquals("14.0-RC1", PotArguments.release("14.0-RC1"));
    assertThrows(IllegalArgumentException.class, () -> PotArguments.release("14"));
    assertEquals("10.192.0.3", PotArguments.ipv4("10.192.0.3"));
    assertThrows(IllegalArgumentException.class, () -> PotArguments.ipv4("10.192.0"));
    assertThrows(IllegalArgumentException.class, () -> PotArguments.ipv4("10.192.0.01"));
    assertThrows(IllegalArgumentException.class, () -> PotArguments.ipv4("auto"));
    assertEquals("zroot/pot/fscomp/d", PotArguments.dataset("zroot/pot/fscomp/d"));
    assertThrows(IllegalArgumentException.class, () -> PotArguments.dataset("zroot/pot@snap"));
    assertThrows(IllegalArgumentException.class, () -> PotArguments.dataset("zroot//pot"));
    assertThrows(IllegalArgumentException.class, () -> PotArguments.dataset("-o"));
    assertThrows(IllegalArgumentException.class, () -> PotArguments.port(0));
    assertThrows(IllegalArgumentException.class, () -> PotArguments.port(65536));
    assertThrows(IllegalArgumentException.class, () -> PotArguments.id("spec id", "has space"));
  }

  @Test
  void anInvalidIdIsShownWithItsLineBreaksEscaped() {
    // a spec id defaults to the spec directory's name, which may hold a line feed
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PotArguments.id("spec id", "x\npotctl: apply complete\u001b[2K"));
    assertEquals(
        "invalid spec id 'x\\u000apotctl: apply complete\\u001b[2K': letters, digits and . _ @ +"
            + " : - only",
        e.getMessage());
  }
}
