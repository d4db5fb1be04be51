package org.potctl.controller.sshit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;

/**
 * {@code dir} mount sources, and the host paths of a spec flavour's {@code mount-in -d} and {@code
 * copy-in -s} lines, are resolved on the remote host at plan time, as they are locally.
 */
class SshDirMountIT {

  @TempDir Path dir;

  private static Run potctl(String... args) {
    return Potctl.bare(args);
  }

  @Test
  void aSymlinkEscapeOrAFifoOnTheHostIsALocatedErrorAndAMissingDirectoryAWarning()
      throws Exception {
    Path root = Files.createDirectories(dir.resolve("host-srv"));
    Files.createDirectories(root.resolve("www"));
    Files.createSymbolicLink(root.resolve("escape"), Path.of("/etc"));
    Path spec = Files.createDirectories(dir.resolve("spec"));
    String pot =
        """
        version: 1
        pots:
          web:
            base: "14.1"
            mounts:
              - {dir: ROOT/www, at: /www}
              - {dir: ROOT/later, at: /later}
        """
            .replace("ROOT", root.toString());
    Files.writeString(spec.resolve("potfile.yaml"), pot);
    String allow = "--allow-host-dir=" + root;
    try (SimBehindSsh host = SimBehindSsh.start(dir.resolve("h"))) {
      Run ok = potctl(allow, "plan", spec.toString(), "--host", host.host());
      assertEquals(0, ok.code(), ok.toString());
      // the ssh host judges its own file system (the simulator behind it keeps host directories
      // in its hostfs tree, which an ssh host never consults): www exists there, later does not
      assertEquals(
          List.of(
              spec.resolve("potfile.yaml")
                  + ":7:15: warning: pots.web.mounts[1].dir: "
                  + root
                  + "/later is not a directory on the host; pot mount-in will fail until it is"),
          ok.err().lines().filter(l -> l.contains("warning")).toList());

      Files.writeString(
          spec.resolve("potfile.yaml"), pot + "      - {dir: " + root + "/escape, at: /e}\n");
      Run escape = potctl(allow, "plan", spec.toString(), "--host", host.host());
      assertEquals(1, escape.code(), escape.toString());
      assertTrue(
          escape.err().contains("potfile.yaml:")
              && escape.err().contains(root + "/escape leads to /etc, outside the allowed roots"),
          escape.err());
      assertFalse(escape.err().contains("Exception"), escape.err());

      Process mkfifo = new ProcessBuilder("mkfifo", root.resolve("fifo").toString()).start();
      assertEquals(0, mkfifo.waitFor());
      Files.writeString(
          spec.resolve("potfile.yaml"), pot + "      - {dir: " + root + "/fifo, at: /f}\n");
      Run fifo = potctl(allow, "plan", spec.toString(), "--host", host.host());
      assertEquals(1, fifo.code(), fifo.toString());
      assertTrue(
          fifo.err()
              .contains(
                  spec.resolve("potfile.yaml")
                      + ":8:15: error: pots.web.mounts[2].dir: "
                      + root
                      + "/fifo is a FIFO, not a directory: pot mount-in cannot mount it"),
          fifo.err());
    }
  }

  @Test
  void aSpecFlavoursHostPathsAreJudgedOnTheRemoteHostAtTheirLines() throws Exception {
    Path root = Files.createDirectories(dir.resolve("host-srv"));
    Files.createDirectories(root.resolve("www"));
    Files.writeString(root.resolve("motd"), "hello\n");
    Files.createSymbolicLink(root.resolve("escape"), Path.of("/"));
    Files.createSymbolicLink(root.resolve("passwd"), Path.of("/etc/passwd"));
    Path spec = Files.createDirectories(dir.resolve("spec"));
    String potfile =
        """
        version: 1
        flavours:
          sneaky:
            commands:
              - "mount-in -d ROOT/www -m /www"
              - "copy-in -s ROOT/motd -d /etc/motd"
              - "mount-in -d ROOT/escape -m /host"
              - "copy-in -s ROOT/passwd -d /root/passwd"
        pots:
          web:
            base: "14.1"
            flavours: [sneaky]
        """
            .replace("ROOT", root.toString());
    Files.writeString(spec.resolve("potfile.yaml"), potfile);
    String allow = "--allow-host-dir=" + root;
    try (SimBehindSsh host = SimBehindSsh.start(dir.resolve("h"))) {
      Run r = potctl(allow, "apply", spec.toString(), "--yes", "--host", host.host());
      assertEquals(1, r.code(), r.toString());
      String file = spec.resolve("potfile.yaml").toString();
      assertTrue(
          r.err()
              .contains(
                  file
                      + ":7:9: error: flavours.sneaky.commands[2]: -d "
                      + root
                      + "/escape leads to /, outside the allowed roots"),
          r.err());
      assertTrue(
          r.err()
              .contains(
                  file
                      + ":8:9: error: flavours.sneaky.commands[3]: -s "
                      + root
                      + "/passwd leads to /etc/passwd, outside the allowed roots"),
          r.err());
      assertEquals(2, r.err().lines().filter(l -> l.contains(": error: ")).count(), r.err());
      Path log = host.simDir.resolve("commands.log");
      String ran = Files.exists(log) ? Files.readString(log) : "";
      assertFalse(ran.contains("pot create") || ran.contains("tee"), ran);

      // the links removed on the "remote" host, the two good lines plan
      Files.delete(root.resolve("escape"));
      Files.delete(root.resolve("passwd"));
      Files.writeString(
          spec.resolve("potfile.yaml"), potfile.replaceAll("(?m)^.*(escape|passwd).*\\n", ""));
      Run ok = potctl(allow, "plan", spec.toString(), "--host", host.host());
      assertEquals(0, ok.code(), ok.toString());
    }
  }
}
