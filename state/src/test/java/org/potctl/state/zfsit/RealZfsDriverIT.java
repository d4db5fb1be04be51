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
import org.potctl.state.exec.ProcessCommandRunner;
import org.potctl.state.model.Dataset;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;
import org.potctl.state.zfs.ZfsCommands;
import org.potctl.state.zfs.ZfsList;

/**
 * potctl's zfs driver commands ({@link ZfsCommands}) run by the local {@link ProcessCommandRunner}
 * on real ZFS, and read back with potctl's parser ({@link ZfsList}).
 */
class RealZfsDriverIT {

  @TempDir Path dir;

  private final CommandRunner local = new ProcessCommandRunner();

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

  private CommandResult ok(Command c) {
    return local.run(c).requireSuccess(c);
  }

  private CommandResult ok(String... argv) {
    return ok(Command.of(argv));
  }

  @Test
  void createSetAndUserPropertiesAreParsedFromRealOutput() {
    try (RealPool zfs = RealPool.open(dir)) {
      String a = zfs.potRoot() + "/fscomp/a";
      ok("zfs", "create", a);
      ok(ZfsCommands.stampOwner(a, "prod"));
      ok(ZfsCommands.stampApply(a, "42"));
      ok(ZfsCommands.setProperty(a, "quota", "64M"));
      ok("zfs", "create", zfs.potRoot() + "/fscomp/b");
      Map<String, Dataset> ds = byName(list(local, zfs.potRoot()));
      Dataset da = ds.get(a);
      assertEquals(Optional.of("prod"), da.owner());
      assertEquals(Optional.of("42"), da.applyId());
      assertEquals(dir.resolve("fsroot/fscomp/a").toString(), da.mountpoint());
      assertTrue(da.usedBytes() > 0);
      assertEquals(Optional.empty(), ds.get(zfs.potRoot() + "/fscomp/b").owner());
      assertEquals("64M\n", ok("zfs", "get", "-H", "-o", "value", "quota", a).stdout());
      ok(ZfsCommands.removeOwner(a));
      assertEquals(Optional.empty(), byName(list(local, zfs.potRoot())).get(a).owner());
    }
  }

  @Test
  void trashMoveAndRestoreKeepTheFiles() throws Exception {
    try (RealPool zfs = RealPool.open(dir)) {
      String zr = zfs.potRoot();
      String a = zr + "/fscomp/a";
      ok("zfs", "create", a);
      Files.writeString(dir.resolve("fsroot/fscomp/a/keep.txt"), "precious");
      ok(ZfsCommands.createTrashParent(zr));
      ZfsCommands.moveToTrash(zr, a, "fscomp", "a", "20261123T001500").forEach(this::ok);
      String trashed = ZfsCommands.trashName(zr, "fscomp", "a", "20261123T001500");
      Map<String, Dataset> ds = byName(list(local, zr));
      assertTrue(ds.containsKey(trashed), ds.keySet().toString());
      assertEquals("none", ds.get(trashed).mountpoint());
      assertTrue(!ds.containsKey(a));
      ZfsCommands.restoreFromTrash(zr, trashed, a).forEach(this::ok);
      assertEquals("precious", Files.readString(dir.resolve("fsroot/fscomp/a/keep.txt")));
    }
  }

  @Test
  void epochSnapshotsAreListedAfterTheirDatasets() {
    try (RealPool zfs = RealPool.open(dir)) {
      String web = zfs.potRoot() + "/jails/web";
      ok("zfs", "create", web);
      ok("zfs", "create", web + "/m");
      ok("zfs", "snapshot", "-r", web + "@1700000000");
      String out = ok("zfs", "list", "-H", "-r", "-t", "all", "-o", "name", web).stdout();
      assertEquals(
          web + "\n" + web + "@1700000000\n" + web + "/m\n" + web + "/m@1700000000\n", out);
      ok("zfs", "destroy", "-r", web + "@1700000000");
      assertEquals("", ok("zfs", "list", "-H", "-r", "-t", "snapshot", "-o", "name", web).stdout());
    }
  }

  @Test
  void theSimulatedZfsAnswersLikeTheRealOne() {
    SimulatedHost model = new SimulatedHost(SimOptions.of(dir.resolve("model")));
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
      assertEquals(normalised(model), normalised(zfs.host));
      assertEquals(errorOf(model, "create", "/fscomp"), errorOf(zfs.host, "create", "/fscomp"));
      assertEquals(errorOf(model, "list", "/nope"), errorOf(zfs.host, "list", "/nope"));
      assertEquals(
          firstLine(errorOf(model, "destroy", "/potctl-trash")),
          firstLine(errorOf(zfs.host, "destroy", "/potctl-trash")));
    }
  }

  private static CommandResult run(SimulatedHost h, String... argv) {
    return h.run(Command.of(argv));
  }

  private static String errorOf(SimulatedHost h, String verb, String suffix) {
    CommandResult r = run(h, "zfs", verb, h.zfsRoot() + suffix);
    return r.exitCode() + " " + r.stderr().replace(h.zfsRoot(), "ROOT");
  }

  private static String firstLine(String text) {
    return text.lines().findFirst().orElse("");
  }

  private static List<String> normalised(SimulatedHost h) {
    String root = h.zfsRoot();
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
