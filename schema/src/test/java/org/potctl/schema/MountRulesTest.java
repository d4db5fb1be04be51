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
}
