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
            "p.yaml:10:15: error: pots.b.mounts[0].dir: host directory /srv/x/sub lies inside"
                + " /srv/x, which pots.a.mounts[0] mounts read-write ("
                + dir.resolve("p.yaml")
                + ":6:15): that jail could replace a directory on the way with a symbolic link, and pot mounts what it"
                + " points to at each start"),
        f.lines());
  }
}
