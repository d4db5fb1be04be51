package org.potctl.state.zfs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.potctl.state.files.ParseException;
import org.potctl.state.model.Dataset;

/**
 * The one {@code zfs list} of an observation and its parser: {@code zfs list -H [-p] -r -t
 * filesystem -o name,mountpoint,origin,used,potctl:owner,potctl:apply,<PROPERTY_COLUMNS> <root>},
 * tab-separated, {@code -} for an unset value.
 */
public final class ZfsList {

  /** The further columns, in order: the allowlisted fscomp properties and the protect stamp. */
  public static final List<String> PROPERTY_COLUMNS =
      List.of(
          "compression",
          "quota",
          "reservation",
          "recordsize",
          "atime",
          "exec",
          "setuid",
          "readonly",
          ZfsCommands.PROTECT);

  /** The columns requested, in order. */
  public static final String COLUMNS =
      "name,mountpoint,origin,used,potctl:owner,potctl:apply," + String.join(",", PROPERTY_COLUMNS);

  private ZfsList() {}

  /** The argv listing every filesystem below {@code root}; {@code exact} adds {@code -p}. */
  public static List<String> argv(String root, boolean exact) {
    List<String> argv = new ArrayList<>(List.of("zfs", "list", "-H"));
    if (exact) {
      argv.add("-p");
    }
    argv.addAll(List.of("-r", "-t", "filesystem", "-o", COLUMNS, root));
    return List.copyOf(argv);
  }

  /** Whether zfs refused {@code -p} (zfs-fuse prints {@code invalid option 'p'}). */
  public static boolean rejectsExactFlag(String stdout, String stderr) {
    return (stdout + stderr).contains("invalid option 'p'");
  }

  /**
   * Parses the output, exact or human sizes alike.
   *
   * @throws ParseException naming {@code source} and the line that has not six columns or a bad
   *     size
   */
  public static List<Dataset> parse(String source, String text) {
    List<Dataset> datasets = new ArrayList<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isEmpty()) {
        datasets.add(parseLine(source, i + 1, lines.get(i)));
      }
    }
    return List.copyOf(datasets);
  }

  private static Dataset parseLine(String source, int lineNo, String line) {
    String[] f = line.split("\t", -1);
    int full = 6 + PROPERTY_COLUMNS.size();
    if (f.length != 6 && f.length != full) {
      throw new ParseException(
          source,
          lineNo,
          "expected 6 tab-separated columns, got "
              + f.length
              + " (or "
              + full
              + " with properties): '"
              + line
              + "'");
    }
    long used;
    try {
      used = Sizes.parseBytes(f[3]);
    } catch (IllegalArgumentException e) {
      throw new ParseException(source, lineNo, "bad used size '" + f[3] + "'");
    }
    SortedMap<String, String> properties = new TreeMap<>();
    for (int i = 6; i < f.length; i++) {
      String column = PROPERTY_COLUMNS.get(i - 6);
      unset(f[i]).ifPresent(v -> properties.put(column, v));
    }
    return new Dataset(f[0], f[1], unset(f[2]), used, unset(f[4]), unset(f[5]), properties);
  }

  private static Optional<String> unset(String value) {
    return value.equals("-") || value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
