package org.potctl.controller.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.potctl.state.statedir.PrivateFiles;

/**
 * Unreadable spec entries, which only a user other than root can meet: {@code potctl validate} run
 * as uid 65534 (setpriv) on a spec holding a mode-000 Potfile and a mode-000 directory reports each
 * at {@code FILE:1:1}, exits 1 and prints no stack trace. The classpath is copied to a directory
 * that user can read.
 */
class UnreadableFilesTest {

  private static final String POTFILE = "version: 1\npots:\n  web:\n    base: \"14.1\"\n";

  @Test
  void anUnreadablePotfileAndDirectoryAreLocatedErrorsForAnUnprivilegedUser() throws Exception {
    if (PrivateFiles.uid() != 0 || !Files.isExecutable(Path.of("/usr/bin/setpriv"))) {
      String why = "the unreadable-file case needs root and setpriv to run validate as uid 65534";
      if (System.getenv("REQUIRE_ROOT") != null) {
        throw new AssertionError("REQUIRE_ROOT is set: " + why);
      }
      System.out.println("NOTICE: " + why + "; not run");
      return;
    }
    Path root = Files.createTempDirectory("potctl-unreadable-");
    try {
      Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
      String classpath = readableClasspath(Files.createDirectory(root.resolve("cp")));
      Path spec = Files.createDirectory(root.resolve("spec"));
      Files.writeString(spec.resolve("pots.yaml"), POTFILE);
      Path secret = Files.writeString(spec.resolve("secret.yaml"), POTFILE.replace("web", "db"));
      Path sub = Files.createDirectory(spec.resolve("sub"));
      Files.writeString(sub.resolve("more.yaml"), POTFILE.replace("web", "api"));
      for (Path p : List.of(root, spec, spec.resolve("pots.yaml"))) {
        Files.setPosixFilePermissions(
            p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
      }
      Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
      Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("---------"));
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      ProcessBuilder pb =
          new ProcessBuilder(
                  "/usr/bin/setpriv",
                  "--reuid=65534",
                  "--regid=65534",
                  "--clear-groups",
                  java,
                  "-cp",
                  classpath,
                  "org.potctl.controller.cli.Main",
                  "validate",
                  "spec")
              .directory(root.toFile());
      pb.environment().put("HOME", root.toString());
      Process p = pb.start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "validate did not end");
      String all = out + err;
      assertEquals(1, p.exitValue(), all);
      assertTrue(
          all.contains("spec/secret.yaml:1:1: error: cannot read file: permission denied"), all);
      assertTrue(all.contains("spec/sub:1:1: error: cannot read: permission denied"), all);
      assertTrue(all.contains("2 errors in 2 files"), all);
      assertFalse(all.contains("Exception") || all.contains("\tat "), all);
    } finally {
      deleteAll(root);
    }
  }

  /**
   * Copies each classpath entry (jar or class directory; the tests' own classes are not needed)
   * under {@code to}, readable by all.
   */
  private static String readableClasspath(Path to) throws Exception {
    List<String> entries = new ArrayList<>();
    int i = 0;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path from = Path.of(entry);
      if (!Files.exists(from) || entry.contains("test-classes")) {
        continue;
      }
      Path copy = to.resolve(i++ + "-" + from.getFileName());
      try (Stream<Path> all = Files.walk(from)) {
        for (Path f : all.toList()) {
          Path target = copy.resolve(from.relativize(f).toString());
          if (Files.isDirectory(f)) {
            Files.createDirectories(target);
          } else {
            Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
      entries.add(copy.toString());
    }
    try (Stream<Path> all = Files.walk(to)) {
      for (Path f : all.toList()) {
        Files.setPosixFilePermissions(
            f, PosixFilePermissions.fromString(Files.isDirectory(f) ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  private static void deleteAll(Path root) throws Exception {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
