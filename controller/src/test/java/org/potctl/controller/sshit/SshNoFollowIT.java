package org.potctl.controller.sshit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;
import org.potctl.state.exec.Command;

/**
 * Over a real sshd on loopback, a symbolic link planted in pot's tree (a flavour, a pot's {@code
 * pot.conf}) is refused by name: the remote file script tests {@code -L} before reading, the
 * target's content never reaches the plan, and nothing runs.
 */
class SshNoFollowIT {

  @TempDir Path dir;

  private static Run potctl(String... args) {
    return Potctl.bare(args);
  }

  private static final String SPEC =
      """
      version: 1
      pots:
        web:
          base: "14.1"
      """;

  @Test
  void aSymlinkedFlavourOrPotConfIsRefusedByNameOverSsh() throws Exception {
    Path secret = Files.writeString(dir.resolve("shadow"), "root:SECRET-HASH\n");
    Path spec = Files.createDirectories(dir.resolve("spec"));
    Files.writeString(spec.resolve("potfile.yaml"), SPEC);
    try (SimBehindSsh host = SimBehindSsh.start(dir.resolve("h"))) {
      assertEquals(0, host.local().run(Command.of("pot", "create-base", "-r", "14.1")).exitCode());
      Path flavours = host.simDir.resolve("etc/pot/flavours");
      Files.createDirectories(flavours);
      Path link = Files.createSymbolicLink(flavours.resolve("nginx"), secret);
      Run plan = potctl("plan", spec.toString(), "--host", host.host(), "-o", "json");
      assertFalse(plan.code() == 0, plan.toString());
      assertTrue(
          plan.err().contains("cannot read " + link + ": it is a symbolic link"), plan.err());
      assertFalse(plan.out().contains("SECRET") || plan.err().contains("SECRET"), plan.toString());
      Files.delete(link);

      Path conf = host.simDir.resolve("fsroot/jails/base-14_1/conf/pot.conf");
      Path saved = Files.move(conf, dir.resolve("pot.conf.real"));
      Files.createSymbolicLink(conf, saved);
      Run observe = potctl("observe", "--host", host.host());
      assertFalse(observe.code() == 0, observe.toString());
      assertTrue(
          observe.err().contains("cannot read " + conf + ": it is a symbolic link"), observe.err());
      assertFalse(observe.err().contains("Exception"), observe.err());
    }
  }
}
