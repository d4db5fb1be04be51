package org.potctl.controller.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The host files a spec's {@code dns: {custom: FILE}} needs on a simulated host. potctl passes the
 * spec file's own path to {@code pot create -d custom:PATH} (PotCreateSteps), and pot reads PATH on
 * the host (create.sh:556 {@code [ -r ]}, 361 {@code cp}): on a {@code local} host that is the
 * spec's file; the simulated host has its own tree {@code DIR/hostfs}, so the file must be put
 * there at PATH, as on an ssh host it must be at PATH there (potctl does not copy it over).
 */
public final class ExampleHostFiles {

  private static final Pattern CUSTOM =
      Pattern.compile("^[^#\\n]*\\{custom: *([^,}\\s]+)", Pattern.MULTILINE);

  private ExampleHostFiles() {}

  /**
   * Copies each {@code {custom: FILE}} file of the Potfiles in {@code spec} (flow style, outside
   * comments) into {@code sim}'s hostfs.
   */
  public static void putCustomDns(Path spec, Path sim) throws IOException {
    try (Stream<Path> files = Files.walk(spec)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        Matcher m = CUSTOM.matcher(Files.readString(f));
        while (m.find()) {
          Path file = f.getParent().resolve(m.group(1)).toRealPath();
          Path onHost = sim.resolve("hostfs").resolve(file.toString().substring(1));
          Files.createDirectories(onHost.getParent());
          Files.copy(file, onHost, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
