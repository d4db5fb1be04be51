package org.potctl.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MountRulesTest {

  @TempDir Path dir;

  private Fixture mounts(String mounts) {
    return new Fixture(dir)
        .file(
            "p.yaml",
            "version: 1\nfscomps: {data: {}}\npots:\n  web:\n    base: \"14.1\"\n    mounts:\n"
                + mounts);
  }

  @Test
  void mountNeedsExactlyOneSource() {
    assertEquals(
        List.of(
            "p.yaml:7:9: error: pots.web.mounts[0]: a mount needs exactly one of fscomp or dir"),
        mounts("      - {at: /data}\n").lines());
  }

  @Test
  void targetMustBeAbsolute() {
    assertEquals(
        List.of(
            "p.yaml:7:28: error: pots.web.mounts[0].at: mount target must be an absolute path, got \"data\""),
        mounts("      - {fscomp: data, at: data}\n").lines());
  }

  @Test
  void targetMustBeNormalised() {
    assertEquals(
        List.of(
            "p.yaml:7:28: error: pots.web.mounts[0].at: mount target must not contain '.' or '..' segments, got \"/var/../etc\"",
            "p.yaml:8:28: error: pots.web.mounts[1].at: mount target must be normalised (no '//' and no trailing '/'), got \"/var//db/\""),
        mounts("      - {fscomp: data, at: /var/../etc}\n      - {fscomp: data, at: /var//db/}\n")
            .lines());
  }

  @Test
  void targetMustStayOutOfTheKernelTrees() {
    assertEquals(
        List.of(
            "p.yaml:7:28: error: pots.web.mounts[0].at: mount target must not be /dev or below it (the jail's devfs, managed by the kernel), got \"/dev\"",
            "p.yaml:8:28: error: pots.web.mounts[1].at: mount target must not be /dev or below it (the jail's devfs, managed by the kernel), got \"/dev/pf\"",
            "p.yaml:9:27: error: pots.web.mounts[2].at: mount target must not be /proc or below it (the jail's procfs, managed by the kernel), got \"/proc/1\"",
            "p.yaml:10:28: error: pots.web.mounts[3].at: mount target must not be /, got \"/\""),
        mounts(
                "      - {fscomp: data, at: /dev}\n"
                    + "      - {fscomp: data, at: /dev/pf}\n"
                    + "      - {dir: /srv/x, at: /proc/1}\n"
                    + "      - {fscomp: data, at: /}\n")
            .lines());
  }

  @Test
  void targetsBesideTheKernelTreesHold() {
    assertEquals(
        List.of(),
        mounts(
                "      - {fscomp: data, at: /devel}\n"
                    + "      - {fscomp: data, at: /procs}\n"
                    + "      - {fscomp: data, at: /usr/dev}\n")
            .lines());
  }

  @Test
  void targetWithShellMetacharactersIsRejected() {
    assertEquals(
        List.of(
            "p.yaml:7:28: error: pots.web.mounts[0].at: mount target may only contain letters, digits and . _ - + @ , = between slashes, got \"/data;reboot\""),
        mounts("      - {fscomp: data, at: \"/data;reboot\"}\n").lines());
  }

  @Test
  void targetIsUniquePerPot() {
    assertEquals(
        List.of(
            "p.yaml:8:27: error: pots.web.mounts[1].at: mount target /data is already used by pots.web.mounts[0] ("
                + dir.resolve("p.yaml")
                + ":7:28)"),
        mounts("      - {fscomp: data, at: /data}\n      - {dir: /srv/x, at: /data}\n").lines());
  }

  @Test
  void hostDirMustNotEscapeWithDotDot() {
    assertEquals(
        List.of(
            "p.yaml:7:15: error: pots.web.mounts[0].dir: host directory must not contain '.' or '..' segments, got \"/srv/../etc\""),
        mounts("      - {dir: /srv/../etc, at: /etc2}\n").lines());
  }

  @Test
  void hostDirMustLieUnderAnAllowedRoot() {
    assertEquals(
        List.of(
            "p.yaml:7:15: error: pots.web.mounts[0].dir: host directory /data/www is not under an allowed root (/srv); add one with --allow-host-dir"),
        mounts("      - {dir: /data/www, at: /www}\n").lines());
  }

  @Test
  void extraAllowedRootAcceptsHostDir() {
    Fixture f = mounts("      - {dir: /data/www, at: /www}\n");
    LoadResult result =
        new SpecLoader().load(f.dir(), LoadOptions.withExtraHostDirs(List.of(Path.of("/data"))));
    assertEquals(List.of(), f.lines(result));
  }

  @Test
  void prefixOfAnAllowedRootIsNotUnderIt() {
    assertEquals(
        List.of(
            "p.yaml:7:15: error: pots.web.mounts[0].dir: host directory /srvx/a is not under an allowed root (/srv); add one with --allow-host-dir"),
        mounts("      - {dir: /srvx/a, at: /www}\n").lines());
  }

  /**
   * pot mounts a {@code dir} source with {@code mount_nullfs SRC} at every start, and the kernel
   * follows symbolic links in {@code SRC}. Inside a directory a jail mounts read-write, the jail
   * can replace a directory with a link to {@code /}: a second mount of a directory below it would
   * then mount the host's root at the next start, whatever plan checked before.
   */
  @Test
  void aHostDirectoryInsideAReadWriteMountedOneIsRefused() {
    Fixture f =
        new Fixture(dir)
            .file(
                "p.yaml",
                "version: 1\npots:\n  a:\n    base: \"14.1\"\n    mounts:\n"
                    + "      - {dir: /srv/x, at: /data}\n"
                    + "  b:\n    base: \"14.1\"\n    mounts:\n"
                    + "      - {dir: /srv/x/sub, at: /sub, readonly: true}\n"
                    + "      - {dir: /srv/x, at: /x}\n"
                    + "      - {dir: /srv/xy, at: /xy}\n"
                    + "      - {dir: /srv/ro, at: /ro, readonly: true}\n"
                    + "      - {dir: /srv/ro/in, at: /in}\n");
    assertEquals(
        List.of(
            "p.yaml:10:15: error: pots.b.mounts[0].dir: host path /srv/x/sub lies inside"
                + " /srv/x, which pots.a.mounts[0] mounts read-write ("
                + dir.resolve("p.yaml")
                + ":6:15): that jail could replace a directory on the way with a symbolic link, and pot mounts what it"
                + " points to at each start"),
        f.lines());
  }

  /**
   * Flavour lines reach host paths the same way: {@code mount-in -d} is a mount, and {@code copy-in
   * -s} mounts its source's directory with {@code mount_nullfs} too (copy-in.sh:45-57).
   */
  @Test
  void flavourHostPathsInsideAReadWriteMountAreRefused() {
    Fixture f =
        new Fixture(dir)
            .file(
                "p.yaml",
                "version: 1\nflavours:\n  f:\n    commands:\n"
                    + "      - mount-in -d /srv/w -m /w\n"
                    + "      - copy-in -s /srv/x/sub/master.passwd -d /p\n"
                    + "      - mount-in -d /srv/w/in -m /in -r\n"
                    + "      - copy-in -s /srv/ro/file -d /f\n"
                    + "pots:\n  a:\n    base: \"14.1\"\n    flavours: [f]\n    mounts:\n"
                    + "      - {dir: /srv/x, at: /data}\n"
                    + "      - {dir: /srv/ro, at: /ro, readonly: true}\n");
    assertEquals(
        List.of(
            "p.yaml:6:9: error: flavours.f.commands[1]: host path /srv/x/sub/master.passwd lies"
                + " inside /srv/x, which pots.a.mounts[0] mounts read-write ("
                + dir.resolve("p.yaml")
                + ":14:15): that jail could replace a directory on the way with a symbolic link,"
                + " and pot mounts what it points to at each start",
            "p.yaml:7:9: error: flavours.f.commands[2]: host path /srv/w/in lies inside"
                + " /srv/w, which flavours.f.commands[0] mounts read-write ("
                + dir.resolve("p.yaml")
                + ":5:9): that jail could replace a directory on the way with a symbolic link, and"
                + " pot mounts what it points to at each start"),
        f.lines());
  }
}
