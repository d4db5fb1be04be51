package org.potctl.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StructureRulesTest {

  @TempDir Path dir;

  private List<String> load(String content) {
    return new Fixture(dir).file("p.yaml", content).lines();
  }

  @Test
  void unknownKeyGetsDidYouMeanHint() {
    List<String> lines =
        load(
            """
            version: 1
            pots:
              web:
                base: "14.1"
                depends-on: [db]
            """);
    assertEquals(
        List.of(
            "p.yaml:5:5: error: pots.web.depends-on: unknown key \"depends-on\" (did you mean depends_on?)"),
        lines);
  }

  @Test
  void unknownTopLevelKeyWithoutCloseMatchHasNoHint() {
    assertEquals(
        List.of("p.yaml:2:1: error: services: unknown key \"services\""),
        load("version: 1\nservices: {}\n"));
  }

  @Test
  void duplicateKeyNamesBothPlaces() {
    List<String> lines =
        load("version: 1\npots:\n  web:\n    base: \"14.1\"\n    base: \"13.2\"\n");
    assertEquals(
        List.of(
            "p.yaml:5:5: error: pots.web.base: duplicate key \"base\" (first defined at "
                + dir.resolve("p.yaml")
                + ":4:5)"),
        lines);
  }

  @Test
  void missingVersionIsReported() {
    assertEquals(
        List.of("p.yaml:1:1: error: missing required key \"version\""), load("pots: {}\n"));
  }

  @Test
  void versionMustBeOne() {
    assertEquals(
        List.of("p.yaml:1:10: error: version: must be 1, got number 2"), load("version: 2\n"));
  }

  @Test
  void unquotedReleaseGetsQuoteHint() {
    assertEquals(
        List.of(
            "p.yaml:4:11: error: pots.web.base: expected a string, got number 14.1 (quote it: \"14.1\")"),
        load("version: 1\npots:\n  web:\n    base: 14.1\n"));
  }

  @Test
  void missingBaseIsReportedAtThePot() {
    assertEquals(
        List.of("p.yaml:3:3: error: pots.web: a pot needs one of base, image or template"),
        load("version: 1\npots:\n  web:\n    type: single\n"));
  }

  @Test
  void enumerationTakesOnlyListedValues() {
    assertEquals(
        List.of(
            "p.yaml:5:12: error: pots.web.state: must be one of running, stopped, got \"paused\""),
        load("version: 1\npots:\n  web:\n    base: \"14.1\"\n    state: paused\n"));
  }

  @Test
  void yamlBooleanWordsGetAHint() {
    assertEquals(
        List.of(
            "p.yaml:4:14: error: fscomps.data.protect: expected a boolean, got \"yes\" (YAML 1.2 booleans are true and false)"),
        load("version: 1\nfscomps:\n  data:\n    protect: yes\n"));
  }

  @Test
  void syntaxErrorIsLocated() {
    assertEquals(
        List.of(
            "p.yaml:3:1: error: YAML syntax error: expected the node content, but found '<stream end>' (while parsing a flow node)"),
        load("version: 1\npots: [\n"));
  }

  @Test
  void emptyFileIsAnError() {
    assertEquals(
        List.of("p.yaml:1:1: error: the file is empty; a Potfile needs at least 'version: 1'"),
        load(""));
  }

  @Test
  void secondDocumentIsAnError() {
    assertEquals(
        List.of(
            "p.yaml:2:1: error: a Potfile holds one YAML document; split the others into their own files"),
        load("version: 1\n---\nversion: 1\n"));
  }

  @Test
  void wrongTypeOfSectionIsReported() {
    assertEquals(
        List.of("p.yaml:2:7: error: pots: expected a mapping, got a list"),
        load("version: 1\npots: [web]\n"));
  }
}
