package org.potctl.state.pot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.potctl.state.files.ParseException;

class PotSettingsFileTest {

  /** An excerpt of pot's own etc/pot/pot.default.conf. */
  private static final String DEFAULTS =
      """
      # pot configuration file - default values

      # All datasets related to pot use the some zfs dataset as parent
      POT_ZFS_ROOT=zroot/pot
      POT_FS_ROOT=/opt/pot
      POT_NETWORK=10.192.0.0/10
      POT_NETMASK=255.192.0.0
      POT_GATEWAY=10.192.0.1
      POT_EXTIF=em0
      POT_EXTRA_EXTIF=
      POT_DNS_IP=10.192.0.2
      """;

  @Test
  void userFileOverridesTheDefaults() {
    Map<String, String> settings = new TreeMap<>();
    PotSettingsFile.parseInto("pot.default.conf", DEFAULTS, settings);
    PotSettingsFile.parseInto(
        "pot.conf",
        "POT_EXTIF=\"vtnet0\"\nPOT_DNS_NAME='my dns'\nPOT_GATEWAY=10.0.0.1 # lab\n",
        settings);
    assertEquals("vtnet0", settings.get("POT_EXTIF"));
    assertEquals("my dns", settings.get("POT_DNS_NAME"));
    assertEquals("10.0.0.1", settings.get("POT_GATEWAY"));
    assertEquals("10.192.0.0/10", settings.get("POT_NETWORK"));
    assertEquals("", settings.get("POT_EXTRA_EXTIF"));
  }

  @Test
  void anythingButAnAssignmentNamesFileAndLine() {
    ParseException e =
        assertThrows(
            ParseException.class,
            () ->
                PotSettingsFile.parseInto(
                    "/usr/local/etc/pot/pot.conf", "POT_EXTIF=em0\nexport X\n", new TreeMap<>()));
    assertEquals("/usr/local/etc/pot/pot.conf:2: expected NAME=value: 'export X'", e.getMessage());
  }
}
