package org.potctl.state.zfsit;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * A private child dataset of the test pool and a simulated host whose {@code zfs} goes to the real
 * pool under it: the host runs real {@code zfs} argv unchanged (there is no local process runner in
 * this module yet, so the simulator's {@code zfs=real:POOL} pass-through is the runner).
 */
final class RealPool implements AutoCloseable {

  static final String POOL_ENV = "POTCTL_ZFS_POOL";

  final String root;
  final SimulatedHost host;

  private RealPool(String root, SimulatedHost host) {
    this.root = root;
    this.host = host;
  }

  /** The pool from the environment, or a skip (a failure with {@code REQUIRE_ZFS=1}). */
  static String poolOrSkip() {
    String pool = System.getenv(POOL_ENV);
    if (pool == null || pool.isBlank()) {
      String why = "real ZFS tests need " + POOL_ENV + " (./run-tests sets up zfs-fuse as root)";
      if ("1".equals(System.getenv("REQUIRE_ZFS"))) {
        fail("REQUIRE_ZFS=1 but " + why);
      }
      System.err.println("NOTICE: ZFS integration tests SKIPPED: " + why);
      Assumptions.abort("ZFS tests skipped: " + why);
    }
    return pool;
  }

  /**
   * A fresh child {@code POOL/potctl-it-<random>} with pot's root below it at {@code dir/fsroot}.
   */
  static RealPool open(Path dir) {
    String root = poolOrSkip() + "/potctl-it-" + UUID.randomUUID().toString().substring(0, 8);
    SimulatedHost host =
        new SimulatedHost(
            new SimOptions(
                dir,
                java.time.Duration.ZERO,
                java.util.Optional.empty(),
                java.util.Optional.of(root)));
    RealPool pool = new RealPool(root, host);
    pool.ok("pot", "config", "-q", "-g", "zfs_root");
    return pool;
  }

  /** pot's root on the real pool: {@code <root>/pot}. */
  String potRoot() {
    return root + "/pot";
  }

  CommandResult run(String... argv) {
    return host.run(Command.of(argv));
  }

  CommandResult ok(String... argv) {
    CommandResult r = run(argv);
    assertEquals(0, r.exitCode(), () -> String.join(" ", argv) + " -> " + r);
    return r;
  }

  /**
   * Destroys the test's datasets; zfs-fuse may call one busy for a moment after its last use (more
   * so on a loaded machine), so the destroy is retried for up to 10 s, and a dataset that never
   * goes is an error rather than a mounted leftover under the test's directory.
   */
  @Override
  public void close() {
    CommandResult r = run("zfs", "destroy", "-r", "-f", root);
    for (int i = 0; r.exitCode() != 0 && i < 20; i++) {
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      r = run("zfs", "destroy", "-r", "-f", root);
    }
    CommandResult last = r;
    boolean gone = last.exitCode() == 0 || last.stderr().contains("does not exist");
    assertTrue(gone, () -> "zfs destroy -r -f " + root + " -> " + last);
  }
}
