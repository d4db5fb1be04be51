package org.potctl.controller.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The confirmation prompt: on the console when stdin and stdout are a terminal, else on the
 * controlling terminal ({@code /dev/tty}) when there is one, as {@code apply DIR | tee log} at a
 * terminal needs; else none (then {@code --yes} is required).
 */
final class Prompt {

  private final Optional<Path> tty;
  private final boolean console;

  private Prompt(Optional<Path> tty, boolean console) {
    this.tty = tty;
    this.console = console;
  }

  /**
   * The prompt of this process: the console, else {@code /dev/tty}; the system property {@code
   * potctl.tty} names another terminal, or {@code none} for no terminal (the test suites set it).
   */
  static Prompt system() {
    String tty = System.getProperty("potctl.tty", "/dev/tty");
    return new Prompt(
        tty.equals("none") ? Optional.empty() : Optional.of(Path.of(tty)), !tty.equals("none"));
  }

  /** A prompt that reads and writes {@code tty}, never the console (tests). */
  static Prompt on(Path tty) {
    return new Prompt(Optional.of(tty), false);
  }

  /**
   * Asks {@code question} (its last line is the one the answer follows) and returns whether the
   * answer was exactly {@code yes}; empty when there is no terminal to ask on.
   */
  Optional<Boolean> confirm(String question) {
    Console terminal = console ? System.console() : null;
    if (terminal != null) {
      String answer = terminal.readLine("%s", question);
      return Optional.of(answer != null && answer.strip().equals("yes"));
    }
    return tty.flatMap(t -> onTty(t, question));
  }

  private static Optional<Boolean> onTty(Path tty, String question) {
    try (FileInputStream in = new FileInputStream(tty.toFile());
        FileOutputStream out = new FileOutputStream(tty.toFile(), true)) {
      out.write(question.getBytes(StandardCharsets.UTF_8));
      out.flush();
      String answer =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
      return Optional.of(answer != null && answer.strip().equals("yes"));
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }
}
