package org.potctl.state.pf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.potctl.state.files.ParseException;
import org.potctl.state.model.Protocol;
import org.potctl.state.model.Redirect;

/**
 * Reads every redirect below {@code pot-rdr} from one recursive listing: {@code pfctl -a
 * 'pot-rdr/*' -s nat} prints each sub-anchor as a block {@code nat-anchor "web" all {}, its rules
 * indented, then {@code }}. A rule outside any block belongs to the anchor named in the command.
 */
public final class RdrAnchors {

  /** The argv of the listing; {@code pot-rdr/*} is one argument, no shell involved. */
  public static final List<String> ARGV = List.of("pfctl", "-a", "pot-rdr/*", "-s", "nat");

  private static final Pattern BLOCK =
      Pattern.compile("(?:nat-|rdr-|binat-)?anchor \"([^\"]+)\"(?: all)? \\{");
  private static final Pattern RDR =
      Pattern.compile(
          "rdr (?:pass )?on (\\S+) (?:inet )?proto (tcp|udp) from any to (\\S+) port (?:= )?(\\d{1,5})"
              + " -> (\\S+) port (\\d{1,5})(?: .*)?");

  private RdrAnchors() {}

  /**
   * Parses the listing.
   *
   * @throws ParseException naming {@code source} and the line of anything that is neither a block
   *     nor a redirect of the shape pot writes
   */
  public static List<Redirect> parse(String source, String text) {
    List<Redirect> redirects = new ArrayList<>();
    String anchor = null;
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      Matcher block = BLOCK.matcher(line);
      if (line.isEmpty()) {
        continue;
      } else if (block.matches()) {
        anchor = lastComponent(block.group(1));
      } else if (line.equals("}")) {
        anchor = null;
      } else if (anchor == null) {
        throw new ParseException(source, i + 1, "rule outside an anchor block: '" + line + "'");
      } else {
        redirects.add(rule(source, i + 1, anchor, line));
      }
    }
    return List.copyOf(redirects);
  }

  private static Redirect rule(String source, int lineNo, String anchor, String line) {
    Matcher m = RDR.matcher(line);
    if (!m.matches()) {
      throw new ParseException(source, lineNo, "not a pot redirect rule: '" + line + "'");
    }
    return new Redirect(
        anchor,
        m.group(1),
        Protocol.fromPot(m.group(2)),
        m.group(3),
        Integer.parseInt(m.group(4)),
        m.group(5),
        Integer.parseInt(m.group(6)));
  }

  private static String lastComponent(String name) {
    return name.substring(name.lastIndexOf('/') + 1);
  }
}
