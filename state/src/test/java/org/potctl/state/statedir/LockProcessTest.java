package org.potctl.state.statedir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock script run by this machine's {@code sh} (as over SSH, without the connection): held
 * while its standard input is open, busy for a second taker, gone with its process; and the local
 * lock, which on Linux also holds it, so the two exclude each other.
 */
class LockProcessTest {

  @TempDir Path dir;

  private Optional<StateStore.Lease> take(String command) throws Exception {
    LockHolder holder = LockHolder.current(command, Instant.parse("2026-11-23T13:50:00Z"));
    Process p = new ProcessBuilder(LockProcess.argv(dir.toString(), holder)).start();
    return LockProcess.await(p, "test");
  }

  @Test
  void heldWhileOpenBusyForOthersAndReleasedOnClose() throws Exception {
    StateStore.Lease first = take("potctl apply one").orElseThrow();
    assertEquals("potctl apply one", StateStore.local(dir).holder().orElseThrow().command());
    assertTrue(take("potctl apply two").isEmpty());
    assertFalse(first.lost());
    first.close();
    assertFalse(Files.exists(dir.resolve("lock.json")));
    try (StateStore.Lease again = take("potctl apply three").orElseThrow()) {
      assertFalse(again.lost());
      assertEquals("potctl apply three", StateStore.local(dir).holder().orElseThrow().command());
    }
  }

  @Test
  void aKilledHolderLeavesNoLock() throws Exception {
    LockHolder holder = LockHolder.current("potctl apply", Instant.now());
    Process p = new ProcessBuilder(LockProcess.argv(dir.toString(), holder)).start();
    StateStore.Lease lease = LockProcess.await(p, "test").orElseThrow();
    p.descendants().forEach(ProcessHandle::destroyForcibly);
    p.destroyForcibly();
    assertTrue(p.waitFor(10, TimeUnit.SECONDS));
    assertTrue(lease.lost());
    try (HostLock.Held held = new HostLock(dir).acquire("potctl apply", Duration.ofSeconds(10))) {
      assertEquals(ProcessHandle.current().pid(), held.holder().pid());
    }
  }

  @Test
  void theLocalLockAndTheScriptExcludeEachOther() throws Exception {
    if (!System.getProperty("os.name").toLowerCase().contains("linux")
        || !Files.isExecutable(Path.of("/usr/bin/flock"))) {
      // FreeBSD: lockf(1) and fcntl locks are one kernel lock list; nothing more to check here.
      return;
    }
    try (StateStore.Lease script = take("potctl apply --host ssh://h").orElseThrow()) {
      LockHeldException e =
          assertThrows(
              LockHeldException.class,
              () -> new HostLock(dir).acquire("potctl apply", Duration.ZERO));
      assertTrue(e.getMessage().contains("running 'potctl apply --host ssh://h'"), e.getMessage());
      assertFalse(script.lost());
    }
    try (HostLock.Held local = new HostLock(dir).acquire("potctl apply", Duration.ZERO)) {
      assertTrue(take("potctl apply --host ssh://h").isEmpty());
      assertFalse(local.lost());
    }
  }
}
