package org.potctl.state.zfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SizesTest {

  @Test
  void exactAndHumanSizes() {
    assertEquals(0L, Sizes.parseBytes("0"));
    assertEquals(98304L, Sizes.parseBytes("98304"));
    assertEquals(512L, Sizes.parseBytes("512B"));
    assertEquals(536L * 1024, Sizes.parseBytes("536K"));
    assertEquals(1572864L, Sizes.parseBytes("1.5M"));
    assertEquals(10L * 1024 * 1024 * 1024, Sizes.parseBytes("10G"));
    assertEquals(1099511627776L, Sizes.parseBytes("1T"));
  }

  @Test
  void rejectsWhatIsNotASize() {
    assertThrows(IllegalArgumentException.class, () -> Sizes.parseBytes("-"));
    assertThrows(IllegalArgumentException.class, () -> Sizes.parseBytes("1.5Q"));
    assertThrows(IllegalArgumentException.class, () -> Sizes.parseBytes("99999999E"));
  }
}
