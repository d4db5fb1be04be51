package org.potctl.controller.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;

/**
 * The hostile Potfile corpus (issue 6, item 6): every case is rejected by {@code potctl validate}
 * with exit 1 and an error located at {@code FILE:LINE:COL} in the spec directory, never with a
 * stack trace, and nothing of the input's control characters reaches the terminal.
 */
class HostileCorpusTest {

  @TempDir Path tmp;

  static Run potctl(String... args) {
    return Potctl.bare(args);
  }

  private Path write(HostileCase c) throws Exception {
    Path dir = Files.createTempDirectory(tmp, "case");
    c.writeTo(dir);
    return dir;
  }

  @Test
  void theCorpusHasAtLeast200CasesWithDistinctNames() {
    List<HostileCase> all = HostileCorpus.all();
    assertTrue(all.size() >= 200, "only " + all.size());
    assertEquals(all.size(), all.stream().map(HostileCase::name).distinct().count());
  }

  @Test
  void theBaseSpecIsValidSoEachCaseFailsOnlyForWhatItChanges() throws Exception {
    Run r = potctl("validate", write(HostileCorpus.valid()).toString());
    assertEquals(0, r.code(), r.err());
  }

  @TestFactory
  Stream<DynamicTest> everyHostileSpecIsRejectedWithALocatedError() {
    return HostileCorpus.all().stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name(),
                    () -> {
                      Path dir = write(c);
                      assertRejected(c, dir);
                      c.removeLinks(dir);
                    }));
  }

  static void assertRejected(HostileCase c, Path dir) {
    Run r = potctl("validate", dir.toString());
    String shown = c.name() + "\n" + abbreviate(r.err());
    assertEquals(1, r.code(), shown);
    Pattern located =
        Pattern.compile(
            "(?m)^" + Pattern.quote(dir.toString()) + "/[^:\n]+:[0-9]+:[0-9]+: error: ");
    assertTrue(located.matcher(r.err()).find(), shown);
    assertNoStackTrace(r, shown);
  }

  static void assertNoStackTrace(Run r, String shown) {
    for (String text : List.of(r.out(), r.err())) {
      assertFalse(text.contains("\tat "), shown);
      assertFalse(text.contains("Exception"), shown);
      assertFalse(text.contains("internal error"), shown);
      assertTrue(
          text.codePoints()
              .allMatch(
                  ch -> ch == '\n' || (ch >= 0x20 && ch != 0x7f && !(ch >= 0x80 && ch < 0xa0))),
          () -> "control character echoed: " + shown);
    }
  }

  static String abbreviate(String s) {
    return s.length() > 2000 ? s.substring(0, 2000) + "…" : s;
  }
}
