package org.potctl.controller.realpot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kit's {@code zfs} (src/test/resources/realpot/bin/zfs) against a stand-in zfs that calls a
 * destroy busy its first N times: every destroy is tried six times; de-init's {@code zfs destroy
 * -r} of the sandbox's root (de-init.sh:71) up to five times more, each extra try logged in {@code
 * state/zfs-retries.log}, and it still fails with zfs's message when the dataset stays busy. Needs
 * only bash; no pool, no sandbox.
 */
class KitZfsRetryTest {

  private static final String ROOT = "pool/realpot-x-sbx";

  @TempDir Path kit;
  private Path calls;

  @BeforeEach
  void standIn() throws Exception {
    Files.createDirectories(kit.resolve("state"));
    Files.writeString(kit.resolve("zfs-root"), ROOT + "\n");
    calls = kit.resolve("calls");
    Path zfs = kit.resolve("fake-zfs");
    Files.writeString(
        zfs,
        "#!/bin/bash\n"
            + "n=$(( $(cat \"$CALLS\" 2>/dev/null || echo 0) + 1 )); echo \"$n\" >\"$CALLS\"\n"
            + "if [ \"$n\" -le \"$BUSY\" ]; then\n"
            + "  echo \"cannot destroy '$ROOT/jails': dataset is busy\" >&2; exit 1\n"
            + "fi\n");
    zfs.toFile().setExecutable(true, false);
  }

  private record Ran(int exit, String stderr, int calls, List<String> logged) {}

  private Ran zfs(int busy, String... args) throws Exception {
    List<String> argv = new java.util.ArrayList<>(List.of("bash"));
    argv.add(KitScripts.source().resolve("bin/zfs").toString());
    argv.addAll(List.of(args));
    ProcessBuilder b = new ProcessBuilder(argv);
    b.environment().put("POTKIT", kit.toString());
    b.environment().put("POTKIT_ZFS", kit.resolve("fake-zfs").toString());
    b.environment().put("POTKIT_NAP", "0");
    b.environment().put("CALLS", calls.toString());
    b.environment().put("BUSY", Integer.toString(busy));
    b.environment().put("ROOT", ROOT);
    Path err = kit.resolve("stderr");
    Process p =
        b.redirectError(err.toFile()).redirectOutput(kit.resolve("stdout").toFile()).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "bin/zfs did not end");
    Path log = kit.resolve("state/zfs-retries.log");
    return new Ran(
        p.exitValue(),
        Files.readString(err),
        Integer.parseInt(Files.readString(calls).strip()),
        Files.exists(log) ? Files.readAllLines(log) : List.of());
  }

  @Test
  void deInitsDestroyOfTheRootIsTriedAgainWhileBusyAndEachRetryIsLogged() throws Exception {
    Ran r = zfs(8, "destroy", "-r", ROOT);
    assertEquals(0, r.exit(), r.toString());
    assertEquals(9, r.calls(), r.toString());
    assertEquals(3, r.logged().size(), r.toString());
    assertEquals(
        "de-init: zfs destroy -r "
            + ROOT
            + " still busy (cannot destroy '"
            + ROOT
            + "/jails': dataset is busy), retry 1/5 in 2 s",
        r.logged().get(0));
    assertTrue(r.logged().get(2).endsWith("retry 3/5 in 2 s"), r.toString());
  }

  @Test
  void aRootThatStaysBusyStillFailsWithZfsMessageAfterFiveRetries() throws Exception {
    Ran r = zfs(1000, "destroy", "-r", "-f", ROOT);
    assertEquals(1, r.exit(), r.toString());
    assertEquals("cannot destroy '" + ROOT + "/jails': dataset is busy\n", r.stderr());
    assertEquals(11, r.calls(), r.toString());
    assertEquals(5, r.logged().size(), r.toString());
  }

  @Test
  void anyOtherDestroyGetsOnlyTheSixTries() throws Exception {
    Ran pot = zfs(1000, "destroy", "-r", ROOT + "/jails/a");
    assertEquals(1, pot.exit(), pot.toString());
    assertEquals(6, pot.calls(), pot.toString());
    Files.delete(calls);
    Ran flat = zfs(1000, "destroy", ROOT);
    assertEquals(1, flat.exit(), flat.toString());
    assertEquals(6, flat.calls(), flat.toString());
    assertFalse(Files.exists(kit.resolve("state/zfs-retries.log")));
  }
}
