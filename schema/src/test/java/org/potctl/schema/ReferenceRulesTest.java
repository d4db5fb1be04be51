package org.potctl.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceRulesTest {

  @TempDir Path dir;

  private List<String> load(String pots) {
    return new Fixture(dir)
        .file(
            "p.yaml",
            "version: 1\nfscomps:\n  data: {}\nbridges:\n  backend: {size: 4}\npots:\n" + pots)
        .lines();
  }

  @Test
  void dependsOnUnknownPotGetsHint() {
    assertEquals(
        List.of(
            "p.yaml:9:18: error: pots.web.depends_on[0]: unknown pot \"wbe\" (did you mean web?)"),
        load("  web:\n    base: \"14.1\"\n    depends_on: [wbe]\n"));
  }

  @Test
  void mountOfUnknownFscompIsReported() {
    assertEquals(
        List.of(
            "p.yaml:9:23: error: pots.web.mounts[0].fscomp: unknown fscomp \"dta\" (did you mean data?)"),
        load("  web:\n    base: \"14.1\"\n    mounts: [{fscomp: dta, at: /d}]\n"));
  }

  @Test
  void unknownBridgeIsReported() {
    assertEquals(
        List.of("p.yaml:9:45: error: pots.web.network.bridge: unknown bridge \"front\""),
        load("  web:\n    base: \"14.1\"\n    network: {type: private-bridge, bridge: front}\n"));
  }

  @Test
  void potCannotDependOnItself() {
    assertEquals(
        List.of("p.yaml:9:18: error: pots.web.depends_on[0]: a pot cannot depend on itself"),
        load("  web:\n    base: \"14.1\"\n    depends_on: [web]\n"));
  }

  @Test
  void dependencyListedTwiceIsReported() {
    assertEquals(
        List.of("p.yaml:11:22: error: pots.web.depends_on[1]: pot \"db\" is listed twice"),
        load("  db:\n    base: \"14.1\"\n  web:\n    base: \"14.1\"\n    depends_on: [db, db]\n"));
  }

  @Test
  void hostFlavoursAreAllowedButMustBeValidNames() {
    assertEquals(
        List.of(
            "p.yaml:9:22: error: pots.web.flavours[1]: invalid flavour name \"../x\": must start with a letter and hold at most 55 letters, digits, '_' or '-'"),
        load("  web:\n    base: \"14.1\"\n    flavours: [slim, ../x]\n"));
  }

  @Test
  void unresolvedReferencesAreNotReportedWhileAnotherFileIsBroken() {
    Fixture f =
        new Fixture(dir)
            .file("a.yaml", "version: 1\npots:\n  web:\n    base: \"14.1\"\n    depends_on: [db]\n")
            .file("b.yaml", "version: 1\npots: [\n");
    assertEquals(
        List.of(
            "b.yaml:3:1: error: YAML syntax error: expected the node content, but found '<stream end>' (while parsing a flow node)"),
        f.lines());
  }
}
