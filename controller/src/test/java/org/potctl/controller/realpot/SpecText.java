package org.potctl.controller.realpot;

import java.util.ArrayList;
import java.util.List;

/** Line edits of the examples' Potfiles (two-space indented {@code pots:} maps). */
final class SpecText {

  private SpecText() {}

  static boolean declaresPot(String yaml, String pot) {
    boolean inPots = false;
    for (String line : yaml.lines().toList()) {
      if (!line.startsWith(" ") && !line.isBlank()) {
        inPots = line.startsWith("pots:");
      } else if (inPots && line.equals("  " + pot + ":")) {
        return true;
      }
    }
    return false;
  }

  /** The Potfile without pot {@code pot}; a {@code pots:} left empty goes too. */
  static String withoutPot(String yaml, String pot) {
    List<String> out = new ArrayList<>();
    boolean skipping = false;
    for (String line : yaml.lines().toList()) {
      if (line.equals("  " + pot + ":")) {
        skipping = true;
        continue;
      }
      if (skipping && !line.isBlank() && !line.startsWith("    ")) {
        skipping = false;
      }
      if (!skipping) {
        out.add(line);
      }
    }
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).equals("pots:") && !hasEntry(out, i + 1)) {
        continue;
      }
      kept.add(out.get(i));
    }
    return String.join("\n", kept) + "\n";
  }

  private static boolean hasEntry(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      String l = lines.get(i);
      if (!l.isBlank() && !l.startsWith("#")) {
        return l.startsWith("  ");
      }
    }
    return false;
  }
}
