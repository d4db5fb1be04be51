package org.potctl.state.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A line file of pot ({@code pot.conf}, {@code fscomp.conf}, bridge files) edited the way pot's
 * {@code sed -i '/^key=.*&#47;d'} plus append does it, and saved atomically.
 */
final class ConfFile {

  private final Path path;
  private final List<String> lines;

  private ConfFile(Path path, List<String> lines) {
    this.path = path;
    this.lines = lines;
  }

  static ConfFile read(Path path) {
    String text = AtomicFiles.readOrEmpty(path);
    return new ConfFile(path, new ArrayList<>(text.lines().toList()));
  }

  static ConfFile empty(Path path) {
    return new ConfFile(path, new ArrayList<>());
  }

  boolean exists() {
    return Files.isRegularFile(path);
  }

  List<String> lines() {
    return List.copyOf(lines);
  }

  /** The raw value after the first {@code =} of the first {@code key=} line, or empty string. */
  String get(String key) {
    return all(key).stream().findFirst().orElse("");
  }

  /**
   * pot's {@code _get_conf_var} (common.sh:557-565): the first value with spaces, tabs and quotes
   * deleted, then {@code cut -f2 -d'='} of the line: the value up to its own first {@code =}.
   */
  String getStripped(String key) {
    String v = get(key).replace(" ", "").replace("\t", "").replace("\"", "");
    int eq = v.indexOf('=');
    return eq < 0 ? v : v.substring(0, eq);
  }

  List<String> all(String key) {
    return lines.stream()
        .filter(l -> l.startsWith(key + "="))
        .map(l -> l.substring(key.length() + 1))
        .toList();
  }

  /** Deletes every {@code key=} line and appends {@code key=value}. */
  ConfFile set(String key, String value) {
    removeAll(key);
    return append(key + "=" + value);
  }

  /** {@code sed -i '' -e "s%^key=.*$%key=value%"}: every {@code key=} line rewritten in place. */
  ConfFile replaceAll(String key, String value) {
    lines.replaceAll(l -> l.startsWith(key + "=") ? key + "=" + value : l);
    return this;
  }

  /** {@code sed -i '' -e "/REGEX/d"}: every line in which the regular expression matches. */
  ConfFile removeMatching(String regex) {
    java.util.regex.Pattern p = java.util.regex.Pattern.compile(regex);
    lines.removeIf(l -> p.matcher(l).find());
    return this;
  }

  ConfFile removeAll(String key) {
    lines.removeIf(l -> l.startsWith(key + "="));
    return this;
  }

  ConfFile append(String line) {
    lines.add(line);
    return this;
  }

  ConfFile removeLine(String line) {
    lines.remove(line);
    return this;
  }

  void save() {
    AtomicFiles.write(path, lines.isEmpty() ? "" : String.join("\n", lines) + "\n");
  }
}
