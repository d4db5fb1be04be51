package org.potctl.state.pot;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.potctl.state.files.ParseException;
import org.potctl.state.model.Bridge;

/**
 * Parses a private bridge file {@code $FR/bridges/<B>} (pot.md §4.3): {@code net=}, {@code
 * gateway=} and {@code name=} lines in any order, {@code #} comments ignored.
 */
public final class BridgeFile {

  private BridgeFile() {}

  /**
   * Parses a bridge file; the bridge is named after the file, as pot does.
   *
   * @throws ParseException naming the file and line of a malformed line, or line 1 when {@code
   *     net=} or {@code gateway=} is missing
   */
  public static Bridge parse(String source, String name, String text) {
    Map<String, String> values = new HashMap<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        throw new ParseException(source, i + 1, "expected key=value: '" + line + "'");
      }
      String key = line.substring(0, eq);
      String value = line.substring(eq + 1).trim();
      if (key.equals("net") && !value.matches("\\d+\\.\\d+\\.\\d+\\.\\d+/\\d+")) {
        throw new ParseException(source, i + 1, "net is not an IPv4 CIDR: '" + value + "'");
      }
      values.put(key, value);
    }
    for (String required : List.of("net", "gateway")) {
      if (!values.containsKey(required)) {
        throw new ParseException(source, 1, "missing " + required + "= line");
      }
    }
    return new Bridge(name, values.get("net"), values.get("gateway"));
  }
}
