package org.potctl.controller.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;

/**
 * A multi pot's mount points as pot's mount-in makes them (mount-in.sh:47-79): a directory its
 * read-only base lacks is a located plan error before any command runs, and a mount point through
 * the base's links ({@code /var} is {@code /opt/custom/var}) is what pot writes, so it converges.
 */
class MountPointsPlanTest {

  @TempDir Path tmp;

  private Path spec(String name, String mounts) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve(name));
    Files.writeString(
        dir.resolve("p.yaml"),
        "version: 1\nfscomps:\n  data: {}\n  logs: {}\npots:\n  m:\n    base: \"14.1\"\n"
            + "    type: multi\n    mounts:\n"
            + mounts);
    return dir;
  }

  @Test
  void aDirectoryTheReadOnlyBaseLacksIsALocatedPlanError() throws Exception {
    Path dir =
        spec(
            "bad",
            """
                  - {fscomp: data, at: /data}
                  - {fscomp: logs, at: /mnt/logs}
                  - {fscomp: logs, at: /media}
            """);
    Path sim = tmp.resolve("sim");
    Run r = Potctl.bare("apply", "--yes", "--host", "sim:" + sim, dir.toString());
    assertEquals(1, r.code(), r.all());
    String at = dir + "/p.yaml:";
    assertTrue(
        r.all()
            .contains(
                at
                    + "10:28: error: pots.m.mounts[0].at: mount point /data is not a directory of"
                    + " the base, and the base is mounted read-only in a level-1 multi pot"),
        r.all());
    assertTrue(r.all().contains(at + "11:28: error: pots.m.mounts[1].at: mount point /mnt/logs"));
    assertTrue(!r.all().contains("mounts[2]"), "/media is a directory of every base: " + r.all());
    assertEquals(List.of(), StaticIpsPlanTest.mutating(sim));
  }

  @Test
  void mountPointsThroughTheBasesLinksConvergeOnWhatPotWrites() throws Exception {
    Path dir =
        spec(
            "links",
            """
                  - {fscomp: data, at: /var/db/app}
                  - {fscomp: logs, at: /usr/local/etc/app, readonly: true}
            """);
    Path sim = tmp.resolve("sim");
    Run made = Potctl.bare("apply", "--yes", "--host", "sim:" + sim, dir.toString());
    assertEquals(0, made.code(), made.all());
    String conf = Files.readString(sim.resolve("fsroot/jails/m/conf/fscomp.conf"));
    assertTrue(conf.contains("/opt/custom/var/db/app"), conf);
    assertTrue(conf.contains("/opt/custom/usr.local.etc/app ro"), conf);
    Run again = Potctl.bare("plan", "--detailed-exitcode", "--host", "sim:" + sim, dir.toString());
    assertEquals(0, again.code(), again.all());
  }

  @Test
  void aFlavoursMountInIsHeldToTheSameRule() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("flavour"));
    Files.writeString(
        dir.resolve("p.yaml"),
        """
        version: 1
        fscomps:
          data: {}
        flavours:
          f:
            commands:
              - "mount-in -f data -m /data"
              - "mount-in -f data -m /var/db/data"
        pots:
          m:
            base: "14.1"
            type: multi
            flavours: [f]
        """);
    Path sim = tmp.resolve("sim");
    Run r = Potctl.bare("apply", "--yes", "--host", "sim:" + sim, dir.toString());
    assertEquals(1, r.code(), r.all());
    assertTrue(
        r.all()
            .contains(
                dir
                    + "/p.yaml:13:15: error: pots.m.flavours: flavour f: mount-in -m /data is not a"
                    + " directory of the base"),
        r.all());
    assertTrue(!r.all().contains("-m /var/db/data is not"), r.all());
    assertEquals(List.of(), StaticIpsPlanTest.mutating(sim));
  }
}
