package org.potctl.state.pot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written name and dataset checks accept exactly what their regular expressions do. */
class PotArgumentsFastTest {

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,54}");
  private static final Pattern DATASET =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]*(/[A-Za-z0-9][A-Za-z0-9_.:-]*)*");
  private static final String ALPHABET = "aZ09_-.:/@ é\n\u0660";

  @Test
  void agreeWithTheRegularExpressionsOnRandomText() {
    Random r = new Random(8);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(i % 10 == 0 ? 70 : 8);
      for (int k = 0; k < len; k++) {
        b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
      String v = b.toString();
      assertEquals(NAME.matcher(v).matches(), PotArguments.isName(v), () -> "name '" + v + "'");
      assertEquals(
          DATASET.matcher(v).matches(), PotArguments.isDataset(v), () -> "dataset '" + v + "'");
    }
  }

  @Test
  void namesUpToFiftyFiveCharacters() {
    assertEquals(true, PotArguments.isName("a".repeat(55)));
    assertEquals(false, PotArguments.isName("a".repeat(56)));
    assertEquals(false, PotArguments.isDataset("zroot//pot"));
    assertEquals(true, PotArguments.isDataset("zroot/pot/jails/web-1.2:x"));
  }
}
