package org.potctl.state.statedir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostLockTest {

  @TempDir Path dir;

  private Process child;

  @AfterEach
  void killChild() throws Exception {
    if (child != null && child.isAlive()) {
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** Starts a child JVM holding the lock and waits until it says so. */
  private Process holdInChild(String command) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                HoldLockMain.class.getName(),
                dir.toString(),
                command));
    pb.redirectError(ProcessBuilder.Redirect.INHERIT);
    child = pb.start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    assertEquals("locked " + child.pid(), line);
    return child;
  }

  @Test
  void aSecondAcquireInThisProcessFailsAtOnceNamingTheHolder() {
    HostLock lock = new HostLock(dir);
    try (HostLock.Held held = lock.acquire("potctl apply envs/prod --yes", Duration.ZERO)) {
      assertEquals(ProcessHandle.current().pid(), held.holder().pid());
      LockHeldException e =
          assertThrows(
              LockHeldException.class,
              () -> new HostLock(dir).acquire("potctl apply other", Duration.ZERO));
      assertEquals("potctl apply envs/prod --yes", e.holder().orElseThrow().command());
      assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid()), e.getMessage());
      assertTrue(e.getMessage().contains("'potctl apply envs/prod --yes'"), e.getMessage());
      assertTrue(e.getMessage().contains(System.getProperty("user.name")), e.getMessage());
    }
    assertTrue(Files.notExists(dir.resolve("lock.json")), "metadata removed on release");
    try (HostLock.Held again = new HostLock(dir).acquire("potctl apply", Duration.ZERO)) {
      assertEquals("potctl apply", again.holder().command());
    }
  }

  @Test
  void aWaitingAcquireSaysOnceWhomItWaitsForAndAZeroTimeoutSaysNothing() {
    try (HostLock.Held held = new HostLock(dir).acquire("potctl apply first", Duration.ZERO)) {
      List<String> told = new java.util.ArrayList<>();
      assertThrows(
          LockHeldException.class,
          () ->
              new HostLock(dir).acquire("potctl apply second", Duration.ofMillis(350), told::add));
      assertEquals(1, told.size(), told.toString());
      assertTrue(told.get(0).startsWith("host is locked (" + dir + "/lock) by pid "), told.get(0));
      assertTrue(told.get(0).contains("running 'potctl apply first'"), told.get(0));
      told.clear();
      assertThrows(
          LockHeldException.class,
          () -> new HostLock(dir).acquire("potctl apply third", Duration.ZERO, told::add));
      assertEquals(List.of(), told);
      assertEquals("potctl apply first", held.holder().command());
    }
    List<String> free = new java.util.ArrayList<>();
    try (HostLock.Held mine = new HostLock(dir).acquire("x", Duration.ofSeconds(5), free::add)) {
      assertEquals(List.of(), free, "a free lock is taken without a word");
      assertEquals("x", mine.holder().command());
    }
  }

  @Test
  void holderMetadataIsJsonBesideTheLock() throws Exception {
    try (HostLock.Held held = new HostLock(dir).acquire("potctl apply x", Duration.ZERO)) {
      String json = Files.readString(dir.resolve("lock.json"));
      for (String key : List.of("\"pid\"", "\"user\"", "\"host\"", "\"command\"", "\"started\"")) {
        assertTrue(json.contains(key), json);
      }
      assertEquals(held.holder(), new HostLock(dir).holder().orElseThrow());
      assertEquals(held.holder(), LockHolder.fromJson(json));
    }
    assertTrue(new HostLock(dir).holder().isEmpty());
  }

  @Test
  void anotherProcessHoldingTheLockIsNamedAndItsDeathReleasesIt() throws Exception {
    Process holder = holdInChild("potctl apply envs/prod --yes");
    LockHeldException e =
        assertThrows(
            LockHeldException.class,
            () -> new HostLock(dir).acquire("potctl apply mine", Duration.ZERO));
    assertEquals(holder.pid(), e.holder().orElseThrow().pid());
    assertTrue(e.getMessage().contains("pid " + holder.pid()), e.getMessage());

    holder.destroyForcibly(); // kill -9: no cleanup code runs in the holder
    assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
    // Its lock.json stays (or, on Linux, its flock(1) helper removes it as it ends: the helper
    // sees its standard input close a moment after the kill). A holder that is gone from this
    // machine is a settling lock: even a zero timeout waits for it, so a rerun right after a
    // crash is not refused.
    try (HostLock.Held held = new HostLock(dir).acquire("potctl apply mine", Duration.ZERO)) {
      assertEquals(ProcessHandle.current().pid(), new HostLock(dir).holder().orElseThrow().pid());
      assertEquals("potctl apply mine", held.holder().command());
    }
  }

  @Test
  void aTimeoutWaitsForTheHolderToGoAway() throws Exception {
    Process holder = holdInChild("potctl apply slow");
    CompletableFuture<Long> waiter =
        CompletableFuture.supplyAsync(
            () -> {
              try (HostLock.Held held =
                  new HostLock(dir).acquire("potctl apply waiting", Duration.ofMinutes(2))) {
                return held.holder().pid();
              }
            });
    assertFalse(waiter.isDone());
    holder.getOutputStream().close(); // the holder releases and exits
    assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
    assertEquals(ProcessHandle.current().pid(), waiter.get(60, TimeUnit.SECONDS));
  }

  /** An OS lock on DIR/lock with no holder metadata, as the lock helper holds it while settling. */
  private Process bareFlock(String seconds) throws Exception {
    Files.createDirectories(dir);
    child =
        new ProcessBuilder("flock", dir.resolve("lock").toString(), "sleep", seconds)
            .redirectErrorStream(true)
            .start();
    for (int i = 0; i < 100 && !held(); i++) {
      Thread.sleep(50);
    }
    assertTrue(held(), "flock(1) took DIR/lock");
    return child;
  }

  private boolean held() throws Exception {
    Process probe =
        new ProcessBuilder("flock", "-n", dir.resolve("lock").toString(), "true").start();
    return probe.waitFor() != 0;
  }

  @Test
  void aLockHeldWithoutHolderMetadataIsSettlingAndWaitedForEvenWithAZeroTimeout() throws Exception {
    Process settling = bareFlock("1");
    try (HostLock.Held held = new HostLock(dir).acquire("potctl apply", Duration.ZERO)) {
      assertFalse(settling.isAlive(), "acquired only after the bare holder let go");
      assertEquals("potctl apply", held.holder().command());
    }
  }

  @Test
  void aLockHeldWithoutMetadataForLongerThanSettlingIsRefusedAsHolderUnknown() throws Exception {
    bareFlock("60");
    long start = System.nanoTime();
    LockHeldException e =
        assertThrows(
            LockHeldException.class, () -> new HostLock(dir).acquire("potctl", Duration.ZERO));
    assertTrue(e.holder().isEmpty());
    assertTrue(e.getMessage().contains("holder unknown"), e.getMessage());
    assertTrue(
        System.nanoTime() - start >= HostLock.SETTLING.toNanos(), "refused after the settling");
  }

  @Test
  void aShortTimeoutStillFailsWhileTheLockIsHeld() throws Exception {
    holdInChild("potctl apply long");
    LockHeldException e =
        assertThrows(
            LockHeldException.class,
            () -> new HostLock(dir).acquire("potctl apply", Duration.ofMillis(300)));
    assertEquals("potctl apply long", e.holder().orElseThrow().command());
  }

  @Test
  void releasingTwiceIsHarmless() {
    HostLock.Held held = new HostLock(dir).acquire("x", Duration.ZERO);
    held.close();
    held.close();
    new HostLock(dir).acquire("y", Duration.ZERO).close();
  }
}
