package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

class WatchArgsTest {

  @TempDir Path dir;

  private final CommandLine cli = new CommandLine(CommandLine.Model.CommandSpec.create());

  private Path secret(String mode) throws Exception {
    Path f = Files.writeString(dir.resolve("secret-" + mode), "s3cret\n");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(mode));
    return f;
  }

  @Test
  void aSecretFileGroupOrOthersMayUseIsRefusedWithExit64() throws Exception {
    for (String mode : new String[] {"rw-r-----", "rw----r--", "rw--w----", "rw------x"}) {
      Path f = secret(mode);
      ParameterException e =
          assertThrows(ParameterException.class, () -> WatchArgs.signatures(cli, f));
      assertTrue(e.getMessage().contains("are too open: group or others"), e.getMessage());
      assertTrue(e.getMessage().contains("chmod 600 " + f), e.getMessage());
    }
    Path open = secret("rw-r--r--");
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {
              "watch", "--dir", dir.toString(), "--webhook-secret-file", open.toString()
            },
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));
    assertEquals(64, code);
    assertTrue(err.toString().contains("permissions 0644 for " + open), err.toString());
  }

  @Test
  void aPrivateSecretIsUsedAlsoThroughASymlinkWhoseTargetDecides() throws Exception {
    Path f = secret("rw-------");
    assertTrue(WatchArgs.signatures(cli, f).enabled());
    Path link = Files.createSymbolicLink(dir.resolve("link"), f);
    assertTrue(WatchArgs.signatures(cli, link).enabled());
    Path openTarget = secret("rw-rw-rw-");
    Path openLink = Files.createSymbolicLink(dir.resolve("open-link"), openTarget);
    assertThrows(ParameterException.class, () -> WatchArgs.signatures(cli, openLink));
    assertThrows(ParameterException.class, () -> WatchArgs.signatures(cli, dir));
  }

  @Test
  void aSecretFileOfAnotherUserIsRefused() throws Exception {
    if (org.potctl.state.statedir.PrivateFiles.uid() != 0) {
      System.out.println("NOTICE: not root: the other-owner case needs chown; not run");
      return;
    }
    Path f = secret("rw-------");
    Files.setAttribute(f, "unix:uid", 65534);
    ParameterException e =
        assertThrows(ParameterException.class, () -> WatchArgs.signatures(cli, f));
    assertTrue(e.getMessage().contains("is owned by uid 65534, not by root"), e.getMessage());
  }

  @Test
  void theWatchCommandPrintsTheListenWarningBeforeItStarts() {
    // the work directory inside --dir stops the command after the warning and before any bind,
    // so no test server listens on every interface
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {
              "watch",
              "--dir",
              dir.toString(),
              "--work-dir",
              dir.resolve("inside").toString(),
              "--listen",
              "0.0.0.0:0"
            },
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));
    assertEquals(64, code, err.toString());
    assertTrue(
        err.toString().startsWith("potctl: warning: --listen 0.0.0.0:0 is not a loopback address"),
        err.toString());
    assertTrue(err.toString().contains("is inside --dir"), err.toString());
  }

  @Test
  void aNonLoopbackListenAddressIsWarnedAboutByName() {
    String wildcard = "0.0.0.0:9108";
    String warning =
        WatchArgs.listenWarning(wildcard, WatchArgs.listen(cli, wildcard)).orElseThrow();
    assertTrue(warning.startsWith("potctl: warning: --listen 0.0.0.0:9108 is not a loopback"));
    assertTrue(
        WatchArgs.listenWarning("[::]:1", new InetSocketAddress("::", 1))
            .orElseThrow()
            .contains("--listen [::]:1"));
    assertTrue(
        WatchArgs.listenWarning("127.0.0.1:1", WatchArgs.listen(cli, "127.0.0.1:1")).isEmpty());
    assertTrue(WatchArgs.listenWarning("[::1]:1", WatchArgs.listen(cli, "[::1]:1")).isEmpty());
    assertTrue(
        WatchArgs.listenWarning("localhost:1", WatchArgs.listen(cli, "localhost:1")).isEmpty());
  }
}
