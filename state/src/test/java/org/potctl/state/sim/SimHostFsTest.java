package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.exec.CommandResult;
import org.potctl.state.hostdir.HostDirCheck;
import org.potctl.state.hostdir.HostDirResolver;

/** The simulated host's own tree for host directories, {@code DIR/hostfs}. */
class SimHostFsTest {

  @TempDir Path dir;

  @Test
  void hostPathsResolveInTheTreeAndAbsoluteSymlinksStayInIt() throws Exception {
    Path tree = dir.resolve("hostfs");
    Files.createDirectories(tree.resolve("data/www"));
    Files.createDirectories(tree.resolve("srv"));
    Files.createSymbolicLink(tree.resolve("srv/static"), Path.of("/data/www"));
    Files.createSymbolicLink(tree.resolve("srv/up"), Path.of("../data"));
    Files.writeString(tree.resolve("data/file"), "x");
    SimHostFs fs = SimHostFs.of(dir);
    assertEquals(Optional.of(Path.of("/data/www")), fs.realPath(Path.of("/srv/static")));
    assertEquals(Optional.of(Path.of("/data")), fs.realPath(Path.of("/srv/up")));
    assertEquals(Optional.empty(), fs.realPath(Path.of("/srv/missing")));
    assertTrue(fs.isHostDirectory(Path.of("/srv/static")));
    assertFalse(fs.isHostDirectory(Path.of("/data/file")));
    assertFalse(fs.isHostDirectory(Path.of(dir.toString())), "this machine's paths are not in it");
    assertEquals(tree.resolve("srv/static"), fs.onDisk(Path.of("/srv/static")));
  }

  @Test
  void theResolverHoldsTheTreesRealPathsToTheAllowedRoots() throws Exception {
    Path tree = dir.resolve("hostfs");
    Files.createDirectories(tree.resolve("outside"));
    Files.createDirectories(tree.resolve("srv"));
    Files.createSymbolicLink(tree.resolve("srv/escape"), Path.of("/outside"));
    Files.createDirectories(tree.resolve("srv/static"));
    HostDirResolver resolver = new HostDirResolver(SimHostFs.of(dir));
    HostDirCheck escape = resolver.check("/srv/escape", List.of("/srv"));
    assertInstanceOf(HostDirCheck.Refused.class, escape);
    assertTrue(((HostDirCheck.Refused) escape).reason().contains("/outside"), escape.toString());
    HostDirCheck ok = resolver.check("/srv/static", List.of("/srv"));
    assertTrue(((HostDirCheck.Allowed) ok).directory(), ok.toString());
    HostDirCheck missing = resolver.check("/srv/nope", List.of("/srv"));
    assertFalse(((HostDirCheck.Allowed) missing).directory(), missing.toString());
  }

  @Test
  void mountInOfADirectoryMissingFromTheTreeFailsLikePot() throws Exception {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create", "-p", "web", "-b", "14.1", "-N", "public-bridge");
    CommandResult missing = sim.run("pot", "mount-in", "-p", "web", "-d", "/srv/www", "-m", "/mnt");
    assertEquals(1, missing.exitCode());
    assertTrue(missing.stdout().contains("/srv/www is not a directory"), missing.stdout());
    Files.createDirectories(dir.resolve("hostfs/srv/www"));
    sim.ok("pot", "mount-in", "-p", "web", "-d", "/srv/www", "-m", "/mnt");
    assertTrue(sim.fscompConf("web").contains("/srv/www /mnt"), sim.fscompConf("web"));
  }
}
