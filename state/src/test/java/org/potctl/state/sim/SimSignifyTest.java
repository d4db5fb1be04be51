package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator's signify against itself and against the real one (Debian package signify-openbsd):
 * keys and signatures written by either are read by the other.
 */
class SimSignifyTest {

  @TempDir Path dir;

  @Test
  void signsAndVerifiesAndRefusesATamperedMessageOrAnotherKey() throws Exception {
    SimSignify.generate(dir.resolve("a.pub"), dir.resolve("a.sec"));
    SimSignify.generate(dir.resolve("b.pub"), dir.resolve("b.sec"));
    Path m = Files.writeString(dir.resolve("m.skein"), "abc\n");
    assertEquals(Optional.empty(), SimSignify.sign(dir.resolve("a.sec"), m));
    Path sig = dir.resolve("m.skein.sig");
    assertEquals(Optional.empty(), SimSignify.verify(dir.resolve("a.pub"), sig, m));
    assertEquals(
        Optional.of("signify: verification failed: checked against wrong key"),
        SimSignify.verify(dir.resolve("b.pub"), sig, m));
    Files.writeString(m, "abd\n");
    assertEquals(
        Optional.of("signify: signature verification failed"),
        SimSignify.verify(dir.resolve("a.pub"), sig, m));
    assertEquals(Optional.of("signify: invalid public key " + m), SimSignify.verify(m, sig, m));
  }

  @Test
  void filesAreThoseOfTheRealSignify() throws Exception {
    String signify = signifyOrSkip();
    Path m = Files.writeString(dir.resolve("web_1.xz.skein"), "0123abcd\n");
    SimSignify.generate(dir.resolve("sim.pub"), dir.resolve("sim.sec"));
    assertEquals(Optional.empty(), SimSignify.sign(dir.resolve("sim.sec"), m));
    assertEquals(
        0, run(signify, "-V", "-p", "sim.pub", "-x", "web_1.xz.skein.sig", "-m", m.toString()));
    assertEquals(0, run(signify, "-G", "-n", "-p", "real.pub", "-s", "real.sec"));
    assertEquals(0, run(signify, "-S", "-s", "real.sec", "-m", m.toString()));
    Path sig = dir.resolve("web_1.xz.skein.sig");
    assertEquals(Optional.empty(), SimSignify.verify(dir.resolve("real.pub"), sig, m));
    assertEquals(
        Optional.of("signify: verification failed: checked against wrong key"),
        SimSignify.verify(dir.resolve("sim.pub"), sig, m));
    assertEquals(Optional.empty(), SimSignify.sign(dir.resolve("real.sec"), m));
    assertEquals(0, run(signify, "-V", "-p", "real.pub", "-x", sig.toString(), "-m", m.toString()));
    Files.writeString(m, "tampered\n");
    assertTrue(run(signify, "-V", "-p", "real.pub", "-x", sig.toString(), "-m", m.toString()) != 0);
  }

  private int run(String... argv) throws Exception {
    Process p =
        new ProcessBuilder(List.of(argv)).directory(dir.toFile()).redirectErrorStream(true).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail(String.join(" ", argv) + " did not finish");
    }
    System.out.print(out);
    return p.exitValue();
  }

  private static String signifyOrSkip() {
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("signify-openbsd", "signify")) {
        if (!d.isEmpty() && Files.isExecutable(Path.of(d, name))) {
          return Path.of(d, name).toString();
        }
      }
    }
    String why = "signify is not installed (Debian package signify-openbsd)";
    if ("1".equals(System.getenv("REQUIRE_DIST_TOOLS"))) {
      fail("REQUIRE_DIST_TOOLS=1 but " + why);
    }
    System.err.println("NOTICE: test SKIPPED: " + why + "; ./run-tests as root installs it");
    Assumptions.abort(why);
    return null;
  }
}
