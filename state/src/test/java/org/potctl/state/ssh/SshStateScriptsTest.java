package org.potctl.state.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.ProcessCommandRunner;
import org.potctl.state.hostdir.HostDirCheck;
import org.potctl.state.hostdir.HostDirResolver;
import org.potctl.state.hostdir.HostFileType;
import org.potctl.state.statedir.StateStore;

/**
 * The remote scripts of the SSH state directory run by this machine's {@code sh} exactly as a
 * remote login shell would run them (the quoted command line): the journal appender and the
 * real-path resolver.
 */
class SshStateScriptsTest {

  @TempDir Path dir;

  private static Process session(List<String> argv) throws Exception {
    String line = ShellQuoting.remoteLine(argv);
    return new ProcessBuilder("sh", "-c", line).start();
  }

  @Test
  void appenderCreatesTheFileAndEveryLineIsThereWhenAppendReturns() throws Exception {
    String state = dir.resolve("st ate").toString();
    Path file = dir.resolve("st ate/journal/a-1.jsonl");
    try (StateStore.Appender a =
        RemoteAppender.open(
            session(RemoteAppender.argv(state, "journal/a-1.jsonl")), "test:journal")) {
      a.append("{\"event\":\"apply_started\",\"message\":\"it's $(id) `x` \\\\n\"}");
      assertEquals(
          "{\"event\":\"apply_started\",\"message\":\"it's $(id) `x` \\\\n\"}\n",
          Files.readString(file));
      a.append("  two  ");
      assertEquals(2, Files.readAllLines(file).size());
      assertEquals("  two  ", Files.readAllLines(file).get(1));
      assertTrue(a.healthy());
      assertThrows(IllegalArgumentException.class, () -> a.append("new\nline"));
    }
  }

  @Test
  void appenderRefusesAnExistingFileAndReportsALostSession() throws Exception {
    String state = dir.toString();
    Files.createDirectories(dir.resolve("journal"));
    Files.writeString(dir.resolve("journal/x.jsonl"), "old\n");
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                RemoteAppender.open(
                    session(RemoteAppender.argv(state, "journal/x.jsonl")), "test:x"));
    assertTrue(e.getMessage().startsWith("cannot create test:x: "), e.getMessage());
    assertEquals("old\n", Files.readString(dir.resolve("journal/x.jsonl")));

    Process p = session(RemoteAppender.argv(state, "journal/y.jsonl"));
    StateStore.Appender a = RemoteAppender.open(p, "test:y");
    a.append("one");
    p.destroyForcibly().waitFor();
    assertFalse(a.healthy());
    assertThrows(RuntimeException.class, () -> a.append("two"));
    a.close();
    assertEquals("one\n", Files.readString(dir.resolve("journal/y.jsonl")));
  }

  @Test
  void underUmask000TheScriptsMakeTheDirectory0700AndFollowNoLink() throws Exception {
    Path state = dir.resolve("state");
    Path victim = Files.writeString(dir.resolve("victim"), "keep\n");
    Process p =
        new ProcessBuilder(
                "sh",
                "-c",
                "umask 000; exec sh -c \"$0\" potctl-replace _ \"$1\"",
                SshStateStore.REPLACE,
                state.resolve("inventory.json").toString())
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .start();
    p.getOutputStream().write("{}\n".getBytes());
    p.getOutputStream().close();
    assertEquals(0, p.waitFor(), new String(p.getErrorStream().readAllBytes()));
    assertEquals("rwx------", mode(state));
    assertEquals("rw-------", mode(state.resolve("inventory.json")));
    Files.createSymbolicLink(state.resolve("journal"), dir);
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                RemoteAppender.open(
                    session(RemoteAppender.argv(state.toString(), "journal/x.jsonl")), "t:x"));
    assertTrue(e.getMessage().contains("journal is a symbolic link"), e.getMessage());
    Files.delete(state.resolve("journal"));
    Files.createDirectories(state.resolve("journal"));
    Files.createSymbolicLink(state.resolve("journal/y.jsonl"), victim);
    assertThrows(
        IllegalStateException.class,
        () ->
            RemoteAppender.open(
                session(RemoteAppender.argv(state.toString(), "journal/y.jsonl")), "t:y"));
    Files.createSymbolicLink(state.resolve("lock.json"), victim);
    Process r =
        new ProcessBuilder(
                "sh",
                "-c",
                SshStateStore.REPLACE,
                "potctl-replace",
                "_",
                state.resolve("lock.json").toString())
            .start();
    r.getOutputStream().close();
    assertEquals(1, r.waitFor());
    assertTrue(new String(r.getErrorStream().readAllBytes()).contains("is a symbolic link"));
    assertEquals("keep\n", Files.readString(victim));
  }

  @Test
  void theDeleteScriptRemovesFilesAndLinksButNoLinkTargetNorThroughALinkedDirectory()
      throws Exception {
    Path journal = Files.createDirectories(dir.resolve("state/journal"));
    Path victim = Files.writeString(dir.resolve("victim"), "keep\n");
    Files.writeString(journal.resolve("a.jsonl"), "a\n");
    Files.createSymbolicLink(journal.resolve("b.jsonl"), victim);
    assertEquals(
        0, delete(journal.resolve("a.jsonl"), journal.resolve("b.jsonl"), journal.resolve("gone")));
    assertFalse(Files.exists(journal.resolve("a.jsonl")));
    assertFalse(Files.exists(journal.resolve("b.jsonl"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
    assertEquals("keep\n", Files.readString(victim));
    Path other = Files.createDirectories(dir.resolve("other"));
    Path kept = Files.writeString(other.resolve("c.jsonl"), "c\n");
    Files.createSymbolicLink(dir.resolve("state/linked"), other);
    assertEquals(1, delete(dir.resolve("state/linked/c.jsonl")));
    assertTrue(Files.exists(kept), "nothing is deleted through a linked directory");
  }

  private static int delete(Path... files) throws Exception {
    List<String> argv =
        new java.util.ArrayList<>(List.of("sh", "-c", SshStateStore.DELETE, "potctl-delete", "_"));
    for (Path f : files) {
      argv.add(f.toString());
    }
    Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
    p.getOutputStream().close();
    p.getInputStream().readAllBytes();
    return p.waitFor();
  }

  private static String mode(Path p) throws Exception {
    return java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(p, java.nio.file.LinkOption.NOFOLLOW_LINKS));
  }

  @Test
  void realPathsAnswerEverySourceInOneCommandLikeTheLocalResolver() throws Exception {
    Path srv = Files.createDirectories(dir.resolve("srv"));
    Files.createDirectories(srv.resolve("www"));
    Files.createDirectories(dir.resolve("etc"));
    Files.createSymbolicLink(srv.resolve("escape"), dir.resolve("etc"));
    Files.createSymbolicLink(srv.resolve("dangling"), dir.resolve("nowhere"));
    Files.createSymbolicLink(srv.resolve("in side"), srv.resolve("www"));
    Files.writeString(srv.resolve("file"), "x");
    Process fifo = new ProcessBuilder("mkfifo", srv.resolve("fifo").toString()).start();
    assertEquals(0, fifo.waitFor());
    Files.createSymbolicLink(srv.resolve("to-fifo"), srv.resolve("fifo"));
    try (java.nio.channels.ServerSocketChannel s =
        java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
      s.bind(java.net.UnixDomainSocketAddress.of(srv.resolve("sock")));
    }
    AtomicInteger runs = new AtomicInteger();
    SshRealPaths remote =
        new SshRealPaths(
            cmd -> {
              runs.incrementAndGet();
              String line = ShellQuoting.remoteLine(cmd.argv());
              return new ProcessCommandRunner().runRaw(Command.of("sh", "-c", line));
            },
            "test");
    List<String> given =
        List.of(
            srv + "/www",
            srv + "/escape",
            srv + "/dangling/x",
            srv + "/in side",
            srv + "/later/deeper",
            srv + "/file",
            srv + "/fifo",
            srv + "/to-fifo",
            srv + "/sock");
    List<String> roots = List.of(srv.toString());
    remote.ask(java.util.stream.Stream.concat(given.stream(), roots.stream()).toList());
    List<HostDirCheck> viaSsh = new HostDirResolver(remote).checkAll(given, roots);
    assertEquals(1, runs.get(), "one remote command for every path");
    assertEquals(HostDirResolver.local().checkAll(given, roots), viaSsh);
    assertTrue(viaSsh.get(1) instanceof HostDirCheck.Refused r && r.reason().contains("leads to"));
    assertTrue(viaSsh.get(2) instanceof HostDirCheck.Refused r && r.reason().contains("dangling"));
    assertTrue(viaSsh.get(3) instanceof HostDirCheck.Allowed a && a.directory());
    assertTrue(viaSsh.get(4) instanceof HostDirCheck.Allowed a && !a.directory());
    assertTrue(
        viaSsh.get(5) instanceof HostDirCheck.Allowed a && a.type() == HostFileType.REGULAR_FILE);
    assertTrue(viaSsh.get(6) instanceof HostDirCheck.Allowed a && a.type() == HostFileType.FIFO);
    assertTrue(viaSsh.get(7) instanceof HostDirCheck.Allowed a && a.type() == HostFileType.FIFO);
    assertTrue(viaSsh.get(8) instanceof HostDirCheck.Allowed a && a.type() == HostFileType.SOCKET);
    assertEquals(Optional.empty(), remote.realPath(Path.of(srv + "/gone")));
  }

  @Test
  void theStateDirectoryOptionMustBeAnAbsoluteNormalisedPath() {
    SshTarget t = SshTarget.parse("ops@h:2222?config=/c&state=/tmp/st");
    assertEquals("/tmp/st", t.remoteStateDir());
    assertEquals("ssh://ops@h:2222", t.display());
    assertEquals("/var/db/potctl", SshTarget.parse("h").remoteStateDir());
    for (String bad :
        List.of("h?state=rel", "h?state=/a/../b", "h?state=/", "h?state=", "h?state=/a&state=/b")) {
      assertThrows(IllegalArgumentException.class, () -> SshTarget.parse(bad), bad);
    }
    assertTrue(Instant.now() != null);
  }
}
