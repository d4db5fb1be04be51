package org.potctl.state.zfsit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.CommandResult;
import org.potctl.state.exec.CommandRunner;
import org.potctl.state.model.Dataset;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;
import org.potctl.state.zfs.ZfsList;

/** The zfs commands potctl's driver issues, run on real ZFS and read back with potctl's parser. */
class RealZfsDriverIT {

  @TempDir Path dir;

  /** {@code zfs list} the way the observer runs it: exact numbers, or human ones where -p fails. */
  private static List<Dataset> list(CommandRunner runner, String root) {
    Command exact = Command.of(ZfsList.argv(root, true));
    CommandResult r = runner.run(exact);
    Command used = exact;
    if (!r.succeeded() && ZfsList.rejectsExactFlag(r.stdout(), r.stderr())) {
      used = Command.of(ZfsList.argv(root, false));
      r = runner.run(used);
    }
    return ZfsList.parse(used.display(), r.requireSuccess(used).stdout());
  }

  private static Map<String, Dataset> byName(List<Dataset> datasets) {
    Map<String, Dataset> m = new TreeMap<>();
    datasets.forEach(d -> m.put(d.name(), d));
    return m;
  }

  @Test
  void createSetAndUserPropertiesAreParsedFromRealOutput() {
    try (RealPool zfs = RealPool.open(dir)) {
      String a = zfs.potRoot() + "/fscomp/a";
      zfs.ok("zfs", "create", "-o", "potctl:owner=prod", a);
      zfs.ok("zfs", "set", "quota=64M", a);
      zfs.ok("zfs", "set", "potctl:apply=42", a);
      zfs.ok("zfs", "create", zfs.potRoot() + "/fscomp/b");
      Map<String, Dataset> ds = byName(list(zfs.host, zfs.potRoot()));
      Dataset da = ds.get(a);
      assertEquals(Optional.of("prod"), da.owner());
      assertEquals(Optional.of("42"), da.applyId());
      assertEquals(dir.resolve("fsroot/fscomp/a").toString(), da.mountpoint());
      assertTrue(da.usedBytes() > 0);
      assertEquals(Optional.empty(), ds.get(zfs.potRoot() + "/fscomp/b").owner());
      assertEquals("64M\n", zfs.ok("zfs", "get", "-H", "-o", "value", "quota", a).stdout());
      zfs.ok("zfs", "inherit", "potctl:owner", a);
      assertEquals("-\n", zfs.ok("zfs", "get", "-H", "-o", "value", "potctl:owner", a).stdout());
    }
  }

  @Test
  void renameIntoTrashAfterUnmountingKeepsTheFiles() throws Exception {
    try (RealPool zfs = RealPool.open(dir)) {
      String a = zfs.potRoot() + "/fscomp/a";
      zfs.ok("zfs", "create", a);
      Files.writeString(dir.resolve("fsroot/fscomp/a/keep.txt"), "precious");
      zfs.ok("zfs", "create", "-o", "mountpoint=none", zfs.potRoot() + "/potctl-trash");
      zfs.ok("zfs", "set", "mountpoint=none", a);
      String trashed = zfs.potRoot() + "/potctl-trash/fscomp-a-1";
      zfs.ok("zfs", "rename", a, trashed);
      Map<String, Dataset> ds = byName(list(zfs.host, zfs.potRoot()));
      assertTrue(ds.containsKey(trashed), ds.keySet().toString());
      assertEquals("none", ds.get(trashed).mountpoint());
      zfs.ok("zfs", "set", "mountpoint=" + dir.resolve("restored"), trashed);
      assertEquals("precious", Files.readString(dir.resolve("restored/keep.txt")));
    }
  }

  @Test
  void epochSnapshotsAreListedWithTheirCreationTime() {
    try (RealPool zfs = RealPool.open(dir)) {
      String a = zfs.potRoot() + "/jails";
      zfs.ok("zfs", "create", a + "/web");
      zfs.ok("zfs", "create", a + "/web/m");
      zfs.ok("zfs", "snapshot", "-r", a + "/web@1700000000");
      String out =
          zfs.ok("zfs", "list", "-H", "-r", "-t", "snapshot", "-o", "name", a + "/web").stdout();
      assertEquals(a + "/web@1700000000\n" + a + "/web/m@1700000000\n", out);
      zfs.ok("zfs", "destroy", "-r", a + "/web@1700000000");
      assertEquals(
          "",
          zfs.ok("zfs", "list", "-H", "-r", "-t", "snapshot", "-o", "name", a + "/web").stdout());
    }
  }

  @Test
  void theSimulatedZfsAnswersLikeTheRealOne() {
    Path modelDir = dir.resolve("model");
    SimulatedHost model = new SimulatedHost(SimOptions.of(modelDir));
    try (RealPool zfs = RealPool.open(dir.resolve("real"))) {
      for (SimulatedHost h : List.of(model, zfs.host)) {
        String r = h.zfsRoot();
        run(h, "zfs", "create", "-o", "potctl:owner=x", r + "/fscomp/a");
        run(h, "zfs", "create", r + "/fscomp/a/b");
        run(h, "zfs", "snapshot", "-r", r + "/fscomp/a@1700000000");
        run(h, "zfs", "create", "-o", "mountpoint=none", r + "/potctl-trash");
        run(h, "zfs", "set", "mountpoint=none", r + "/fscomp/a");
        run(h, "zfs", "rename", r + "/fscomp/a", r + "/potctl-trash/a");
      }
      List<String> expected = normalised(model, model.zfsRoot());
      assertEquals(expected, normalised(zfs.host, zfs.host.zfsRoot()));
      assertEquals(
          run(model, "zfs", "create", model.zfsRoot() + "/fscomp")
              .stderr()
              .replace(model.zfsRoot(), "ROOT"),
          run(zfs.host, "zfs", "create", zfs.host.zfsRoot() + "/fscomp")
              .stderr()
              .replace(zfs.host.zfsRoot(), "ROOT"));
    }
  }

  private static CommandResult run(SimulatedHost h, String... argv) {
    return h.run(Command.of(argv));
  }

  private static List<String> normalised(SimulatedHost h, String root) {
    String out =
        run(
                h,
                "zfs",
                "list",
                "-H",
                "-r",
                "-t",
                "filesystem,snapshot",
                "-o",
                "name,type,origin,potctl:owner",
                root + "/potctl-trash",
                root + "/fscomp")
            .stdout();
    return out.lines().map(l -> l.replace(root, "ROOT")).toList();
  }
}
