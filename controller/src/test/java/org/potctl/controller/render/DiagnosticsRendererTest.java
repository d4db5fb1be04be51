package org.potctl.controller.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.schema.diag.SourceLocation;
import tools.jackson.databind.json.JsonMapper;

class DiagnosticsRendererTest {

  @TempDir Path dir;

  private static String render(DiagnosticsRenderer renderer, Diagnostics d) {
    StringWriter out = new StringWriter();
    renderer.render(d, new PrintWriter(out));
    return out.toString().replace("\r", "");
  }

  @Test
  void textShowsLineWithCaretUnderTheColumnAndTabsAsSpaces() throws IOException {
    Path file = Files.writeString(dir.resolve("p.yaml"), "a: 1\n\tports: [\"80:x\"]\n");
    Diagnostics d =
        Diagnostics.builder()
            .add(Diagnostic.error("ports[0]", "bad port", new SourceLocation(file, 2, 10)))
            .build();
    assertEquals(
        file + ":2:10: error: ports[0]: bad port\n 2 |  ports: [\"80:x\"]\n   |          ^\n",
        render(DiagnosticsRenderer.text(), d));
  }

  @Test
  void textWithoutLocationOrReadableSourceStillPrintsTheMessage() {
    Diagnostics d =
        Diagnostics.builder()
            .add(Diagnostic.error("", "no Potfiles"))
            .add(
                Diagnostic.warning(
                    "x", "gone", new SourceLocation(dir.resolve("missing.yaml"), 3, 1)))
            .build();
    assertEquals(
        "error: no Potfiles\n" + dir.resolve("missing.yaml") + ":3:1: warning: x: gone\n",
        render(DiagnosticsRenderer.text(), d));
  }

  @Test
  void textReplacesControlCharactersInMessagesAndSource() throws IOException {
    Path file = Files.writeString(dir.resolve("p.yaml"), "k: \u001b[2Jv\n");
    Diagnostics d =
        Diagnostics.builder()
            .add(Diagnostic.error("k", "bad \u001b[2J", new SourceLocation(file, 1, 4)))
            .build();
    assertEquals(
        file + ":1:4: error: k: bad ?[2J\n 1 | k: ?[2Jv\n   |    ^\n",
        render(DiagnosticsRenderer.text(), d));
  }

  @Test
  void jsonHasExactlyTheDesignFieldsAndNullsWithoutLocation() {
    Diagnostics d =
        Diagnostics.builder()
            .add(
                Diagnostic.error(
                    "pots.web", "bad \"x\"", new SourceLocation(Path.of("a.yaml"), 2, 3)))
            .add(Diagnostic.error("", "no Potfiles"))
            .build();
    String out = render(DiagnosticsRenderer.json(), d);
    assertTrue(out.endsWith("}\n"), out);
    assertEquals(
        JsonMapper.builder()
            .build()
            .readTree(
                "{\"format_version\":1,\"diagnostics\":["
                    + "{\"severity\":\"error\",\"file\":null,\"line\":null,\"column\":null,\"path\":\"\",\"message\":\"no Potfiles\"},"
                    + "{\"severity\":\"error\",\"file\":\"a.yaml\",\"line\":2,\"column\":3,\"path\":\"pots.web\",\"message\":\"bad \\\"x\\\"\"}"
                    + "]}"),
        DocumentSchemas.assertValid("diagnostics", out));
  }
}
