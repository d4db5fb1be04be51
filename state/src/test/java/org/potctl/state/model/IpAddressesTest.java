package org.potctl.state.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressesTest {

  @ParameterizedTest
  @CsvSource({
    "192.0.2.10, 192.0.2.10",
    "010.001.0.9, 10.1.0.9",
    "::1, 0:0:0:0:0:0:0:1",
    "::, 0:0:0:0:0:0:0:0",
    "2001:DB8::20, 2001:db8:0:0:0:0:0:20",
    "2001:db8:0:0:0::0020, 2001:db8:0:0:0:0:0:20",
    "fe80::1, fe80:0:0:0:0:0:0:1",
    "1:2:3:4:5:6:7:8, 1:2:3:4:5:6:7:8",
    "::ffff:192.0.2.1, 0:0:0:0:0:ffff:c000:201",
    "1:2:3:4:5:6:192.0.2.1, 1:2:3:4:5:6:c000:201",
    "2001:db8::, 2001:db8:0:0:0:0:0:0"
  })
  void canonical(String ip, String expected) {
    assertEquals(Optional.of(expected), IpAddresses.canonical(ip));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1.2.3",
        "256.1.1.1",
        "1.2.3.4.5",
        "a.b.c.d",
        "1::2::3",
        "1:::2",
        "12345::1",
        "1:2:3:4:5:6:7",
        "1:2:3:4:5:6:7:8:9",
        "1:2:3:4:5:6:7::8",
        "g::1",
        "::1.2.3",
        "em0"
      })
  void notAnAddress(String ip) {
    assertEquals(Optional.empty(), IpAddresses.canonical(ip));
  }
}
