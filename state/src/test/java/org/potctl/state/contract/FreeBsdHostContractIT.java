package org.potctl.state.contract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.potctl.state.exec.CommandRunner;
import org.potctl.state.exec.ProcessCommandRunner;

/**
 * The host driver contract against this machine's real pot, zfs, jls and pfctl. Runs only on
 * FreeBSD with {@code pot} on the PATH (as root, with {@code pot init} done and the release of
 * {@code POTCTL_IT_RELEASE}, default 14.1, fetchable); skipped with a message elsewhere. Every
 * object it creates is prefixed {@code potctlit} and destroyed afterwards.
 */
class FreeBsdHostContractIT extends HostDriverContract {

  private final ProcessCommandRunner runner = new ProcessCommandRunner();

  @BeforeEach
  void requireFreeBsdWithPot() {
    boolean freebsd =
        System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("freebsd");
    assumeTrue(
        freebsd && potOnPath(),
        "FreeBSD pot host contract SKIPPED: needs FreeBSD with pot on the PATH (os.name="
            + System.getProperty("os.name")
            + ")");
  }

  private static boolean potOnPath() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "pot"))) {
        return true;
      }
    }
    return false;
  }

  @Override
  protected CommandRunner runner() {
    return runner;
  }

  @Override
  protected String release() {
    return System.getenv().getOrDefault("POTCTL_IT_RELEASE", "14.1");
  }

  @Override
  protected String prefix() {
    return "potctlit";
  }
}
