package org.potctl.state.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.StateException;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.ProcessCommandRunner;
import org.potctl.state.exec.ProcessCommandRunner.RawResult;
import org.potctl.state.files.FileRequest;
import org.potctl.state.files.HostFiles;
import org.potctl.state.files.ParseException;
import org.potctl.state.model.HostState;
import org.potctl.state.observe.HostObserver;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;

/**
 * The remote file script run by this machine's {@code sh} exactly as a remote login shell would run
 * it (the quoted command line), compared with {@link HostFiles#local()}.
 */
class SshHostFilesTest {

  @TempDir Path dir;

  private final AtomicInteger runs = new AtomicInteger();

  private final HostFiles viaShell =
      new SshHostFiles(
          cmd -> {
            runs.incrementAndGet();
            String line = ShellQuoting.remoteLine(cmd.argv());
            return new ProcessCommandRunner().runRaw(Command.of("sh", "-c", line));
          },
          "test");

  private static final List<String> NAMES =
      List.of(
          "plain",
          "with space",
          "new\nline",
          "quote'd",
          "$(id)",
          "`id`",
          "-rf",
          ".hidden",
          "ünï ✓",
          "semi;colon",
          "*");

  private Path tree() throws Exception {
    Path root = dir.resolve("root dir 'x'");
    Files.createDirectories(root);
    for (String n : NAMES) {
      Files.createDirectories(root.resolve("d").resolve(n).resolve("conf"));
      Files.writeString(root.resolve("d").resolve(n).resolve("conf/pot.conf"), "pot.name=" + n);
      Files.writeString(root.resolve(n), "content of " + n + "\n\n\n");
    }
    Files.writeString(root.resolve("empty"), "");
    Files.write(root.resolve("bytes"), new byte[] {'a', (byte) 0xff, '\n', (byte) 0xc3, 'z'});
    Files.writeString(root.resolve("no-newline"), "x=1\ny=\"2\"");
    Files.createSymbolicLink(root.resolve("dangling"), root.resolve("nowhere"));
    Files.createSymbolicLink(root.resolve("to-file"), root.resolve("plain"));
    Files.createSymbolicLink(root.resolve("to-dir"), root.resolve("d"));
    Files.createSymbolicLink(
        root.resolve("d").resolve("linked"), root.resolve("d").resolve("plain"));
    Files.createDirectories(root.resolve("d").resolve("incomplete"));
    return root;
  }

  private List<String> questions(Path root) {
    List<String> paths = new ArrayList<>();
    paths.add(root.toString());
    paths.add(root.resolve("d").toString());
    paths.add(root.resolve("missing").toString());
    paths.add(root.resolve("empty").toString());
    paths.add(root.resolve("bytes").toString());
    paths.add(root.resolve("no-newline").toString());
    paths.add(root.resolve("dangling").toString());
    paths.add(root.resolve("to-file").toString());
    paths.add(root.resolve("to-dir").toString());
    paths.add(root.resolve("d/linked").toString());
    paths.add(root.resolve("d/incomplete/conf/pot.conf").toString());
    for (String n : NAMES) {
      paths.add(root.resolve(n).toString());
      paths.add(root.resolve("d").resolve(n).toString());
      paths.add(root.resolve("d").resolve(n).resolve("conf/pot.conf").toString());
    }
    return paths;
  }

  private static void assertSameAnswers(HostFiles expected, HostFiles actual, List<String> paths) {
    for (String p : paths) {
      assertEquals(expected.isDirectory(p), actual.isDirectory(p), "isDirectory " + p);
      assertEquals(answer(() -> expected.list(p)), answer(() -> actual.list(p)), "list " + p);
      if (!expected.isDirectory(p)) {
        assertEquals(
            answer(
                () -> expected.readBytes(p).map(b -> new String(b, StandardCharsets.ISO_8859_1))),
            answer(() -> actual.readBytes(p).map(b -> new String(b, StandardCharsets.ISO_8859_1))),
            "content " + p);
      }
    }
  }

  /** The value, or the error's message: both readers must refuse the same paths the same way. */
  private static Object answer(java.util.function.Supplier<Object> question) {
    try {
      return question.get();
    } catch (StateException e) {
      return "error: " + e.getMessage();
    }
  }

  @Test
  void symbolicLinksAreNeitherFollowedNorDescendedInto() throws Exception {
    Path root = tree();
    String link = "it is a symbolic link (potctl does not follow links)";
    for (HostFiles files : List.of(HostFiles.local(), viaShell)) {
      StateException e =
          assertThrows(StateException.class, () -> files.read(root.resolve("to-file").toString()));
      assertEquals("cannot read " + root.resolve("to-file") + ": " + link, e.getMessage());
      e = assertThrows(StateException.class, () -> files.list(root.resolve("to-dir").toString()));
      assertEquals("cannot list " + root.resolve("to-dir") + ": " + link, e.getMessage());
      assertThrows(StateException.class, () -> files.read(root.resolve("dangling").toString()));
    }
    HostFiles batch =
        viaShell.prefetch(
            List.of(FileRequest.eachSubdirectory(root.resolve("d").toString(), "conf/pot.conf")));
    int before = runs.get();
    StateException e =
        assertThrows(
            StateException.class,
            () -> batch.read(root.resolve("d/linked/conf/pot.conf").toString()));
    assertEquals(
        "cannot read " + root.resolve("d/linked/conf/pot.conf") + ": " + link, e.getMessage());
    assertEquals(before, runs.get(), "a path under a listed link is refused without asking again");
  }

  @Test
  void aSymlinkedFlavourFailsTheObservationNamingIt() throws Exception {
    SimulatedHost sim = new SimulatedHost(SimOptions.of(dir.resolve("sim")));
    assertEquals(0, sim.run(Command.of("pot", "create-base", "-r", "14.1")).exitCode());
    Path flavours = dir.resolve("sim/etc/pot/flavours");
    Files.createDirectories(flavours);
    Path secret = Files.writeString(dir.resolve("shadow"), "root:secret\n");
    Files.createSymbolicLink(flavours.resolve("nginx"), secret);
    for (HostFiles files : List.of(HostFiles.local(), viaShell)) {
      StateException e =
          assertThrows(StateException.class, () -> HostObserver.create(sim, files).observe());
      assertEquals(
          "cannot read "
              + flavours.resolve("nginx")
              + ": it is a symbolic link (potctl does not follow links)",
          e.getMessage());
    }
  }

  @Test
  void eachQuestionAnswersLikeTheLocalFileSystem() throws Exception {
    Path root = tree();
    assertSameAnswers(HostFiles.local(), viaShell, questions(root));
  }

  @Test
  void aPrefetchedBatchAnswersEverythingInOneCommand() throws Exception {
    Path root = tree();
    HostFiles batch =
        viaShell.prefetch(
            List.of(
                FileRequest.directory(root.toString()),
                FileRequest.eachSubdirectory(root.resolve("d").toString(), "conf/pot.conf"),
                FileRequest.file(root.resolve("missing").toString())));
    assertEquals(1, runs.get());
    List<String> covered = new ArrayList<>(questions(root));
    covered.remove(root.resolve("d/incomplete/conf/pot.conf").toString());
    for (String p : covered) {
      if (!HostFiles.local().isDirectory(p) || p.endsWith("/d") || p.equals(root.toString())) {
        assertSameAnswers(HostFiles.local(), batch, List.of(p));
      }
    }
    assertEquals(1, runs.get(), "no question needed another command");
    assertEquals(
        Optional.empty(), batch.read(root.resolve("d/incomplete/conf/pot.conf").toString()));
    assertThrows(StateException.class, () -> batch.read(root.resolve("d").toString()));
  }

  @Test
  void observationReadsPotsFilesInOneCommand() throws Exception {
    SimulatedHost sim = new SimulatedHost(SimOptions.of(dir.resolve("sim")));
    for (List<String> argv :
        List.of(
            List.of("pot", "create-base", "-r", "14.1"),
            List.of("pot", "create-private-bridge", "-B", "backend", "-S", "4"),
            List.of("pot", "create-fscomp", "-f", "data"),
            List.of("pot", "create", "-p", "web", "-b", "14.1", "-N", "public-bridge"),
            List.of("pot", "mount-in", "-p", "web", "-f", "data", "-m", "/mnt", "-r"),
            List.of("pot", "export-ports", "-p", "web", "-e", "80:30080"),
            List.of("pot", "set-env", "-p", "web", "-E", "GREETING=hello world"),
            List.of(
                "pot", "create", "-p", "db", "-b", "14.1", "-N", "private-bridge", "-B", "backend"),
            List.of("pot", "start", "web"))) {
      assertEquals(0, sim.run(Command.of(argv)).exitCode(), argv.toString());
    }
    Path flavours = dir.resolve("sim/etc/pot/flavours");
    Files.createDirectories(flavours);
    Files.writeString(flavours.resolve("nginx"), "add-dep -f nginx\n");
    Files.writeString(flavours.resolve("nginx.sh"), "#!/bin/sh\npkg install -y nginx\n");
    HostState local = HostObserver.create(sim, HostFiles.local()).observe();
    HostState remote = HostObserver.create(sim, viaShell).observe();
    assertEquals(1, runs.get(), "pot's files are read in one command");
    assertEquals(local, remote);
    assertEquals(List.of("base-14_1", "db", "web"), List.copyOf(remote.pots().keySet()));
    // create-base wrote pot's stock flavour fbsd-update (create-base.sh:104), as pot's package has
    // it
    assertEquals(List.of("fbsd-update", "nginx"), List.copyOf(remote.flavours().keySet()));
  }

  @Test
  void malformedOutputIsAParseError() {
    byte[] garbage = "F 5 100\n/etc/x".getBytes(StandardCharsets.UTF_8);
    assertThrows(ParseException.class, () -> FileSnapshot.parse(garbage, "test", Optional.empty()));
    byte[] noHeader = "hello world".getBytes(StandardCharsets.UTF_8);
    assertThrows(
        ParseException.class, () -> FileSnapshot.parse(noHeader, "test", Optional.empty()));
  }

  @Test
  void aFailingScriptIsAnError() {
    HostFiles broken =
        new SshHostFiles(
            cmd -> new RawResult(2, new byte[0], "sh: not found", java.time.Duration.ZERO), "x");
    StateException e = assertThrows(StateException.class, () -> broken.list("/etc"));
    assertEquals("reading files on x failed (exit 2): sh: not found", e.getMessage());
  }
}
