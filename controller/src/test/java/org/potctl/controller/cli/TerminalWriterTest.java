package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.potctl.controller.testkit.RunAssert.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.HostAssert;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;
import org.potctl.schema.yaml.Text;

/**
 * Nothing potctl prints carries a raw control, bidirectional or invisible character, whatever its
 * source: here the values of a saved plan an attacker edited, named in potctl's own refusals.
 */
class TerminalWriterTest {

  @TempDir Path sim;

  @TempDir Path work;

  @Test
  void controlBidiAndInvisibleCharactersAreEscapedTabsAndLineFeedsKept() {
    StringWriter sink = new StringWriter();
    PrintWriter out = TerminalWriter.of(new PrintWriter(sink));
    out.println("a\u001b[2Jb\rc\u202ed\u200be\u0000f\u009bg\u2028h\ti é ✓");
    out.print('\u0007');
    out.flush();
    assertEquals(
        "a\\u001b[2Jb\\u000dc\\u202ed\\u200be\\u0000f\\u009bg\\u2028h\ti é ✓\n\\u0007",
        sink.toString());
  }

  @Test
  void onlyTheProgressRedrawWritesACarriageReturn() {
    StringWriter sink = new StringWriter();
    PrintWriter out = TerminalWriter.of(new PrintWriter(sink));
    out.print("step\r");
    TerminalWriter.redraw(out, "\r   \r");
    out.print("\u001b");
    out.flush();
    assertEquals("step\\u000d\r   \r\\u001b", sink.toString());
    assertEquals(out, TerminalWriter.of(out));
  }

  @Test
  void aSavedPlansEditedIdsAreNamedEscaped() throws IOException {
    Path spec = Files.createDirectories(work.resolve("app"));
    Files.writeString(spec.resolve("pots.yaml"), "version: 1\npots:\n  web: {base: \"14.1\"}\n");
    Potctl host = Potctl.onSim(sim);
    Path plan = work.resolve("plan.json");
    assertThat(host.run("plan", spec.toString(), "--out", plan.toString())).exits(0);
    String saved = Files.readString(plan);
    for (String[] edit :
        new String[][] {
          {"\"id\" : \"app\"", "\"id\" : \"app\\u001b]0;owned\\u0007\""},
          {"\"apply_id\" : \"", "\"apply_id\" : \"\\u001b[2J\\u202e"}
        }) {
      String edited = saved.replace(edit[0], edit[1]);
      assertFalse(edited.equals(saved), edit[0]);
      Files.writeString(plan, edited);
      int mark = host.mark();
      Run r = host.run("apply", plan.toString(), "--yes");
      assertThat(r).exits(1).errContains("\\u001b");
      assertEquals(-1, Text.firstControl(r.err().replace("\n", "")), r.err());
      HostAssert.assertThat(host).since(mark).ranNothing();
    }
  }
}
