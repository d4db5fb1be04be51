package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.potctl.controller.render.JsonDocument;
import org.potctl.schema.diag.Diagnostic;

class AsciiWriterTest {

  @Test
  void aUtf8OutputIsLeftAlone() {
    StringWriter out = new StringWriter();
    assertSame(out, AsciiWriter.forCharset(out, StandardCharsets.UTF_8));
  }

  @Test
  void anAsciiLocaleGetsStandInsInsteadOfQuestionMarks() throws IOException {
    StringWriter out = new StringWriter();
    Writer w = AsciiWriter.forCharset(out, StandardCharsets.US_ASCII);
    w.write("~ base = \"14.1\" → \"14.2\"\n");
    w.write("Applying… ±10% — done ✓");
    w.flush();
    assertEquals("~ base = \"14.1\" -> \"14.2\"\nApplying... +/-10% -- done ?", out.toString());
  }

  @Test
  void latin1CannotShowTheArrowSoItFallsBackToo() throws IOException {
    StringWriter out = new StringWriter();
    Writer w = AsciiWriter.forCharset(out, StandardCharsets.ISO_8859_1);
    w.write('→');
    w.flush();
    assertEquals("->", out.toString());
  }

  @Test
  void jsonDocumentsAreAsciiWhateverTheyHold() {
    String doc = JsonDocument.diagnostics(List.of(Diagnostic.error("", "a → b")));
    assertEquals(-1, doc.indexOf('→'), doc);
    assertEquals(true, doc.contains("a \\u2192 b"), doc);
  }
}
