package org.potctl.controller.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostsInventoryTest {

  @TempDir Path dir;

  @Test
  void readsHostsInFileOrderWithSpecDirectoriesRelativeToTheFile() throws Exception {
    Path file = dir.resolve("fleet/hosts.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        """
        version: 1
        hosts:
          pot2:
            address: ssh://ops@pot2.example.org:2222
            spec: ../envs/prod
          pot1:
            address: sim:/tmp/pot1
            spec: envs/staging
            spec_id: staging-eu
        """);
    HostsInventory inv = HostsInventory.load(file);
    assertEquals(List.of("pot2", "pot1"), inv.hosts().stream().map(InventoryHost::name).toList());
    InventoryHost pot2 = inv.hosts().get(0);
    assertEquals("ssh://ops@pot2.example.org:2222", pot2.address());
    assertEquals(dir.resolve("envs/prod").toAbsolutePath(), pot2.specDir());
    assertEquals("prod", pot2.specId());
    InventoryHost pot1 = inv.hosts().get(1);
    assertEquals(dir.resolve("fleet/envs/staging").toAbsolutePath(), pot1.specDir());
    assertEquals("staging-eu", pot1.specId());
    assertEquals(1, inv.specProblems().size(), inv.specProblems().toString());
    assertTrue(
        inv.specProblems()
            .get(0)
            .startsWith(
                "hosts.pot2.spec: the spec directory "
                    + pot2.specDir()
                    + ", not a directory below the hosts file's "),
        inv.specProblems().toString());
    assertEquals(List.of(pot1), inv.select(List.of("pot1")));
    assertEquals(inv.hosts(), inv.select(List.of()));
    assertThrows(InventoryException.class, () -> inv.select(List.of("pot9")));
  }

  /**
   * An OpenSSH client configuration is code for this machine (ProxyCommand, Match exec): named by a
   * hosts.yaml pushed with the specs, it ran programs on the CI runner that holds the hosts' keys.
   */
  @Test
  void anSshConfigurationInAnAddressIsNamed() {
    HostsInventory inv =
        HostsInventory.parse(
            dir.resolve("hosts.yaml"),
            """
            version: 1
            hosts:
              pot1:
                address: ssh://ops@pot1?state=/var/db/p&config=ci/ssh_config
                spec: x
              pot2:
                address: ssh://ops@pot2?state=/var/db/p
                spec: x
            """);
    assertEquals(1, inv.sshConfigProblems().size(), inv.sshConfigProblems().toString());
    assertTrue(
        inv.sshConfigProblems()
            .get(0)
            .startsWith("hosts.pot1.address: config= names an OpenSSH client"),
        inv.sshConfigProblems().toString());
  }

  /**
   * hosts.yaml may be pushed with the specs: {@code spec: /tmp/secretdir} or {@code ../x} made
   * {@code plan --all} read a directory of the runner's and quote its YAML lines in errors. A spec
   * directory not below the file's directory, also through a link, is named as a problem.
   */
  @Test
  void specDirectoriesOutsideTheFilesDirectoryAreNamedEvenThroughALink() throws Exception {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Path outside = Files.createDirectories(dir.resolve("secret"));
    Files.createDirectories(repo.resolve("envs/prod"));
    Files.createSymbolicLink(repo.resolve("out"), outside);
    HostsInventory inv =
        HostsInventory.parse(
            repo.resolve("hosts.yaml"),
            """
            version: 1
            hosts:
              inside:
                spec: envs/prod
              missing:
                spec: envs/new
              absolute:
                spec: %s
              dotdot:
                spec: envs/../../secret
              linked:
                spec: out/prod
              itself:
                spec: .
            """
                .formatted(outside)
                .replace("spec:", "address: ssh://ops@pot1\n    spec:"));
    List<String> problems = inv.specProblems();
    assertEquals(
        List.of(
            "hosts.absolute.spec", "hosts.dotdot.spec", "hosts.linked.spec", "hosts.itself.spec"),
        problems.stream().map(p -> p.substring(0, p.indexOf(':'))).toList(),
        problems.toString());
    assertTrue(
        problems.get(2).contains("through a link to " + outside.toRealPath()), problems.get(2));
    assertTrue(
        problems.stream()
            .allMatch(
                p -> p.endsWith("pass --allow-hosts-local if no one else can edit this file")));
    assertTrue(inv.localProblems().isEmpty(), inv.localProblems().toString());
  }

  @Test
  void reportsEveryProblemAtOnce() {
    InventoryException e =
        assertThrows(
            InventoryException.class,
            () ->
                HostsInventory.parse(
                    dir.resolve("hosts.yaml"),
                    """
                    version: 2
                    extra: 1
                    hosts:
                      "-rf":
                        address: local
                        spec: x
                      ok1:
                        spec: x
                        adress: sim:/x
                      ok2:
                        address: local
                        spec: x
                        spec_id: ".hidden"
                    """));
    assertEquals(
        List.of(
            "version: must be 1",
            "extra: unknown key (expected version, hosts)",
            "hosts.-rf: a host name is a letter then letters, digits, _ or - (at most 55)",
            "hosts.ok1.adress: unknown key (expected address, spec, spec_id)",
            "hosts.ok1.address: required, a non-empty string",
            "hosts.ok2.spec_id: letters, digits, . _ - (at most 64), not starting with . _ -"),
        e.problems());
    String f = dir.resolve("hosts.yaml").toString();
    assertEquals(
        List.of(
            f + ":1:10: error: version: must be 1",
            f + ":2:8: error: extra: unknown key (expected version, hosts)",
            f
                + ":5:5: error: hosts.-rf: a host name is a letter then letters, digits, _ or -"
                + " (at most 55)",
            f + ":9:13: error: hosts.ok1.adress: unknown key (expected address, spec, spec_id)",
            f + ":8:5: error: hosts.ok1.address: required, a non-empty string",
            f
                + ":13:14: error: hosts.ok2.spec_id: letters, digits, . _ - (at most 64), not"
                + " starting with . _ -"),
        e.getMessage().lines().toList());
  }

  @Test
  void emptyOrNonMappingOrInvalidYamlIsRefused() {
    Path f = dir.resolve("hosts.yaml");
    assertThrows(
        InventoryException.class, () -> HostsInventory.parse(f, "version: 1\nhosts: {}\n"));
    assertThrows(InventoryException.class, () -> HostsInventory.parse(f, "- a\n- b\n"));
    assertThrows(InventoryException.class, () -> HostsInventory.parse(f, "hosts: [\n"));
    assertThrows(InventoryException.class, () -> HostsInventory.load(dir.resolve("missing.yaml")));
  }

  /**
   * hosts.yaml may be pushed with the specs: an address acting on the machine running potctl
   * (local, a simulator directory outside the file's directory, even through a link, a real pool)
   * is named as a problem; a simulator directory below the file is resolved against it.
   */
  @Test
  void addressesActingOnThisMachineAreNamedAndSimDirectoriesResolveAgainstTheFile()
      throws Exception {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Path outside = Files.createDirectories(dir.resolve("elsewhere"));
    Files.createSymbolicLink(repo.resolve("out"), outside);
    HostsInventory inv =
        HostsInventory.parse(
            repo.resolve("hosts.yaml"),
            """
            version: 1
            hosts:
              inside:
                address: sim:sims/inside?latency=5ms
              absolute:
                address: sim:%s/a
              dotdot:
                address: sim:sims/../../elsewhere/b
              linked:
                address: sim:out/c
              pool:
                address: sim:sims/p?zfs=real:tank
              here:
                address: local
              remote:
                address: ssh://ops@pot1
              itself:
                address: sim:.
            """
                .formatted(outside)
                .replace("address:", "spec: x\n    address:"));
    assertEquals(
        "sim:" + repo.resolve("sims/inside") + "?latency=5ms", inv.hosts().get(0).address());
    assertEquals("sim:" + outside.resolve("b"), inv.hosts().get(2).address());
    List<String> problems = inv.localProblems();
    assertEquals(6, problems.size(), problems.toString());
    List<String> named = problems.stream().map(p -> p.substring(0, p.indexOf(':'))).toList();
    assertEquals(
        List.of(
            "hosts.absolute.address",
            "hosts.dotdot.address",
            "hosts.linked.address",
            "hosts.pool.address",
            "hosts.here.address",
            "hosts.itself.address"),
        named);
    assertTrue(
        problems.get(2).contains("through a link to " + outside.toRealPath()), problems.get(2));
    assertTrue(problems.get(3).contains("zfs=real:tank sends ZFS commands"), problems.get(3));
    assertTrue(problems.get(4).contains("local is the machine running potctl"), problems.get(4));
    assertTrue(
        problems.stream()
            .allMatch(
                p -> p.endsWith("pass --allow-hosts-local if no one else can edit this file")));
    assertTrue(inv.sshConfigProblems().isEmpty());
  }

  @Test
  void anAddressThatIsNoHostIsAProblemOfTheFile() {
    InventoryException e =
        assertThrows(
            InventoryException.class,
            () ->
                HostsInventory.parse(
                    dir.resolve("hosts.yaml"),
                    """
                    version: 1
                    hosts:
                      a:
                        address: ftp://pot1
                        spec: x
                      b:
                        address: sim:x?colour=red
                        spec: x
                    """));
    assertEquals(2, e.problems().size(), e.problems().toString());
    assertTrue(e.problems().get(0).startsWith("hosts.a.address: --host ftp://pot1 is not a host"));
    assertTrue(e.problems().get(1).startsWith("hosts.b.address: unknown sim host option 'colour'"));
  }
}
