package org.potctl.state.pf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.potctl.state.files.ParseException;
import org.potctl.state.model.Protocol;
import org.potctl.state.model.Redirect;

class RdrAnchorsTest {

  private static final String LONG =
      "a-very-long-pot-name-that-pot-cuts-to-its-last-fifty-five-characters";

  @Test
  void readsTcpAndUdpRulesOfEveryAnchor() {
    String out =
        """
        nat-anchor "web" all {
          rdr pass on em0 inet proto tcp from any to (em0) port = 30080 -> 10.192.0.3 port 80
          rdr pass on wlan0 inet proto udp from any to (wlan0) port 53 -> 10.192.0.4 port 53
        }
        nat-anchor "db" all {
          rdr pass on em0 inet proto tcp from any to 192.168.1.10 port = 5432 -> 10.192.0.18 port 5432
        }
        """;
    assertEquals(
        List.of(
            new Redirect("web", "em0", Protocol.TCP, "(em0)", 30080, "10.192.0.3", 80),
            new Redirect("web", "wlan0", Protocol.UDP, "(wlan0)", 53, "10.192.0.4", 53),
            new Redirect("db", "em0", Protocol.TCP, "192.168.1.10", 5432, "10.192.0.18", 5432)),
        RdrAnchors.parse("pfctl", out));
  }

  @Test
  void anchorPathsAreReducedToTheSubAnchorName() {
    String out =
        "rdr-anchor \"pot-rdr/web\" all {\n"
            + "  rdr pass on em0 inet proto tcp from any to (em0) port = 1024 -> 10.192.0.3 port 80\n"
            + "}\n";
    assertEquals("web", RdrAnchors.parse("pfctl", out).get(0).anchor());
  }

  @Test
  void truncatedAnchorNamesMapBackToTheirPot() {
    String anchor = Redirect.anchorFor(LONG);
    assertEquals(55, anchor.length());
    assertEquals(LONG.substring(LONG.length() - 55), anchor);
    assertEquals("abc", Redirect.anchorFor("abc"));
    String underscored = "x".repeat(10) + "__" + "y".repeat(53);
    assertEquals("y".repeat(53), Redirect.anchorFor(underscored));
    String out =
        "nat-anchor \""
            + anchor
            + "\" all {\n  rdr pass on em0 inet proto tcp from any to (em0) port = 1 -> 10.1.1.1 port 2\n}\n";
    assertEquals(anchor, RdrAnchors.parse("pfctl", out).get(0).anchor());
  }

  @Test
  void emptyListingHasNoRedirects() {
    assertEquals(List.of(), RdrAnchors.parse("pfctl", ""));
    assertEquals(List.of(), RdrAnchors.parse("pfctl", "nat-anchor \"web\" all {\n}\n"));
  }

  @Test
  void unknownRuleNamesTheLine() {
    String out = "nat-anchor \"web\" all {\n  nat on em0 from any to any -> (em0)\n}\n";
    ParseException e = assertThrows(ParseException.class, () -> RdrAnchors.parse("pfctl -a", out));
    assertEquals(
        "pfctl -a:2: not a pot redirect rule: 'nat on em0 from any to any -> (em0)'",
        e.getMessage());
    assertThrows(
        ParseException.class,
        () ->
            RdrAnchors.parse(
                "pfctl",
                "rdr pass on em0 inet proto tcp from any to (em0) port = 1 -> 1.1.1.1 port 2\n"));
  }
}
