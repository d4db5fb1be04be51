package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;

/**
 * hosts.yaml lives in the spec repository, and an OpenSSH client configuration is code for the
 * machine running potctl: {@code address: ssh://pot1?config=ci/ssh_config} with a {@code
 * ProxyCommand} ran its program on the runner (confirmed by hand: the marker file appeared). Now
 * {@code --all} refuses such an address unless the operator passes {@code
 * --allow-hosts-ssh-config}, and nothing runs.
 */
class FleetSshConfigTest {

  @TempDir Path dir;

  @Test
  void aProxyCommandNamedByTheHostsFileNeverRuns() throws IOException {
    Path marker = dir.resolve("pwned");
    Path config =
        Files.writeString(
            dir.resolve("ssh_config"),
            "Host *\n  ProxyCommand sh -c \"touch " + marker + "; exit 1\"\n");
    Path spec = Files.createDirectories(dir.resolve("spec"));
    Files.writeString(spec.resolve("p.yaml"), "version: 1\npots:\n  web:\n    base: \"14.1\"\n");
    Path hosts =
        Files.writeString(
            dir.resolve("hosts.yaml"),
            "version: 1\nhosts:\n  pot1:\n    address: ssh://x@127.0.0.1?config="
                + config
                + "\n    spec: spec\n");
    Run r = Potctl.bare("plan", "--all", "--hosts", hosts.toString());
    assertEquals(1, r.code(), r.all());
    assertTrue(
        r.err().contains("hosts.pot1.address: config= names an OpenSSH client configuration"),
        r.err());
    assertFalse(Files.exists(marker), "the ProxyCommand ran");
  }
}
