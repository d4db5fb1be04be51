package org.potctl.controller.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One hostile spec directory: Potfiles and other files (as bytes), plus symlinks to create.
 *
 * @param name what the case attacks, e.g. {@code pot-name: shell ;}
 * @param files relative path → content
 * @param links relative path → link target (may point outside the spec directory)
 */
record HostileCase(String name, Map<String, byte[]> files, Map<String, String> links) {

  static HostileCase of(String name, String potfile) {
    return new HostileCase(
        name, Map.of("hostile.yaml", potfile.getBytes(StandardCharsets.UTF_8)), Map.of());
  }

  HostileCase withFile(String path, String content) {
    Map<String, byte[]> more = new LinkedHashMap<>(files);
    more.put(path, content.getBytes(StandardCharsets.UTF_8));
    return new HostileCase(name, more, links);
  }

  HostileCase withLink(String path, String target) {
    Map<String, String> more = new LinkedHashMap<>(links);
    more.put(path, target);
    return new HostileCase(name, files, more);
  }

  /** The Potfiles of this case (relative paths ending in .yaml or .yml). */
  List<String> potfiles() {
    return files.keySet().stream().filter(f -> f.endsWith(".yaml") || f.endsWith(".yml")).toList();
  }

  /** Writes the case into {@code dir} (which must exist). */
  void writeTo(Path dir) throws IOException {
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Path p = dir.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.write(p, f.getValue());
    }
    for (Map.Entry<String, String> l : links.entrySet()) {
      Path p = dir.resolve(l.getKey());
      Files.createDirectories(p.getParent());
      Files.createSymbolicLink(p, Path.of(l.getValue()));
    }
  }

  /** Removes the symlinks {@link #writeTo} made (so cleanup never meets links leaving the dir). */
  void removeLinks(Path dir) throws IOException {
    for (String link : links.keySet()) {
      Files.deleteIfExists(dir.resolve(link));
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
