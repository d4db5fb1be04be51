package org.potctl.controller.hostile;

import java.util.LinkedHashMap;
import java.util.Map;

/** Hostile strings, by label, and how to write any string as a YAML double-quoted scalar. */
final class HostileValues {

  private HostileValues() {}

  /** label → value: shell metacharacters, option shapes, path tricks, overlong, control chars. */
  static Map<String, String> all() {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("semicolon", "x; rm -rf /");
    v.put("subshell", "$(reboot)");
    v.put("backticks", "`id`");
    v.put("pipe", "a|sh");
    v.put("and", "a && halt");
    v.put("redirect", "a > /etc/passwd");
    v.put("glob", "*");
    v.put("space", "two words");
    v.put("single-quote", "it's");
    v.put("double-quote", "say \"hi\"");
    v.put("backslash", "a\\b");
    v.put("brace-expansion", "{a,b}");
    v.put("tilde", "~root");
    v.put("dollar-var", "$HOME");
    v.put("newline", "a\nrm -rf /");
    v.put("option-rf", "-rf");
    v.put("option-long", "--force");
    v.put("option-p", "-p");
    v.put("dash", "-");
    v.put("dotdot", "..");
    v.put("dotdot-path", "../../etc/passwd");
    v.put("absolute-etc", "/etc/passwd");
    v.put("slash", "/");
    v.put("dot", ".");
    v.put("long-56", "a".repeat(56));
    v.put("long-1100", "b".repeat(1100));
    v.put("long-16385", "c".repeat(16_385));
    v.put("nul", "a\u0000b");
    v.put("soh", "a\u0001b");
    v.put("ansi-escape", "a\u001b[31mred");
    v.put("del", "a\u007fb");
    v.put("carriage-return", "a\rb");
    v.put("tab", "a\tb");
    v.put("line-separator", "a\u2028b");
    v.put("c1-nel", "a\u0085b");
    v.put("empty", "");
    return v;
  }

  /** {@code value} as a YAML double-quoted scalar: every non-printable character escaped. */
  static String quoted(String value) {
    StringBuilder b = new StringBuilder("\"");
    value
        .codePoints()
        .forEach(
            c -> {
              if (c == '"' || c == '\\') {
                b.append('\\').appendCodePoint(c);
              } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028) {
                b.append(String.format("\\u%04x", c));
              } else {
                b.appendCodePoint(c);
              }
            });
    return b.append('"').toString();
  }
}
