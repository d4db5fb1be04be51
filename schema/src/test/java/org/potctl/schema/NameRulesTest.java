package org.potctl.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameRulesTest {

  @TempDir Path dir;

  @Test
  void optionShapedPotNameIsRejected() {
    List<String> lines =
        new Fixture(dir)
            .file("p.yaml", "version: 1\npots:\n  \"-rf\":\n    base: \"14.1\"\n")
            .lines();
    assertEquals(
        List.of(
            "p.yaml:3:3: error: pots.-rf: invalid pot name \"-rf\": must start with a letter and hold at most 55 letters, digits, '_' or '-'"),
        lines);
  }

  @Test
  void shellMetacharactersAndControlCharactersInNamesAreRejectedAndEscaped() {
    List<String> lines =
        new Fixture(dir)
            .file(
                "p.yaml", "version: 1\nfscomps:\n  \"a;rm\\x01\": {}\nbridges:\n  b.c: {size: 2}\n")
            .lines();
    assertEquals(
        List.of(
            "p.yaml:3:3: error: control character U+0001 is not allowed in a value",
            "p.yaml:3:3: error: fscomps[\"a;rm\\u0001\"]: invalid fscomp name \"a;rm\\u0001\": must start with a letter and hold at most 55 letters, digits, '_' or '-'",
            "p.yaml:5:3: error: bridges[\"b.c\"]: invalid bridge name \"b.c\": must start with a letter and hold at most 55 letters, digits, '_' or '-'"),
        lines);
  }

  @Test
  void aPotNamedLikeTheBasePotOfAReleaseIsRejectedOtherKindsAndNearNamesAreNot() {
    List<String> lines =
        new Fixture(dir)
            .file(
                "p.yaml",
                "version: 1\npots:\n  base-14_1: {base: \"13.2\"}\n  base-14_0-RC1: {base: \"14.1\"}\n"
                    + "  base-14_1-web: {base: \"14.1\"}\n  base-web: {base: \"14.1\"}\n"
                    + "fscomps:\n  base-14_1: {}\n")
            .lines();
    assertEquals(
        List.of(
            "p.yaml:3:3: error: pots.base-14_1: pot name \"base-14_1\" is the name pot gives the"
                + " base pot of release 14.1 (pot create-base keeps a pot of that name and layers"
                + " multi pots on it); name the pot otherwise",
            "p.yaml:4:3: error: pots.base-14_0-RC1: pot name \"base-14_0-RC1\" is the name pot"
                + " gives the base pot of release 14.0-RC1 (pot create-base keeps a pot of that"
                + " name and layers multi pots on it); name the pot otherwise"),
        lines);
  }

  @Test
  void overlongNameIsRejected() {
    String name = "a".repeat(56);
    List<String> lines =
        new Fixture(dir).file("p.yaml", "version: 1\nflavours:\n  " + name + ": {}\n").lines();
    assertEquals(1, lines.size());
    assertEquals(
        "p.yaml:3:3: error: flavours."
            + name
            + ": invalid flavour name \""
            + name
            + "\": must start with a letter and hold at most 55 letters, digits, '_' or '-'",
        lines.getFirst());
  }

  @Test
  void nameDefinedTwiceAcrossFilesNamesBothPlaces() {
    Fixture f =
        new Fixture(dir)
            .file("a.yaml", "version: 1\npots:\n  web:\n    base: \"14.1\"\n")
            .file("b.yaml", "version: 1\n\npots:\n  web:\n    base: \"14.1\"\n");
    LoadResult result = f.load();
    assertEquals(
        List.of(
            "b.yaml:4:3: error: pots.web: pot web is already defined at "
                + dir.resolve("a.yaml")
                + ":3:3"),
        f.lines(result));
    assertEquals(
        "a.yaml",
        dir.relativize(result.diagnostics().all().getFirst().related().orElseThrow().file())
            .toString());
  }

  @Test
  void sameNameInDifferentKindsIsFine() {
    Fixture f =
        new Fixture(dir)
            .file(
                "p.yaml",
                "version: 1\nfscomps:\n  web: {}\npots:\n  web:\n    base: \"14.1\"\n    mounts: [{fscomp: web, at: /data}]\n");
    assertEquals(List.of(), f.lines());
  }
}
