package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimStoreTest {

  @TempDir Path tmp;

  private ModelCache.Version version(SimFixture f) {
    return ModelCache.version(f.dir.resolve("model.json")).orElseThrow();
  }

  @Test
  void readOnlyCommandsLeaveTheModelFileAlone() {
    SimFixture f = new SimFixture(tmp).withBase();
    f.ok("pot", "create", "-p", "web", "-b", "14.1", "-t", "single");
    ModelCache.Version before = version(f);
    f.ok("jls", "-q", "name");
    f.ok("zfs", "list", "-H", "-r", "zroot/pot");
    f.ok("pot", "info", "-p", "web");
    f.run("pfctl", "-a", "pot-rdr/web", "-s", "nat");
    assertEquals(before, version(f), "no rewrite for commands that change nothing");
    f.ok("pot", "start", "-p", "web");
    assertNotEquals(before, version(f), "a start changes the model and saves it");
  }

  @Test
  void anotherWriterOnTheSameDirectoryIsSeen() {
    SimFixture first = new SimFixture(tmp).withBase();
    first.ok("pot", "create", "-p", "web", "-b", "14.1", "-t", "single");
    first.ok("jls");
    SimFixture second = new SimFixture(tmp);
    second.ok("pot", "start", "-p", "web");
    assertTrue(first.ok("jls", "-q", "name").stdout().contains("web"), "first sees the start");
    first.ok("pot", "stop", "-p", "web");
    assertEquals("", second.ok("jls", "-q", "name").stdout().strip());
  }
}
