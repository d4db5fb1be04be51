package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.potctl.controller.testkit.Run;

/**
 * potctl as its own process under {@code LC_ALL=C}: {@code --help} prints no picocli warning (they
 * go to the process's stderr, outside any writer a test could pass in) and plain ASCII ({@code ±}
 * as {@code +/-}, never {@code ?}).
 */
class HelpWarningsTest {

  private static Run potctl(String... args) throws IOException, InterruptedException {
    List<String> argv = new ArrayList<>();
    argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    argv.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    argv.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(argv);
    pb.environment().put("LC_ALL", "C");
    pb.environment().remove("LANG");
    Process p = pb.start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    return new Run(
        p.exitValue(),
        new String(out, StandardCharsets.ISO_8859_1),
        new String(err, StandardCharsets.ISO_8859_1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"watch", "apply", "plan"})
  void helpHasNoPicocliWarningAndIsPlainAsciiUnderTheCLocale(String command) throws Exception {
    Run r = potctl(command, "--help");
    assertEquals(0, r.code(), r.err());
    assertFalse(r.err().contains("picocli WARN"), r.err());
    assertFalse(r.out().contains("picocli WARN"), r.out());
    assertTrue(r.out().chars().allMatch(c -> c < 0x80), r.out());
    if (command.equals("watch")) {
      assertTrue(r.out().contains("+/-10% jitter"), r.out());
    }
  }
}
