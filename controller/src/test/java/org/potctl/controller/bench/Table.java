package org.potctl.controller.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's results as Markdown: one table of phases by N, then single figures. */
final class Table {

  private final List<Integer> sizes;
  private final Map<String, Map<Integer, String>> rows = new LinkedHashMap<>();
  private final Map<String, String> targets = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();
  private String machine = "";

  Table(List<Integer> sizes) {
    this.sizes = List.copyOf(sizes);
  }

  void put(String row, int n, String value) {
    rows.computeIfAbsent(row, r -> new LinkedHashMap<>()).put(n, value);
  }

  void target(String row, String target) {
    targets.put(row, target);
  }

  /** The line naming the machine and its load, printed above the table. */
  void machine(String line) {
    machine = line;
  }

  void note(String line) {
    notes.add(line);
  }

  static String ms(double ms) {
    return ms >= 100
        ? String.format(Locale.ROOT, "%.0f ms", ms)
        : String.format(Locale.ROOT, "%.1f ms", ms);
  }

  static String mb(double mb) {
    return mb >= 10
        ? String.format(Locale.ROOT, "%.0f MB", mb)
        : String.format(Locale.ROOT, "%.1f MB", mb);
  }

  String render() {
    StringBuilder b = new StringBuilder();
    if (!machine.isEmpty()) {
      b.append("Machine: ").append(machine).append("\n\n");
    }
    b.append("| phase |");
    sizes.forEach(n -> b.append(String.format(Locale.ROOT, " %,d pots |", n)));
    b.append(" target |\n|---|");
    sizes.forEach(n -> b.append("---:|"));
    b.append("---|\n");
    rows.forEach(
        (row, values) -> {
          b.append("| ").append(row).append(" |");
          sizes.forEach(n -> b.append(' ').append(values.getOrDefault(n, "–")).append(" |"));
          b.append(' ').append(targets.getOrDefault(row, "")).append(" |\n");
        });
    if (!notes.isEmpty()) {
      b.append('\n');
      notes.forEach(n -> b.append("- ").append(n).append('\n'));
    }
    return b.toString();
  }

  void write(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, render());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
