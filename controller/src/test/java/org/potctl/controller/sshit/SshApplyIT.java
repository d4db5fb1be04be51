package org.potctl.controller.sshit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;
import org.potctl.state.statedir.JournalReader;
import org.potctl.state.statedir.StateStore;

/** plan, apply and {@code --all} over SSH against simulated pot hosts behind real sshds. */
class SshApplyIT {

  private static final Path SPEC =
      Path.of("..", "examples", "potfiles", "web-single").toAbsolutePath().normalize();

  @TempDir Path dir;

  private static Run potctl(String... args) {
    return Potctl.bare(args);
  }

  private static String log(Path sim) throws Exception {
    Path log = sim.resolve("commands.log");
    return Files.exists(log) ? Files.readString(log) : "";
  }

  /** The control master of this test's client: its command line names this test's ssh_config. */
  private static Optional<ProcessHandle> master(LoopbackSshd sshd) {
    String config = sshd.dir().resolve("ssh_config").toString();
    return ProcessHandle.allProcesses()
        .filter(
            p -> {
              String line = p.info().commandLine().orElse("");
              return line.contains(config) && line.contains("-N");
            })
        .findFirst();
  }

  @Test
  void applyConvergesAndADroppedConnectionIsRecoveredByTheNextRun() throws Exception {
    try (SimBehindSsh host = SimBehindSsh.start(dir)) {
      CompletableFuture<Run> first =
          CompletableFuture.supplyAsync(
              () -> potctl("apply", SPEC.toString(), "--host", host.host(), "--yes"));
      long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
      while (!log(host.simDir).contains("zfs set potctl:owner") && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      ProcessHandle master = master(host.sshd).orElseThrow();
      master.destroyForcibly();
      master.onExit().get();
      Run dropped = first.get();
      assertTrue(dropped.code() == 0 || dropped.code() == 1, dropped.toString());
      Run second =
          potctl("apply", SPEC.toString(), "--host", host.host(), "--yes", "--lock-timeout", "30s");
      assertEquals(0, second.code(), second.toString());
      JournalReader journals = new JournalReader(StateStore.local(host.stateDir()));
      List<String> ids = journals.applyIds();
      assertEquals(2, ids.size(), "both journals are on the remote host: " + ids);
      assertFalse(journals.read(ids.get(0)).records().isEmpty());
      assertEquals("succeeded", journals.read(ids.get(1)).outcome().orElseThrow());
      Run plan = potctl("plan", SPEC.toString(), "--host", host.host(), "--detailed-exitcode");
      assertEquals(0, plan.code(), plan.toString());
      assertTrue(plan.out().contains("No changes"), plan.out());
      Run observed = potctl("observe", "--host", host.host());
      assertTrue(observed.out().contains("www"), observed.out());
      assertTrue(observed.out().contains("running"), observed.out());
    }
  }

  @Test
  void allPlansAndAppliesThreeHostsAtOnceAndOneBadHostStopsNoOther() throws Exception {
    try (SimBehindSsh h1 = SimBehindSsh.start(dir.resolve("h1"));
        SimBehindSsh h2 = SimBehindSsh.start(dir.resolve("h2"));
        SimBehindSsh h3 = SimBehindSsh.start(dir.resolve("h3"))) {
      String three =
          "version: 1\nhosts:\n" + host("pot1", h1) + host("pot2", h2) + host("pot3", h3);
      Path good = Files.writeString(dir.resolve("hosts.yaml"), three);
      Path withBad =
          Files.writeString(
              dir.resolve("hosts-bad.yaml"),
              three
                  + "  gone:\n    address: ssh://127.0.0.1:1?config="
                  + h1.sshd.dir().resolve("ssh_config")
                  + "\n    spec: "
                  + SPEC
                  + "\n");
      Run planBad =
          potctl(
              "plan",
              "--all",
              "--allow-hosts-ssh-config",
              "--allow-hosts-local",
              "--hosts",
              withBad.toString(),
              "--detailed-exitcode");
      assertEquals(1, planBad.code(), planBad.toString());
      for (String name : List.of("pot1", "pot2", "pot3")) {
        assertTrue(
            planBad.out().matches("(?s).*\\n  " + name + " +changes present +exit 2.*"),
            planBad.out());
      }
      assertTrue(planBad.out().matches("(?s).*\\n  gone +error +exit 1 .*"), planBad.out());
      assertTrue(
          planBad.out().endsWith("4 hosts: 0 ok, 3 with changes, 0 refused, 1 failed; exit 1\n"),
          planBad.out());

      Run apply =
          potctl(
              "apply",
              "--all",
              "--allow-hosts-ssh-config",
              "--allow-hosts-local",
              "--hosts",
              good.toString(),
              "--yes");
      assertEquals(0, apply.code(), apply.toString());
      assertTrue(
          apply.out().endsWith("3 hosts: 3 ok, 0 with changes, 0 refused, 0 failed; exit 0\n"),
          apply.out());

      Run converged =
          potctl(
              "plan",
              "--all",
              "--allow-hosts-ssh-config",
              "--allow-hosts-local",
              "--hosts",
              good.toString(),
              "--detailed-exitcode",
              "-o",
              "json");
      assertEquals(0, converged.code(), converged.toString());
      assertTrue(converged.out().contains("\"exit_code\" : 0"), converged.out());
    }
  }

  /**
   * A host entry; its spec is the repository's example, outside the hosts file's directory, so
   * {@code --all} takes it with the operator's {@code --allow-hosts-local}.
   */
  private static String host(String name, SimBehindSsh h) {
    return "  " + name + ":\n    address: " + h.host() + "\n    spec: " + SPEC + "\n";
  }
}
