package org.potctl.schema;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import org.potctl.schema.yaml.Text;

/** Which file names are Potfiles, and which only look like one. */
final class PotfileNames {

  private PotfileNames() {}

  /** A Potfile: its name ends in {@code .yaml} or {@code .yml}, exactly so. */
  static boolean isPotfile(Path p) {
    String name = p.getFileName().toString();
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  /**
   * Named like a Potfile, but not one: the suffix in another case ({@code web.YAML}), in
   * compatibility characters ({@code web.ｙaml}), or followed by blanks, dots, invisible or control
   * characters ({@code "web.yaml "}, {@code web.yaml.}, a zero-width space): a listing of the spec
   * shows a Potfile that potctl would not read.
   */
  static boolean looksLikePotfile(Path p) {
    if (isPotfile(p)) {
      return false;
    }
    String name = Normalizer.normalize(p.getFileName().toString(), Normalizer.Form.NFKC);
    int end = name.length();
    while (end > 0 && trailing(name.charAt(end - 1))) {
      end--;
    }
    String seen = name.substring(0, end).toLowerCase(Locale.ROOT);
    return seen.endsWith(".yaml") || seen.endsWith(".yml");
  }

  private static boolean trailing(char c) {
    return c == '.' || Character.isWhitespace(c) || Character.isSpaceChar(c) || Text.isControl(c);
  }
}
