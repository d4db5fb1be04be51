package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The prompt on the controlling terminal when stdin/stdout are not one (issue 16 item 6). */
class PromptTest {

  @TempDir Path dir;

  @Test
  void asksOnTheTerminalFileAndAcceptsOnlyYes() throws IOException {
    Path tty = Files.writeString(dir.resolve("tty"), "yes\n");
    assertEquals(Optional.of(true), Prompt.on(tty).confirm("Apply?\n  Only 'yes': "));
    assertTrue(Files.readString(tty).endsWith("Apply?\n  Only 'yes': "), Files.readString(tty));

    Path no = Files.writeString(dir.resolve("no"), "y\n");
    assertEquals(Optional.of(false), Prompt.on(no).confirm("Apply? "));
    Path eof = Files.writeString(dir.resolve("eof"), "");
    assertEquals(Optional.of(false), Prompt.on(eof).confirm("Apply? "));
  }

  @Test
  void withoutATerminalThereIsNoAnswerAtAll() {
    assertEquals(Optional.empty(), Prompt.on(dir.resolve("missing")).confirm("Apply? "));
    assertEquals(
        "none", System.getProperty("potctl.tty"), "the suite must never prompt on a real tty");
    assertEquals(Optional.empty(), Prompt.system().confirm("Apply? "));
  }
}
