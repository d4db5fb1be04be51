package org.potctl.controller.fleet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.schema.diag.SourceLocation;
import org.potctl.schema.yaml.JsonPath;
import org.potctl.schema.yaml.PotfileDocument;
import org.potctl.schema.yaml.SourceIndex;
import org.potctl.schema.yaml.YamlLimits;
import org.potctl.schema.yaml.YamlReader;

/**
 * Where each problem of {@code hosts.yaml} lies: a problem starts with the dotted path of its node
 * ({@code hosts.pot1.spec: …}), which the file's source index (the Potfile reader's, with its
 * limits) turns into {@code FILE:LINE:COL}; a problem of the whole file, or of a file that cannot
 * be read or parsed, is located at its line 1 column 1.
 */
final class InventoryLocations {

  private static final Pattern PATH = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");

  private InventoryLocations() {}

  /**
   * Each of {@code problems} as {@code FILE:LINE:COL: error: PROBLEM}, located in {@code text}, or
   * in the file as it is now when {@code text} is empty.
   */
  static List<String> located(Path file, Optional<String> text, List<String> problems) {
    Optional<SourceIndex> index = text.or(() -> read(file)).flatMap(t -> index(file, t));
    return problems.stream().map(p -> where(file, index, p) + ": error: " + p).toList();
  }

  private static SourceLocation where(Path file, Optional<SourceIndex> index, String problem) {
    int colon = problem.indexOf(": ");
    String path = colon < 0 ? "" : problem.substring(0, colon);
    if (index.isEmpty() || !PATH.matcher(path).matches()) {
      return SourceLocation.startOf(file);
    }
    return index.get().locate(JsonPath.of(path.split("\\.")));
  }

  private static Optional<String> read(Path file) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > HostsInventory.MAX_BYTES) {
        return Optional.empty();
      }
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // the problems say why the file cannot be read
    }
  }

  private static Optional<SourceIndex> index(Path file, String text) {
    Diagnostics.Builder ignored = Diagnostics.builder(); // the problems name them already
    return new YamlReader(YamlLimits.defaults())
        .read(file, String.valueOf(file.getFileName()), text, ignored)
        .map(PotfileDocument::index);
  }
}
