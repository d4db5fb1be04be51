package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;

/**
 * hosts.yaml lives in the spec repository, so its addresses are the pusher's: before, {@code
 * address: sim:/any/dir} made a root {@code potctl apply --all} create and write the simulator's
 * files in any directory, and {@code sim:DIR?zfs=real:POOL} sent ZFS commands to a real pool. Now
 * an address that acts on this machine needs the operator's {@code --allow-hosts-local}; a
 * simulator directory below the hosts file is resolved against it and needs nothing.
 */
class FleetLocalAddressTest {

  @TempDir Path dir;
  private Path repo;
  private Path outside;

  @BeforeEach
  void spec() throws IOException {
    repo = Files.createDirectories(dir.resolve("repo"));
    outside = dir.resolve("victim");
    Path spec = Files.createDirectories(repo.resolve("spec"));
    Files.writeString(spec.resolve("p.yaml"), "version: 1\npots:\n  web:\n    base: \"14.1\"\n");
  }

  private Path hosts(String address) throws IOException {
    return Files.writeString(
        repo.resolve("hosts.yaml"),
        "version: 1\nhosts:\n  pot1:\n    address: " + address + "\n    spec: spec\n");
  }

  @Test
  void aSimulatorDirectoryOutsideTheRepositoryIsRefusedAndNothingIsWritten() throws IOException {
    Path hosts = hosts("sim:" + outside.resolve("sim"));
    Run r = Potctl.bare("apply", "--all", "--hosts", hosts.toString(), "--yes");
    assertEquals(1, r.code(), r.all());
    assertTrue(r.err().contains("hosts.pot1.address: the simulator writes its files in"), r.err());
    assertTrue(r.err().contains("pass --allow-hosts-local"), r.err());
    assertFalse(Files.exists(outside), "the simulator wrote outside the repository");

    Run allowed =
        Potctl.bare("apply", "--all", "--allow-hosts-local", "--hosts", hosts.toString(), "--yes");
    assertEquals(0, allowed.code(), allowed.all());
    assertTrue(Files.isRegularFile(outside.resolve("sim/commands.log")), allowed.all());
  }

  @Test
  void aLinkOutOfTheRepositoryIsRefused() throws IOException {
    Files.createDirectories(outside);
    Files.createSymbolicLink(repo.resolve("sims"), outside);
    Run r = Potctl.bare("plan", "--all", "--hosts", hosts("sim:sims/pot1").toString());
    assertEquals(1, r.code(), r.all());
    assertTrue(r.err().contains("through a link to " + outside.toRealPath()), r.err());
    try (var entries = Files.list(outside)) {
      assertEquals(0, entries.count(), "the simulator wrote through the link");
    }
  }

  @Test
  void aRealPoolAndTheLocalHostNeedTheOperatorsWord() throws IOException {
    Run pool =
        Potctl.bare("plan", "--all", "--hosts", hosts("sim:sims/p?zfs=real:tank").toString());
    assertEquals(1, pool.code(), pool.all());
    assertTrue(pool.err().contains("zfs=real:tank sends ZFS commands to a real pool"), pool.err());
    assertFalse(Files.exists(repo.resolve("sims")), pool.all());
    Run local = Potctl.bare("plan", "--all", "--hosts", hosts("local").toString());
    assertEquals(1, local.code(), local.all());
    assertTrue(local.err().contains("local is the machine running potctl"), local.err());
  }

  /**
   * {@code spec: ../secret} made {@code plan --all} read a directory of the runner's and quote its
   * YAML lines in errors; now a spec directory outside the repository needs the operator's word.
   */
  @Test
  void aSpecDirectoryOutsideTheRepositoryIsRefusedAndNotRead() throws IOException {
    Path secret = Files.createDirectories(dir.resolve("secret"));
    Files.writeString(secret.resolve("creds.yaml"), "password: hunter2\n");
    Path hosts =
        Files.writeString(
            repo.resolve("hosts.yaml"),
            "version: 1\nhosts:\n  pot1:\n    address: sim:sims/pot1\n    spec: ../secret\n");
    Run r = Potctl.bare("plan", "--all", "--hosts", hosts.toString());
    assertEquals(1, r.code(), r.all());
    assertTrue(
        r.err().contains(hosts + ":5:11: error: hosts.pot1.spec: the spec directory " + secret),
        r.err());
    assertTrue(r.err().contains("pass --allow-hosts-local"), r.err());
    assertFalse(r.all().contains("hunter2"), r.all());
    assertFalse(Files.exists(repo.resolve("sims")), r.all());

    Run allowed = Potctl.bare("plan", "--all", "--allow-hosts-local", "--hosts", hosts.toString());
    assertTrue(
        allowed.all().contains("=== pot1 (sim:" + repo.resolve("sims/pot1") + ")"), allowed.all());
    assertFalse(allowed.err().contains("hosts.pot1.spec"), allowed.err());
  }

  @Test
  void aRelativeSimulatorDirectoryLivesBelowTheHostsFileNotTheWorkingDirectory()
      throws IOException {
    Run r = Potctl.bare("apply", "--all", "--hosts", hosts("sim:sims/pot1").toString(), "--yes");
    assertEquals(0, r.code(), r.all());
    assertTrue(r.out().contains("=== pot1 (sim:" + repo.resolve("sims/pot1") + ")"), r.out());
    assertTrue(Files.isRegularFile(repo.resolve("sims/pot1/commands.log")), r.all());
  }
}
