package org.potctl.schema;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Seeded mutations of Potfile text for the fuzz test. */
final class Mutator {

  private static final List<String> WRONG_VALUES =
      List.of(
          "[]",
          "{}",
          "null",
          "~",
          "true",
          "-1",
          "0",
          "99999999999999999999999",
          "1.5e308",
          "\"\"",
          "[[[]]]",
          "{a: {b: {c: d}}}",
          "\"-rf\"",
          "\"../../etc\"",
          "\"/srv/../etc\"",
          "\"a;rm -rf /\"",
          "\"$(reboot)\"",
          "!!binary aGk=",
          "!custom x",
          "&x y",
          "*undefined",
          "\"\\x00\"",
          "|\n  multi\n  line",
          "\"\\u202e\"",
          "0x1F",
          "0o17",
          ".inf",
          "\"" + "x".repeat(300) + "\"");

  private final Random random;

  Mutator(long seed) {
    this.random = new Random(seed);
  }

  /** One mutated variant of {@code base}, as bytes. */
  byte[] mutate(String base) {
    return switch (random.nextInt(9)) {
      case 0 -> truncate(base).getBytes(StandardCharsets.UTF_8);
      case 1 -> randomBytes(base.getBytes(StandardCharsets.UTF_8));
      case 2 -> deepNesting(base).getBytes(StandardCharsets.UTF_8);
      case 3 -> hugeScalar(base).getBytes(StandardCharsets.UTF_8);
      case 4 -> aliasBomb().getBytes(StandardCharsets.UTF_8);
      case 5 -> wrongTypes(base, 1 + random.nextInt(6)).getBytes(StandardCharsets.UTF_8);
      case 6 -> shuffleLines(base).getBytes(StandardCharsets.UTF_8);
      case 7 -> indentation(base).getBytes(StandardCharsets.UTF_8);
      default -> wrongTypes(truncate(base), 2).getBytes(StandardCharsets.UTF_8);
    };
  }

  private String truncate(String s) {
    return s.substring(0, random.nextInt(s.length() + 1));
  }

  private byte[] randomBytes(byte[] b) {
    byte[] out = b.clone();
    int n = 1 + random.nextInt(8);
    for (int i = 0; i < n && out.length > 0; i++) {
      out[random.nextInt(out.length)] = (byte) random.nextInt(256);
    }
    return out;
  }

  private String deepNesting(String s) {
    int depth = 10 + random.nextInt(5000);
    String nest =
        random.nextBoolean()
            ? "[".repeat(depth) + "]".repeat(depth)
            : "{a: ".repeat(depth) + "}".repeat(depth);
    return insertValue(s, nest);
  }

  private String hugeScalar(String s) {
    return insertValue(s, "x".repeat(1000 + random.nextInt(100_000)));
  }

  private String aliasBomb() {
    StringBuilder y = new StringBuilder("version: 1\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    int levels = 3 + random.nextInt(8);
    for (int i = 1; i <= levels; i++) {
      y.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        y.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      y.append("]\n");
    }
    return y.toString();
  }

  private String wrongTypes(String s, int times) {
    String out = s;
    for (int i = 0; i < times; i++) {
      out = insertValue(out, WRONG_VALUES.get(random.nextInt(WRONG_VALUES.size())));
    }
    return out;
  }

  private String insertValue(String s, String value) {
    String[] lines = s.split("\n", -1);
    int line = random.nextInt(lines.length);
    int colon = lines[line].indexOf(": ");
    lines[line] = colon < 0 ? lines[line] + value : lines[line].substring(0, colon + 2) + value;
    return String.join("\n", lines);
  }

  private String shuffleLines(String s) {
    String[] lines = s.split("\n", -1);
    for (int i = 0; i < 3 && lines.length > 1; i++) {
      int a = random.nextInt(lines.length);
      int b = random.nextInt(lines.length);
      String t = lines[a];
      lines[a] = lines[b];
      lines[b] = t;
    }
    return String.join("\n", lines);
  }

  private String indentation(String s) {
    String[] lines = s.split("\n", -1);
    int line = random.nextInt(lines.length);
    lines[line] = " ".repeat(random.nextInt(7)) + lines[line].stripLeading();
    return String.join("\n", lines);
  }
}
