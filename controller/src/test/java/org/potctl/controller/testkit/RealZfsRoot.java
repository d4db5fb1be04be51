package org.potctl.controller.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.CommandResult;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;

/**
 * A private child dataset {@code POOL/potctl-it-<random>} of the real test pool ({@code
 * POTCTL_ZFS_POOL}, zfs-fuse under {@code ./run-tests}) for a simulated host with {@code
 * zfs=real:ROOT}, and its removal. Without a pool the test is skipped with a NOTICE, or fails with
 * {@code REQUIRE_ZFS=1}.
 */
public final class RealZfsRoot {

  private RealZfsRoot() {}

  /** A fresh root name under the test pool (the dataset is made by the simulator's first zfs). */
  public static String fresh() {
    String pool = System.getenv("POTCTL_ZFS_POOL");
    if (pool == null || pool.isBlank()) {
      String why = "real ZFS tests need POTCTL_ZFS_POOL (./run-tests sets up zfs-fuse as root)";
      if ("1".equals(System.getenv("REQUIRE_ZFS"))) {
        fail("REQUIRE_ZFS=1 but " + why);
      }
      System.err.println("NOTICE: ZFS integration tests SKIPPED: " + why);
      Assumptions.abort("ZFS tests skipped: " + why);
    }
    return pool + "/potctl-it-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * Destroys {@code root} and everything under it. zfs-fuse may call a dataset busy for a moment
   * after its last use (for many seconds on a loaded machine), so the destroy is retried for up to
   * 30 s; a dataset that never goes fails the test with zfs's own message, instead of leaving a
   * mount under the test's directory that JUnit then cannot delete ("Device or resource busy").
   */
  public static void destroy(Path simDir, String root) {
    SimulatedHost host = new SimulatedHost(SimOptions.parse(simDir + "?zfs=real:" + root));
    Command destroy = Command.of("zfs", "destroy", "-r", "-f", root);
    CommandResult r = host.run(destroy);
    for (int i = 0; !gone(r) && i < 60; i++) {
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      r = host.run(destroy);
    }
    CommandResult last = r;
    assertTrue(gone(last), () -> "zfs destroy -r -f " + root + " -> " + last);
  }

  private static boolean gone(CommandResult r) {
    return r.exitCode() == 0 || r.stderr().contains("does not exist");
  }
}
