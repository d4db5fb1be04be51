package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;

/** {@code --config FILE} (default /usr/local/etc/potctl.conf): defaults for common options. */
class ConfigFileTest {

  @TempDir Path tmp;

  private static Run potctl(String... args) {
    return Potctl.bare(args);
  }

  private Path conf(String text) throws IOException {
    return Files.writeString(tmp.resolve("potctl.conf"), text);
  }

  private Path specWithDirMount(Path root) throws IOException {
    Files.createDirectories(root.resolve("static"));
    Path spec = Files.createDirectories(tmp.resolve("site"));
    Files.writeString(
        spec.resolve("pots.yaml"),
        "version: 1\npots:\n  web:\n    base: \"14.1\"\n    mounts:\n      - {dir: "
            + root.resolve("static")
            + ", at: /static}\n");
    return spec;
  }

  @Test
  void readsKeysCommentsAndRepeatedRoots() throws IOException {
    ConfigFile c =
        ConfigFile.read(
            conf(
                "# defaults\nhost = sim:/tmp/x\n\nspec-id=prod\nallow-host-dir = /data\n"
                    + "allow-host-dir = /tank\n"));
    assertEquals(Optional.of("sim:/tmp/x"), c.host());
    assertEquals(Optional.of("prod"), c.specId());
    assertEquals(List.of(Path.of("/data"), Path.of("/tank")), c.allowHostDirs());
  }

  @Test
  void theFilesHostAndRootsAreUsedAndTheCommandLineWins() throws IOException {
    Path roots = tmp.resolve("data");
    Path spec = specWithDirMount(roots);
    Path sim = tmp.resolve("sim");
    Path config = conf("host = sim:" + sim + "\nallow-host-dir = " + roots + "\n");
    assertEquals(1, potctl("validate", spec.toString()).code(), "outside /srv without config");
    Run valid = potctl("validate", "--config", config.toString(), spec.toString());
    assertEquals(0, valid.code(), valid.err());
    Run plan = potctl("plan", "--config", config.toString(), spec.toString());
    assertEquals(0, plan.code(), plan.err());
    assertTrue(plan.err().contains(sim.toString()), plan.err());
    Path other = tmp.resolve("other-sim");
    Run given =
        potctl("--host", "sim:" + other, "plan", "--config", config.toString(), spec.toString());
    assertEquals(0, given.code(), given.err());
    assertTrue(given.err().contains(other.toString()), given.err());
    assertFalse(given.err().contains(sim + "\n"), given.err());
  }

  /** allow-host-dir = / in a file anyone may write would hand every spec the host's root. */
  @Test
  void aFileOthersMayWriteIsAUsageErrorAndGrantsNothing() throws IOException {
    Path roots = tmp.resolve("data");
    Path spec = specWithDirMount(roots);
    Path config = conf("allow-host-dir = " + roots + "\n");
    java.nio.file.Files.setPosixFilePermissions(
        config, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-rw-"));
    Run r = potctl("validate", "--config", config.toString(), spec.toString());
    assertEquals(64, r.code(), r.err());
    assertTrue(
        r.err()
            .contains(
                "refused the configuration file "
                    + config
                    + ": group or others may write it (permissions 0666)"),
        r.err());
    java.nio.file.Files.setPosixFilePermissions(
        config, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    assertEquals(0, potctl("validate", "--config", config.toString(), spec.toString()).code());
  }

  @Test
  void badLinesAreUsageErrorsNamingFileAndLine() throws IOException {
    Path config = conf("host = sim:/tmp/x\nhots = local\njust words\n");
    Run r = potctl("observe", "--config", config.toString(), "-o", "json");
    assertEquals(64, r.code(), r.err());
    assertTrue(r.err().contains(config + ":2: unknown key 'hots'"), r.err());
    assertTrue(r.err().contains(config + ":3: expected 'key = value'"), r.err());
    assertTrue(r.out().contains("\"format_version\" : 1"), r.out());
  }

  @Test
  void aMissingConfigGivenOnTheCommandLineIsAnError() {
    Run r = potctl("observe", "--config", tmp.resolve("nope.conf").toString());
    assertEquals(64, r.code(), r.err());
    assertTrue(r.err().contains("cannot read the configuration file"), r.err());
  }
}
