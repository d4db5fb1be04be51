package org.potctl.state.pot;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.potctl.state.files.ParseException;

/**
 * Parses pot's configuration files {@code etc/pot/pot.default.conf} and {@code etc/pot/pot.conf}
 * (pot.md §0.1): plain shell assignments {@code NAME=value}, {@code #} comments. A quoted value
 * keeps what is inside its quotes; an unquoted one ends at the first blank (as potnet reads it).
 * Any other line is an error naming the file and line.
 */
public final class PotSettingsFile {

  private static final Pattern ASSIGNMENT =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"([^\"]*)\"|'([^']*)'|(\\S*))\\s*(#.*)?");

  private PotSettingsFile() {}

  /** Parses {@code text} and puts every assignment into {@code into}; later lines win. */
  public static void parseInto(String source, String text, Map<String, String> into) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher m = ASSIGNMENT.matcher(line);
      if (!m.matches()) {
        throw new ParseException(source, i + 1, "expected NAME=value: '" + line + "'");
      }
      String value = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
      into.put(m.group(1), value);
    }
  }
}
