package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.potctl.controller.fleet.InventoryHost;
import picocli.CommandLine;

/**
 * {@code plan --all} / {@code apply --all} run potctl once per inventory host: every allowance the
 * operator gave on the command line reaches each host's run, and none is invented.
 */
class FleetInvocationTest {

  private static final InventoryHost HOST =
      new InventoryHost("h1", "ssh://root@h1", Path.of("/specs/web"), "web");

  private static GlobalOptions parsed(String... args) {
    GlobalOptions g = new GlobalOptions();
    new CommandLine(g).parseArgs(args);
    return g;
  }

  @Test
  void theOperatorsAllowancesArePassedOnToEveryHost() {
    GlobalOptions g =
        parsed(
            "--allow-host-dir",
            "/tank",
            "--allow-template",
            "tpl",
            "--allow-template",
            "*",
            "--allow-image-host",
            "127.1",
            "--allow-image-host",
            "[::1]",
            "--allow-privileged-attributes",
            "--allow-hooks",
            "--image-key",
            "/etc/pot.pub");
    assertEquals(
        List.of(
            "apply",
            "/specs/web",
            "--host",
            "ssh://root@h1",
            "--spec-id",
            "web",
            "--spec-id-from-hosts-file",
            "--allow-host-dir",
            "/tank",
            "--allow-template",
            "tpl",
            "--allow-template",
            "*",
            "--allow-image-host",
            "127.0.0.1",
            "--allow-image-host",
            "0:0:0:0:0:0:0:1",
            "--image-key",
            "/etc/pot.pub",
            "--allow-privileged-attributes",
            "--allow-hooks",
            "--yes"),
        List.of(FleetInvocation.argv("apply", HOST, List.of("--yes"), g)));
  }

  @Test
  void withoutAllowancesNoneIsPassed() {
    assertEquals(
        List.of(
            "plan",
            "/specs/web",
            "--host",
            "ssh://root@h1",
            "--spec-id",
            "web",
            "--spec-id-from-hosts-file"),
        List.of(FleetInvocation.argv("plan", HOST, List.of(), parsed())));
  }

  /** The hosts file's spec id is no takeover unless the operator says so on the command line. */
  @Test
  void theHostsFilesSpecIdIsDeliberateOnlyWithTheOperatorsAllowance() {
    assertEquals(
        List.of("plan", "/specs/web", "--host", "ssh://root@h1", "--spec-id", "web"),
        List.of(FleetInvocation.argv("plan", HOST, List.of(), parsed("--allow-spec-id-takeover"))));
  }
}
