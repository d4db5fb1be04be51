package org.potctl.controller.sshit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.cli.Main;
import org.potctl.controller.testkit.Run;

/**
 * {@code dist/ansible/site.yml} and {@code library/potctl.py} under real ansible-core: three
 * simulated hosts, two of them behind real sshds on loopback, rolled one at a time. A failing host
 * stops the roll-out before the next host; a clean run converges all three; the run after that
 * reports no change. Without ansible-playbook it is skipped with a NOTICE, and fails instead with
 * {@code REQUIRE_ANSIBLE=1} or {@code REQUIRE_DIST_TOOLS=1}.
 */
class AnsibleRolloutIT {

  private static final Path PLAYBOOK =
      Path.of("..", "dist", "ansible", "site.yml").toAbsolutePath().normalize();
  private static final Path SPEC =
      Path.of("..", "examples", "potfiles", "web-single").toAbsolutePath().normalize();
  private static final Path ANSIBLE = Path.of("/usr/bin/ansible-playbook");
  private static final Pattern RECAP =
      Pattern.compile(
          "(h\\d)\\s*:\\s*ok=(\\d+)\\s+changed=(\\d+)\\s+unreachable=\\d+\\s+failed=(\\d+)");

  @TempDir Path dir;

  @Test
  void rollsOneHostAtATimeStopsAtAFailureConvergesAndIsIdempotent() throws Exception {
    requireAnsible();
    try (SimBehindSsh h1 = SimBehindSsh.start(dir.resolve("h1"));
        SimBehindSsh h3 = SimBehindSsh.start(dir.resolve("h3"))) {
      Path sim2 = dir.resolve("h2").resolve("sim");
      Path launcher = SimBehindSsh.launcher(Files.createDirectories(dir.resolve("bin")));
      String failing = "sim:" + sim2 + "?fail=create-fscomp";

      Run failed = playbook(launcher, h1.host(), failing, h3.host());
      assertNotEquals(0, failed.code(), failed.out());
      assertEquals(0, plan(h1.host()), "h1 was converged before the failure");
      assertNotEquals(0, plan("sim:" + sim2), "h2 failed");
      assertFalse(
          Files.exists(h3.simDir.resolve("commands.log"))
              && Files.readString(h3.simDir.resolve("commands.log")).contains("pot create"),
          "the roll-out stopped before h3");
      assertTrue(failed.out().contains("create-fscomp"), failed.out());

      Run converge = playbook(launcher, h1.host(), "sim:" + sim2, h3.host());
      assertEquals(0, converge.code(), converge.out());
      assertEquals(List.of("h1:0", "h2:1", "h3:1"), changed(converge.out()), converge.out());
      for (String host : List.of(h1.host(), "sim:" + sim2, h3.host())) {
        assertEquals(0, plan(host), host + " converged");
      }

      Run again = playbook(launcher, h1.host(), "sim:" + sim2, h3.host());
      assertEquals(0, again.code(), again.out());
      assertEquals(List.of("h1:0", "h2:0", "h3:0"), changed(again.out()), again.out());
    }
  }

  @Test
  void checkModeIsAPlanThatChangesNothing() throws Exception {
    requireAnsible();
    Path sim = dir.resolve("h1").resolve("sim");
    Path launcher = SimBehindSsh.launcher(Files.createDirectories(dir.resolve("bin")));
    Run check = playbook(launcher, List.of("--check"), "sim:" + sim);
    assertEquals(0, check.code(), check.out());
    assertEquals(List.of("h1:1"), changed(check.out()), check.out());
    assertTrue(check.out().contains("\"create\": 2"), check.out());
    Path log = sim.resolve("commands.log");
    assertFalse(
        Files.exists(log) && Files.readString(log).contains("pot create"),
        "check mode ran no mutation");
    assertEquals(2, plan("sim:" + sim), "the host still has the changes to make");
  }

  @Test
  void theOperatorsAllowancesReachPlanAndApply() throws Exception {
    requireAnsible();
    Path spec = Files.createDirectories(dir.resolve("hooked"));
    Files.createDirectories(spec.resolve("files"));
    Files.writeString(spec.resolve("files/pre.sh"), "#!/bin/sh\necho starting\n");
    Files.writeString(
        spec.resolve("potfile.yaml"),
        "version: 1\npots:\n  web:\n    base: \"14.1\"\n"
            + "    hooks: {prestart: files/pre.sh}\n");
    Path sim = dir.resolve("h1").resolve("sim");
    Path launcher = SimBehindSsh.launcher(Files.createDirectories(dir.resolve("bin")));
    List<String> onSpec = List.of("-e", "potctl_spec=" + spec);
    Run refused = playbook(launcher, onSpec, "sim:" + sim);
    assertNotEquals(0, refused.code(), refused.out());
    assertTrue(refused.out().contains("pots.web.hooks.prestart"), refused.out());
    assertTrue(refused.out().contains("--allow-hooks"), refused.out());
    List<String> allowed = new ArrayList<>(onSpec);
    allowed.addAll(List.of("-e", "{\"potctl_allow_hooks\": true}"));
    Run applied = playbook(launcher, allowed, "sim:" + sim);
    assertEquals(0, applied.code(), applied.out());
    assertEquals(List.of("h1:1"), changed(applied.out()), applied.out());
    assertTrue(
        Files.readString(sim.resolve("commands.log")).contains("set-hook"),
        "the hook was installed");
  }

  @Test
  void theInventorysReservedHostPortsReachPlanAndApply() throws Exception {
    requireAnsible();
    Path sim = dir.resolve("h1").resolve("sim");
    Path launcher = SimBehindSsh.launcher(Files.createDirectories(dir.resolve("bin")));
    Run refused =
        playbook(
            launcher,
            List.of("-e", "{\"potctl_reserved_host_ports\": \"22,8000-8090\"}"),
            "sim:" + sim);
    assertNotEquals(0, refused.code(), refused.out());
    assertTrue(refused.out().contains("host port 8080 is reserved"), refused.out());
    Path log = sim.resolve("commands.log");
    assertFalse(
        Files.exists(log) && Files.readString(log).contains("pot create"),
        "a refused plan changed nothing");
    Run applied = playbook(launcher, "sim:" + sim);
    assertEquals(0, applied.code(), applied.out());
    assertEquals(List.of("h1:1"), changed(applied.out()), applied.out());
  }

  private static void requireAnsible() {
    if (Files.isExecutable(ANSIBLE)) {
      return;
    }
    String why = ANSIBLE + " is missing (./run-tests installs ansible-core as root)";
    if ("1".equals(System.getenv("REQUIRE_ANSIBLE"))
        || "1".equals(System.getenv("REQUIRE_DIST_TOOLS"))) {
      fail("REQUIRE_ANSIBLE/REQUIRE_DIST_TOOLS=1 but " + why);
    }
    System.err.println("NOTICE: Ansible integration test SKIPPED: " + why);
    Assumptions.abort("Ansible test skipped: " + why);
  }

  private Run playbook(Path launcher, String... hosts) throws Exception {
    return playbook(launcher, List.of(), hosts);
  }

  private Run playbook(Path launcher, List<String> extra, String... hosts) throws Exception {
    StringBuilder inv = new StringBuilder("{\"all\": {\"children\": {\"pot_hosts\": {\"hosts\": {");
    for (int i = 0; i < hosts.length; i++) {
      inv.append(i == 0 ? "" : ", ")
          .append("\"h")
          .append(i + 1)
          .append("\": {\"ansible_connection\": \"local\", \"potctl_host\": \"")
          .append(hosts[i])
          .append("\"}");
    }
    inv.append("}}}}}\n");
    Path inventory = dir.resolve("inventory.yml");
    Files.writeString(inventory, inv);
    List<String> argv =
        new ArrayList<>(
            List.of(
                ANSIBLE.toString(),
                "-i",
                inventory.toString(),
                PLAYBOOK.toString(),
                "-e",
                "potctl_spec=" + SPEC,
                "-e",
                "potctl_launcher=" + launcher));
    argv.addAll(extra);
    ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true);
    pb.environment().put("ANSIBLE_LOCAL_TEMP", dir.resolve("ansible-tmp").toString());
    pb.environment().put("ANSIBLE_REMOTE_TEMP", dir.resolve("ansible-tmp").toString());
    pb.environment().put("ANSIBLE_NOCOLOR", "1");
    pb.environment().put("ANSIBLE_FORCE_COLOR", "0");
    pb.environment().put("ANSIBLE_RETRY_FILES_ENABLED", "0");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail("ansible-playbook did not finish: " + out);
    }
    return new Run(p.exitValue(), out, ""); // stderr is merged into out
  }

  private static List<String> changed(String out) {
    List<String> hosts = new ArrayList<>();
    Matcher m = RECAP.matcher(out);
    while (m.find()) {
      hosts.add(m.group(1) + ":" + m.group(3));
    }
    return hosts;
  }

  private static int plan(String host) {
    StringWriter sink = new StringWriter();
    return Main.run(
        new String[] {"plan", SPEC.toString(), "--host", host, "--detailed-exitcode"},
        new PrintWriter(sink),
        new PrintWriter(sink));
  }
}
