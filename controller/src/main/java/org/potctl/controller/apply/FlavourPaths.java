package org.potctl.controller.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.potctl.state.files.HostFiles;

/**
 * The paths inside a pot that the flavour lines of a {@code pot create} or {@code pot clone} reach
 * through the new pot's tree on the host: each {@code mount-in -m} (mount-in.sh {@code mkdir -p}s
 * it and mounts there, with the pot mounted) and each {@code copy-in}/{@code copy-in-flv -d}
 * ({@code cp} into the mounted pot). Read from the flavour files pot itself will read, leniently (a
 * host flavour was never validated: each {@code -m} or {@code -d} argument counts, {@code -mPATH}
 * too, so more is checked rather than less).
 */
final class FlavourPaths {

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

  private FlavourPaths() {}

  /** The paths the lines of {@code flavours} (files in {@code flavourDir}) reach, in line order. */
  static List<String> of(String flavourDir, List<String> flavours, HostFiles files) {
    List<String> out = new ArrayList<>();
    for (String f : flavours) {
      if (!NAME.matcher(f).matches()) {
        continue;
      }
      for (String line :
          files.read(flavourDir + "/" + f).stream().flatMap(String::lines).toList()) {
        out.addAll(values(line, "mount-in", 'm'));
        out.addAll(values(line, "copy-in", 'd'));
        out.addAll(values(line, "copy-in-flv", 'd'));
      }
    }
    out.removeIf(p -> !p.startsWith("/"));
    return out;
  }

  /** Every value of {@code -option} in {@code line} when it is a {@code sub} line. */
  static List<String> values(String line, String sub, char option) {
    List<String> words = List.of(line.strip().split("[ \t]+"));
    List<String> out = new ArrayList<>();
    if (!words.get(0).equals(sub)) {
      return out;
    }
    String flag = "-" + option;
    for (int i = 1; i < words.size(); i++) {
      String w = words.get(i);
      if (w.equals(flag) && i + 1 < words.size()) {
        out.add(words.get(i + 1));
      } else if (w.startsWith(flag) && w.length() > 2) {
        out.add(w.substring(2));
      }
    }
    return out;
  }
}
