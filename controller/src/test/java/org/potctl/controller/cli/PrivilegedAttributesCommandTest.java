package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;

/**
 * Attribute values that weaken a jail are the operator's decision: refused (located, exit 1, no
 * plan) unless {@code --allow-privileged-attributes} is on the command line, for validate and plan
 * alike, in pot attributes and in flavour lines.
 */
class PrivilegedAttributesCommandTest {

  @TempDir Path dir;

  private static Run run(String... args) {
    return Potctl.bare(args);
  }

  private Path spec() throws IOException {
    Path spec = Files.createDirectories(dir.resolve("spec"));
    Files.writeString(
        spec.resolve("p.yaml"),
        "version: 1\n"
            + "flavours:\n  dev:\n    commands: [set-attribute -A children -V 3]\n"
            + "pots:\n  web:\n    base: \"14.1\"\n    attributes: {devfs_ruleset: 0}\n");
    return spec;
  }

  @Test
  void validateRefusesPrivilegedValuesWithoutTheOperatorsOptIn() throws IOException {
    Run r = run("validate", spec().toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("p.yaml:8:33: error: pots.web.attributes.devfs_ruleset:"), r.err());
    assertTrue(r.err().contains("p.yaml:4:16: error: flavours.dev.commands[0]:"), r.err());
    assertTrue(r.err().contains("--allow-privileged-attributes"), r.err());
  }

  @Test
  void validateAcceptsThemWithTheOptIn() throws IOException {
    Run r = run("validate", "--allow-privileged-attributes", spec().toString());
    assertEquals(0, r.code(), r.err());
  }

  @Test
  void planRefusesWithoutTheOptInAndPlansWithIt() throws IOException {
    Path spec = spec();
    String host = "sim:" + dir.resolve("sim");
    Run refused = run("plan", "--host", host, spec.toString());
    assertEquals(1, refused.code(), refused.err());
    assertTrue(refused.err().contains("--allow-privileged-attributes"), refused.err());
    Run planned = run("plan", "--host", host, "--allow-privileged-attributes", spec.toString());
    assertEquals(0, planned.code(), planned.err());
    assertTrue(planned.out().contains("devfs_ruleset"), planned.out());
  }
}
