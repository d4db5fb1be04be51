package org.potctl.schema.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A flavour command line parsed as pot 0.16.1 parses it: the line split on spaces (pot honours no
 * quotes), the first word the sub-command, the rest through POSIX getopts with that sub-command's
 * option string ({@code -h -v -p} left out: help, verbosity and the pot name are not the spec's).
 * Options may be bundled ({@code -wr}) and an argument may be attached ({@code -s/x}); getopts
 * stops at the first word that is not an option and at {@code --}, and pot appends {@code -p POT}
 * after the line's words (common-flv.sh:109), so a line that stops getopts early never names its
 * pot. potctl refuses such leftover words, {@code --} wherever it stands (an option's argument
 * {@code -V --} is an argument, as in getopts), unknown options, missing arguments and repeated
 * options, so that what is checked is exactly what pot will run.
 *
 * @param sub the sub-command
 * @param options each option letter and its argument ({@code ""} for a flag), in order given
 */
public record FlavourLine(String sub, Map<Character, String> options) {

  /** pot's getopts strings of its flavour sub-commands, without {@code h v p}. */
  static final Map<String, String> GETOPTS =
      Map.of(
          "add-dep", "P:",
          "set-attribute", "A:V:",
          "copy-in", "s:d:Fc",
          "copy-in-flv", "s:d:Fc",
          "mount-in", "f:d:z:m:wr",
          "set-rss", "C:M:",
          "export-ports", "e:",
          "set-cmd", "c:",
          "set-env", "E:");

  public FlavourLine {
    options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
  }

  /** The option's argument ({@code ""} for a flag), if given. */
  public Optional<String> get(char option) {
    return Optional.ofNullable(options.get(option));
  }

  /**
   * A spec flavour's command line as pot runs it, empty for a line pot would not run (validation
   * refuses those, so a validated spec has none).
   */
  public static Optional<FlavourLine> of(String line) {
    List<String> words = words(line);
    if (!GETOPTS.containsKey(words.get(0)) || words.get(0).equals("set-cmd")) {
      return Optional.empty();
    }
    return parse(words) instanceof ParseResult.Parsed ok
        ? Optional.of(ok.line())
        : Optional.empty();
  }

  /**
   * {@code line} as pot's {@code read -r line} and word splitting see it: spaces at both ends
   * dropped, split on runs of spaces. Only the ASCII space: a Unicode space ({@link String#strip}
   * drops U+2003 or U+3000) stays part of its word in pot, so {@code -d /srv} followed by U+2003
   * names a sibling of {@code /srv}. (Tabs and line breaks never reach here.)
   */
  static List<String> words(String line) {
    return List.of(spaceTrimmed(line).split(" +"));
  }

  /** {@code line} without the ASCII spaces at its ends, as {@code read} leaves it. */
  static String spaceTrimmed(String line) {
    int start = 0;
    int end = line.length();
    while (start < end && line.charAt(start) == ' ') {
      start++;
    }
    while (end > start && line.charAt(end - 1) == ' ') {
      end--;
    }
    return line.substring(start, end);
  }

  /** Parses {@code words} (sub-command first) or says why pot's getopts would not accept them. */
  static ParseResult parse(List<String> words) {
    String sub = words.get(0);
    String spec = GETOPTS.get(sub);
    Map<Character, String> options = new LinkedHashMap<>();
    int i = 1;
    while (i < words.size() && words.get(i).startsWith("-") && words.get(i).length() > 1) {
      String word = words.get(i++);
      if (word.equals("--")) {
        return new ParseResult.Bad(
            sub
                + ": pot's getopts stops at '--' and never reads the -p POT that pot appends to"
                + " the line, so pot would fail with 'A pot name is mandatory'");
      }
      for (int j = 1; j < word.length(); j++) {
        char c = word.charAt(j);
        int at = spec.indexOf(c);
        if (c == 'p') {
          return new ParseResult.Bad("flavour commands must not pass -p; pot adds the pot's name");
        }
        if (at < 0 || c == ':') {
          return new ParseResult.Bad(sub + " has no option -" + c + " (pot getopts " + spec + ")");
        }
        if (options.containsKey(c)) {
          return new ParseResult.Bad(sub + " option -" + c + " is given twice");
        }
        boolean takesArg = at + 1 < spec.length() && spec.charAt(at + 1) == ':';
        if (!takesArg) {
          options.put(c, "");
          continue;
        }
        if (j + 1 < word.length()) {
          options.put(c, word.substring(j + 1));
        } else if (i < words.size()) {
          options.put(c, words.get(i++));
        } else {
          return new ParseResult.Bad(sub + " option -" + c + " needs an argument");
        }
        break;
      }
    }
    if (i < words.size()) {
      return new ParseResult.Bad(
          sub + " takes no operands; pot would ignore " + words.subList(i, words.size()));
    }
    return new ParseResult.Parsed(new FlavourLine(sub, options));
  }

  /** The outcome of {@link #parse}. */
  sealed interface ParseResult {
    /** A line getopts accepts. */
    record Parsed(FlavourLine line) implements ParseResult {}

    /** Why it does not. */
    record Bad(String problem) implements ParseResult {}
  }
}
