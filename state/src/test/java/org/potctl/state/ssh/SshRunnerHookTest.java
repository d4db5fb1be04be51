package org.potctl.state.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A watcher opens an ssh runner per cycle: the runners share one JVM shutdown hook, so opening and
 * closing 1,000 of them adds at most that one hook and leaves no private directory behind.
 */
class SshRunnerHookTest {

  @Test
  void thousandRunnersShareOneShutdownHook() throws Exception {
    SshTarget target = SshTarget.parse("potctl@127.0.0.1:1");
    SshRunner.open(target).close();
    int hooks = shutdownHooks();
    int open = OpenRunners.open();
    List<Path> dirs = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      SshRunner runner = SshRunner.open(target);
      dirs.add(controlDir(runner));
      assertEquals(open + 1, OpenRunners.open());
      runner.close();
    }
    assertEquals(hooks, shutdownHooks(), "no hook per runner");
    assertEquals(open, OpenRunners.open(), "closed runners are forgotten");
    assertTrue(OpenRunners.hookAdded());
    assertTrue(dirs.stream().noneMatch(Files::exists), "every private directory was removed");
  }

  @Test
  void anUnclosedRunnerIsStillKnownToTheHook() throws Exception {
    SshRunner runner = SshRunner.open(SshTarget.parse("potctl@127.0.0.1:1"));
    int hooks = shutdownHooks();
    try {
      assertTrue(OpenRunners.open() >= 1);
      assertEquals(hooks, shutdownHooks());
    } finally {
      runner.close();
    }
    assertFalse(Files.exists(controlDir(runner)));
  }

  /** The JVM's registered application shutdown hooks (java.lang is opened to tests). */
  private static int shutdownHooks() throws ReflectiveOperationException {
    Class<?> hooks = Class.forName("java.lang.ApplicationShutdownHooks");
    Field field = hooks.getDeclaredField("hooks");
    field.setAccessible(true);
    synchronized (hooks) {
      return ((Map<?, ?>) field.get(null)).size();
    }
  }

  private static Path controlDir(SshRunner runner) {
    return runner.controlDirectory();
  }
}
