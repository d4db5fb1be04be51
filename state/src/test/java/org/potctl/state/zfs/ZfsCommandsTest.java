package org.potctl.state.zfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.potctl.state.exec.Command;

class ZfsCommandsTest {

  private static List<String> lines(List<Command> commands) {
    return commands.stream().map(Command::display).toList();
  }

  @Test
  void setsAllowlistedPropertiesOnly() {
    assertEquals(
        "zfs set compression=lz4 zroot/pot/fscomp/d",
        ZfsCommands.setProperty("zroot/pot/fscomp/d", "compression", "lz4").display());
    assertEquals(
        "zfs set quota=10G zroot/pot/fscomp/d",
        ZfsCommands.setProperty("zroot/pot/fscomp/d", "quota", "10G").display());
    assertEquals(
        "zfs inherit quota zroot/pot/fscomp/d",
        ZfsCommands.inheritProperty("zroot/pot/fscomp/d", "quota").display());
    assertThrows(
        IllegalArgumentException.class,
        () -> ZfsCommands.setProperty("zroot/pot/fscomp/d", "mountpoint", "/x"));
    assertThrows(
        IllegalArgumentException.class,
        () -> ZfsCommands.setProperty("zroot/pot/fscomp/d", "quota", "1 0G"));
    assertThrows(
        IllegalArgumentException.class,
        () -> ZfsCommands.setProperty("zroot/pot/fscomp/d", "quota", "-o"));
  }

  @Test
  void stampsAndRemovesOwnership() {
    assertEquals(
        "zfs set potctl:owner=prod zroot/pot/jails/web",
        ZfsCommands.stampOwner("zroot/pot/jails/web", "prod").display());
    assertEquals(
        "zfs set potctl:apply=20261123T0001Z-1 zroot/pot/jails/web",
        ZfsCommands.stampApply("zroot/pot/jails/web", "20261123T0001Z-1").display());
    assertEquals(
        "zfs inherit potctl:owner zroot/pot/jails/web",
        ZfsCommands.removeOwner("zroot/pot/jails/web").display());
    assertThrows(
        IllegalArgumentException.class,
        () -> ZfsCommands.stampOwner("zroot/pot/jails/web", "a=b c"));
  }

  @Test
  void movesToTrashUnmountingFirst() {
    assertEquals(
        List.of(
            "zfs set mountpoint=none zroot/pot/fscomp/web-data",
            "zfs rename zroot/pot/fscomp/web-data zroot/pot/potctl-trash/fscomp-web-data-a42"),
        lines(
            ZfsCommands.moveToTrash(
                "zroot/pot", "zroot/pot/fscomp/web-data", "fscomp", "web-data", "a42")));
    assertEquals(
        "zfs create -o mountpoint=none zroot/pot/potctl-trash",
        ZfsCommands.createTrashParent("zroot/pot").display());
    assertThrows(
        IllegalArgumentException.class,
        () -> ZfsCommands.moveToTrash("zroot/pot", "tank/other", "fscomp", "x", "a42"));
    assertThrows(
        IllegalArgumentException.class,
        () -> ZfsCommands.moveToTrash("zroot/pot", "zroot/pot/fscomp/x", "Fs Comp", "x", "a42"));
  }

  @Test
  void restoresAndPurgesOnlyInsideTheTrash() {
    assertEquals(
        List.of(
            "zfs rename zroot/pot/potctl-trash/fscomp-d-a1 zroot/pot/fscomp/d",
            "zfs inherit -r mountpoint zroot/pot/fscomp/d"),
        lines(
            ZfsCommands.restoreFromTrash(
                "zroot/pot", "zroot/pot/potctl-trash/fscomp-d-a1", "zroot/pot/fscomp/d")));
    assertEquals(
        "zfs destroy -r zroot/pot/potctl-trash/fscomp-d-a1",
        ZfsCommands.destroyTrashed("zroot/pot", "zroot/pot/potctl-trash/fscomp-d-a1").display());
    assertThrows(
        IllegalArgumentException.class,
        () -> ZfsCommands.destroyTrashed("zroot/pot", "zroot/pot/fscomp/d"));
    assertThrows(
        IllegalArgumentException.class,
        () -> ZfsCommands.destroyTrashed("zroot/pot", "zroot/pot/potctl-trash"));
  }
}
