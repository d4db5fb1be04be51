package org.potctl.state.pot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** pot's realpath inside a pot and where mount-in can make a mount point (create-base.sh:78-91). */
class PotLayoutTest {

  @Test
  void realPathFollowsTheLinksOfEachKindOfPot() {
    assertEquals("/opt/custom/var/db", PotLayout.realPath(true, "/var/db"));
    assertEquals("/opt/custom/var", PotLayout.realPath(true, "/var/"));
    assertEquals("/opt/custom/etc/x", PotLayout.realPath(true, "/etc/./x"));
    assertEquals("/opt/custom/root", PotLayout.realPath(true, "/root"));
    assertEquals("/opt/custom/usr.home/a", PotLayout.realPath(true, "/home/a"));
    assertEquals("/opt/custom/usr.home/a", PotLayout.realPath(true, "/usr/home/a"));
    assertEquals(
        "/opt/custom/usr.local.etc/nginx", PotLayout.realPath(true, "/usr/local/etc/nginx"));
    assertEquals("/usr/local/www", PotLayout.realPath(true, "/usr/local/www"));
    assertEquals("/variable", PotLayout.realPath(true, "/variable"), "a prefix is not a link");
    assertEquals("/data", PotLayout.realPath(true, "/var/../data"));
    assertEquals("/usr/home/a", PotLayout.realPath(false, "/home/a"));
    assertEquals("/var/db", PotLayout.realPath(false, "/var/db"), "single pots have no var link");
  }

  @Test
  void aMultiPotCannotMakeADirectoryInItsReadOnlyBase() {
    assertTrue(PotLayout.unmountable(true, 1, "/data").isPresent());
    assertTrue(PotLayout.unmountable(true, 1, "/mnt/x").isPresent());
    assertTrue(PotLayout.unmountable(true, 1, "/usr/share/x").isPresent());
    assertTrue(PotLayout.unmountable(true, 2, "/usr/local/x").isPresent(), "ro at level 2");
    assertEquals(
        "/data is not a directory of the base, and the base is mounted read-only in a level-1"
            + " multi pot, so pot mount-in cannot make it; mount under /opt/custom, /usr/local,"
            + " /etc, /root, /var or /home (the pot's own datasets), or at a directory every base"
            + " has, such as /mnt or /media",
        PotLayout.unmountable(true, 1, "/data").orElseThrow());
    assertTrue(
        PotLayout.unmountable(true, 1, "/var/../srv")
            .orElseThrow()
            .startsWith("/var/../srv (/srv in the pot) is not a directory of the base"));
    for (String fine :
        new String[] {
          "/mnt", "/tmp", "/usr/share", "/var/db/x", "/home/u", "/opt/custom/a", "/usr/local/x"
        }) {
      assertEquals(Optional.empty(), PotLayout.unmountable(true, 1, fine), fine);
    }
    assertEquals(Optional.empty(), PotLayout.unmountable(true, 2, "/etc/x"));
    assertEquals(Optional.empty(), PotLayout.unmountable(true, 0, "/data"), "a base pot");
    assertEquals(Optional.empty(), PotLayout.unmountable(false, 0, "/data"), "single");
  }
}
