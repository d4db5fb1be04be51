package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.exec.CommandResult;

/**
 * What the real-pot kit's sequences of the twenty-third session found (docs/real-pot.md), each
 * expectation read from pot 0.16.1's scripts.
 */
class SimPotWorkdayTest {

  @TempDir Path dir;

  /**
   * mount-out.sh:47-60: on a stopped pot {@code _pot_mount} runs before {@code chroot m realpath
   * MNT} and {@code _pot_umount} after it, so a zfs-remount dataset sits at its mount point in the
   * pot when the realpath is taken; {@code _umount_mnt_p} (mount-out.sh:72-80) then names it.
   */
  @Test
  void mountOutOfAZfsRemountDatasetOnAStoppedPotResolvesItsMountPointWhileMounted() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create-fscomp", "-f", "data");
    sim.ok("pot", "create-fscomp", "-f", "www");
    sim.ok("pot", "create", "-p", "s1", "-b", "14.1", "-t", "single");
    sim.ok("pot", "mount-in", "-p", "s1", "-f", "data", "-m", "/data", "-w");
    sim.ok("pot", "mount-in", "-p", "s1", "-f", "www", "-m", "/www");
    sim.ok("pot", "start", "s1");
    sim.ok("pot", "stop", "s1");
    String m = dir.resolve("fsroot/jails/s1/m").toString();
    assertEquals(
        "=====>  umount_mnt_p: mnt_p:" + m + "/data\n",
        sim.ok("pot", "mount-out", "-v", "-p", "s1", "-m", "/data").stdout());
  }

  /**
   * common.sh:557-565: {@code _get_conf_var} is {@code grep | tr -d ' \t"' | cut -f2 -d'='}, and
   * info.sh:101-108 prints every jail attribute through it: {@code exec_stop=a=b} reads {@code a},
   * {@code /bin/sh /etc/rc.shutdown jail} loses its blanks.
   */
  @Test
  void infoPrintsAttributesAsGetConfVarReadsThem() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create", "-p", "a1", "-b", "14.1", "-t", "single");
    sim.ok("pot", "set-attribute", "-p", "a1", "-A", "exec_stop", "-V", "a=b");
    String info = sim.ok("pot", "info", "-p", "a1").stdout();
    assertTrue(info.contains("\t\texec_stop: a\n"), info);
    sim.ok("pot", "set-attribute", "-p", "a1", "-A", "exec_stop", "-V", "/bin/sh /x \"q\"");
    info = sim.ok("pot", "info", "-p", "a1").stdout();
    assertTrue(info.contains("\t\texec_stop: /bin/sh/xq\n"), info);
    assertEquals(
        "===>  exec_stop: /bin/sh/xq\n",
        sim.ok("pot", "get-attribute", "-p", "a1", "-A", "exec_stop").stdout());
  }

  /**
   * de-init.sh:51-72: the running-pot loop runs over the word {@code _get_pot_list}, so a running
   * pot is neither refused nor stopped, and {@code zfs destroy -r} meets its busy datasets: on
   * FreeBSD a file system with a jail's devfs and tmpfs on it cannot be unmounted, and OpenZFS's
   * recursive destroy goes on past it. The pot, its jail and the datasets above it stay; the rest
   * goes, and init makes it again.
   */
  @Test
  void deInitWhileAPotRunsLeavesThatPotsDatasetsAndTheirAncestors() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create-fscomp", "-f", "data");
    sim.ok("pot", "create-fscomp", "-f", "spare");
    sim.ok("pot", "create", "-p", "r1", "-b", "14.1", "-t", "single");
    sim.ok("pot", "create", "-p", "s1", "-b", "14.1", "-t", "single");
    sim.ok("pot", "mount-in", "-p", "r1", "-f", "data", "-m", "/data");
    sim.ok("pot", "start", "r1");
    CommandResult r = sim.run("pot", "de-init");
    assertEquals(0, r.exitCode());
    assertTrue(r.stdout().startsWith("===>  Deinstall pot (zroot/pot)\n"), r.stdout());
    assertTrue(r.stderr().contains("busy"), r.stderr());
    assertEquals(
        List.of(
            "zroot/pot",
            "zroot/pot/fscomp",
            "zroot/pot/fscomp/data",
            "zroot/pot/jails",
            "zroot/pot/jails/r1",
            "zroot/pot/jails/r1/m"),
        sim.ok("zfs", "list", "-H", "-r", "-o", "name", "zroot/pot").stdout().lines().toList());
    String ls = sim.ok("pot", "ls").stdout();
    assertTrue(ls.contains("pot name : r1") && ls.contains("active : true"), ls);
    assertEquals(
        "===>  zroot/pot already present\n=====>  creating zroot/pot/bases\n",
        sim.ok("pot", "init", "-v", "-m", "-s").stdout().lines().limit(2).toList().stream()
            .map(l -> l + "\n")
            .reduce("", String::concat));
  }

  /**
   * destroy.sh:94-107 removes a directory left at {@code $FR/fscomp/F} after the destroy, with a
   * debug line; libzfs leaves a mount point set locally, which clone-fscomp.sh:31 does ({@code zfs
   * clone -o mountpoint=…}), and removes an inherited one (create-fscomp's).
   */
  @Test
  void destroyOfAClonedFscompRemovesItsLeftoverMountPoint() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create-fscomp", "-f", "d1");
    sim.ok("pot", "snapshot", "-f", "d1");
    sim.ok("pot", "clone-fscomp", "-f", "d2", "-F", "d1");
    Path d2 = dir.resolve("fsroot/fscomp/d2");
    assertEquals(
        "===>  Destroying fscomp d2\n=====>  Removing leftover mountpoint " + d2 + "\n",
        sim.ok("pot", "destroy", "-v", "-f", "d2").stdout());
    assertFalse(Files.exists(d2));
    sim.ok("pot", "create-fscomp", "-f", "d3");
    assertEquals(
        "===>  Destroying fscomp d3\n", sim.ok("pot", "destroy", "-v", "-f", "d3").stdout());
  }
}
