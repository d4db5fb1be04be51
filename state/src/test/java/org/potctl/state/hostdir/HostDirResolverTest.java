package org.potctl.state.hostdir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostDirResolverTest {

  @TempDir Path tmp;

  private Path srv;
  private Path etc;
  private List<String> roots;
  private final HostDirResolver resolver = HostDirResolver.local();

  @BeforeEach
  void layout() throws Exception {
    tmp = tmp.toRealPath();
    srv = Files.createDirectories(tmp.resolve("srv"));
    etc = Files.createDirectories(tmp.resolve("etc"));
    Files.writeString(etc.resolve("passwd"), "root:*:0:0");
    Files.createDirectories(srv.resolve("www/static"));
    roots = List.of(srv.toString());
  }

  private HostDirCheck check(Path p) {
    return resolver.check(p.toString(), roots);
  }

  @Test
  void aPlainDirectoryUnderARootIsAllowed() {
    HostDirCheck.Allowed a =
        assertInstanceOf(HostDirCheck.Allowed.class, check(srv.resolve("www/static")));
    assertEquals(srv.resolve("www/static"), a.real());
    assertEquals(srv.toString(), a.root());
    assertTrue(a.directory());
  }

  @Test
  void aSymlinkLeadingOutsideTheRootsIsRefusedNamingWhereItLeads() throws Exception {
    Files.createSymbolicLink(srv.resolve("evil"), etc);
    HostDirCheck.Refused r =
        assertInstanceOf(HostDirCheck.Refused.class, check(srv.resolve("evil")));
    assertEquals(
        srv.resolve("evil") + " leads to " + etc + ", outside the allowed roots (" + srv + ")",
        r.reason());
  }

  @Test
  void aSymlinkedParentDirectoryIsFollowedToo() throws Exception {
    Files.createSymbolicLink(srv.resolve("up"), tmp);
    assertInstanceOf(HostDirCheck.Refused.class, check(srv.resolve("up/etc")));
    assertInstanceOf(HostDirCheck.Refused.class, check(srv.resolve("up/etc/missing/deeper")));
  }

  @Test
  void aSymlinkStayingInsideTheRootsIsAllowedAtItsRealPlace() throws Exception {
    Files.createSymbolicLink(srv.resolve("current"), srv.resolve("www"));
    HostDirCheck.Allowed a =
        assertInstanceOf(HostDirCheck.Allowed.class, check(srv.resolve("current/static")));
    assertEquals(srv.resolve("www/static"), a.real());
  }

  @Test
  void aSymlinkedRootIsResolvedBeforeComparing() throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data/srv/app"));
    Path link = Files.createSymbolicLink(tmp.resolve("srvlink"), data.getParent());
    HostDirCheck c = resolver.check(link.resolve("app").toString(), List.of(link.toString()));
    assertEquals(data, assertInstanceOf(HostDirCheck.Allowed.class, c).real());
  }

  @Test
  void aMissingDirectoryIsAllowedButNotADirectoryYet() {
    HostDirCheck.Allowed a =
        assertInstanceOf(HostDirCheck.Allowed.class, check(srv.resolve("new/sub")));
    assertEquals(srv.resolve("new/sub"), a.real());
    assertFalse(a.directory());
    assertEquals(HostFileType.MISSING, a.type());
  }

  @Test
  void aFileIsAllowedButNotADirectory() throws Exception {
    Files.writeString(srv.resolve("file"), "x");
    HostDirCheck.Allowed a =
        assertInstanceOf(HostDirCheck.Allowed.class, check(srv.resolve("file")));
    assertFalse(a.directory());
    assertEquals(HostFileType.REGULAR_FILE, a.type());
  }

  @Test
  void aFifoSocketOrDeviceIsToldApartFromAMissingDirectoryAlsoThroughALink() throws Exception {
    run("mkfifo", srv.resolve("fifo").toString());
    try (java.nio.channels.ServerSocketChannel s =
        java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
      s.bind(java.net.UnixDomainSocketAddress.of(srv.resolve("sock")));
    }
    Files.createSymbolicLink(srv.resolve("to-fifo"), srv.resolve("fifo"));
    assertEquals(HostFileType.FIFO, allowed("fifo").type());
    assertEquals(HostFileType.FIFO, allowed("to-fifo").type());
    assertEquals(srv.resolve("fifo"), allowed("to-fifo").real());
    assertEquals(HostFileType.SOCKET, allowed("sock").type());
    assertEquals(HostFileType.CHARACTER_DEVICE, HostFileType.local(Path.of("/dev/null")));
    for (String name : List.of("fifo", "to-fifo", "sock")) {
      assertTrue(allowed(name).type().existsAndIsNotADirectory(), name);
    }
    assertFalse(allowed("www").type().existsAndIsNotADirectory());
    assertFalse(allowed("nope").type().existsAndIsNotADirectory());
  }

  private HostDirCheck.Allowed allowed(String name) {
    return assertInstanceOf(HostDirCheck.Allowed.class, check(srv.resolve(name)));
  }

  private static void run(String... argv) throws Exception {
    Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), out);
  }

  @Test
  void aDanglingSymlinkIsRefused() throws Exception {
    Files.createSymbolicLink(srv.resolve("later"), etc.resolve("not-yet"));
    HostDirCheck.Refused r =
        assertInstanceOf(HostDirCheck.Refused.class, check(srv.resolve("later")));
    assertTrue(r.reason().contains("dangling"), r.reason());
    assertInstanceOf(HostDirCheck.Refused.class, check(srv.resolve("later/sub")));
  }

  @Test
  void pathsOutsideTheRootsOrNotNormalisedAreRefused() {
    assertEquals(
        etc + " is outside the allowed roots (" + srv + ")",
        assertInstanceOf(HostDirCheck.Refused.class, check(etc)).reason());
    for (String bad : List.of(srv + "/../etc", srv + "/./www", "srv/www", "", srv + "/www/..")) {
      assertInstanceOf(HostDirCheck.Refused.class, resolver.check(bad, roots), bad);
    }
    // a sibling sharing the root's name as a prefix is not under it
    assertInstanceOf(HostDirCheck.Refused.class, resolver.check(srv + "x/www", roots));
  }

  @Test
  void moreRootsWidenWhatIsAllowed() {
    List<String> more = List.of(srv.toString(), etc.toString());
    HostDirCheck.Allowed a =
        assertInstanceOf(HostDirCheck.Allowed.class, resolver.check(etc.toString(), more));
    assertEquals(etc.toString(), a.root());
    assertEquals(2, resolver.checkAll(List.of(etc.toString(), srv.toString()), more).size());
    assertInstanceOf(HostDirCheck.Allowed.class, resolver.check(etc, List.of(srv, etc)));
    assertInstanceOf(HostDirCheck.Refused.class, resolver.check(etc, List.of(srv)));
  }
}
