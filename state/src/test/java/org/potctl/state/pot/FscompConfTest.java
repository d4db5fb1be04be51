package org.potctl.state.pot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.potctl.state.files.ParseException;
import org.potctl.state.model.Mount;
import org.potctl.state.model.MountOption;

class FscompConfTest {

  private static final String FILE = "/opt/pot/jails/web/conf/fscomp.conf";

  private static List<Mount> parse(String text) {
    return FscompConf.parse(FILE, text, "/opt/pot", "web");
  }

  @Test
  void readsTheLinesCreateWritesForALevelOnePot() {
    List<Mount> mounts =
        parse(
            """
            zroot/pot/bases/13.2 / ro
            zroot/pot/jails/web/usr.local /usr/local zfs-remount
            zroot/pot/jails/web/custom /opt/custom zfs-remount
            """);
    assertEquals(
        List.of(
            new Mount("zroot/pot/bases/13.2", "/", MountOption.READ_ONLY, false),
            new Mount(
                "zroot/pot/jails/web/usr.local", "/usr/local", MountOption.ZFS_REMOUNT, false),
            new Mount("zroot/pot/jails/web/custom", "/opt/custom", MountOption.ZFS_REMOUNT, false)),
        mounts);
  }

  @Test
  void legacyLinesFromMountInAreConvertedToPathsInsideThePot() {
    List<Mount> mounts =
        parse(
            """
            zroot/pot/fscomp/web-data /opt/pot/jails/web/m/usr/local/www ro
            zroot/pot/fscomp/logs /opt/pot/jails/web/m/var/log
            /srv/static /static
            """);
    assertEquals(
        new Mount("zroot/pot/fscomp/web-data", "/usr/local/www", MountOption.READ_ONLY, true),
        mounts.get(0));
    assertEquals(
        new Mount("zroot/pot/fscomp/logs", "/var/log", MountOption.READ_WRITE, true),
        mounts.get(1));
    Mount dir = mounts.get(2);
    assertEquals(new Mount("/srv/static", "/static", MountOption.READ_WRITE, false), dir);
    assertTrue(dir.isHostDirectory());
    assertFalse(mounts.get(0).isHostDirectory());
  }

  @Test
  void legacyRootOfThePotBecomesSlash() {
    assertEquals("/", parse("zroot/pot/bases/13.2 /opt/pot/jails/web/m ro\n").get(0).target());
  }

  @Test
  void anotherPotsLegacyPathIsNotMistakenForThisPots() {
    ParseException e =
        assertThrows(ParseException.class, () -> parse("ds opt/pot/jails/other/m/x\n"));
    assertEquals(
        FILE + ":1: mountpoint is not absolute: 'opt/pot/jails/other/m/x'", e.getMessage());
    assertFalse(parse("ds /opt/pot/jails/webx/m/x\n").get(0).legacy());
  }

  @Test
  void emptyFileOfASinglePotHasNoMounts() {
    assertEquals(List.of(), parse(""));
  }

  @Test
  void malformedLinesNameFileAndLine() {
    ParseException one = assertThrows(ParseException.class, () -> parse("a /a\nlonely\n"));
    assertEquals(2, one.line());
    ParseException option = assertThrows(ParseException.class, () -> parse("a /a rw\n"));
    assertEquals(FILE + ":1: unknown mount option 'rw'", option.getMessage());
    assertThrows(ParseException.class, () -> parse("a /a ro extra\n"));
  }

  @Test
  void currentFormatLineIsWhatToLineWrites() {
    Mount m = new Mount("zroot/pot/fscomp/d", "/data", MountOption.READ_ONLY, true);
    assertEquals("zroot/pot/fscomp/d /data ro", m.toLine());
  }
}
