package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.render.DocumentSchemas;
import org.potctl.controller.testkit.Run;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.CommandResult;
import org.potctl.state.model.Fingerprints;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code hooks} field end to end on the simulated host: create, update, remove, confinement.
 */
class HooksTest {

  @TempDir Path sim;

  @TempDir Path work;

  private static final String POT =
      "version: 1\npots:\n  web:\n    base: \"14.1\"\n    state: stopped\n    hooks:\n";

  private Path spec(String hooks) throws IOException {
    Path dir = Files.createDirectories(work.resolve("app"));
    Files.createDirectories(dir.resolve("hooks"));
    Files.writeString(dir.resolve("potfile.yaml"), POT + hooks);
    return dir;
  }

  private Path conf(String type) {
    return sim.resolve("fsroot/jails/web/conf/" + type + ".sh");
  }

  @Test
  void hooksAreCopiedByPotSetHookUpdatedByDigestAndRemovedWhenLeftOut() throws IOException {
    Path dir = spec("      prestart: hooks/pre.sh\n      poststop: hooks/post.sh\n");
    Files.writeString(dir.resolve("hooks/pre.sh"), "#!/bin/sh\necho pre\n");
    Files.writeString(dir.resolve("hooks/post.sh"), "#!/bin/sh\necho post\n");
    SimCli cli = new SimCli(sim);
    Run plan = cli.expect(2, "--allow-hooks", "plan", dir.toString(), "--detailed-exitcode");
    String staged = sim.resolve("etc/pot/flavours/.potctl-hook-web-prestart.sh").toString();
    assertTrue(plan.out().contains("chmod 0700 " + staged), plan.out());
    assertTrue(plan.out().contains("pot set-hook -p web -s " + staged), plan.out());
    assertTrue(plan.out().contains("-T " + staged.replace("prestart", "poststop")), plan.out());
    cli.expect(0, "--allow-hooks", "apply", dir.toString(), "--yes");
    assertEquals("#!/bin/sh\necho pre\n", Files.readString(conf("prestart")));
    assertEquals(
        "rwx------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(conf("prestart"))));
    assertTrue(Files.exists(conf("poststop")));
    assertFalse(Files.exists(Path.of(staged)), "the staged copy is removed");
    cli.expect(0, "--allow-hooks", "plan", dir.toString(), "--detailed-exitcode");
    Run observe = cli.expect(0, "observe");
    assertFalse(observe.out().contains("potctl-hook"), observe.out());
    String pre = Fingerprints.sha256("#!/bin/sh\necho pre\n".getBytes(StandardCharsets.UTF_8));
    String post = Fingerprints.sha256("#!/bin/sh\necho post\n".getBytes(StandardCharsets.UTF_8));
    assertTrue(
        observe.out().contains("      hook  poststop " + post + "\n      hook  prestart " + pre),
        observe.out());
    String json = cli.expect(0, "observe", "-o", "json").out();
    DocumentSchemas.assertValid("observe", json);
    JsonNode hooks = JsonMapper.builder().build().readTree(json).get("pots").get(0).get("hooks");
    assertEquals(List.of("poststop", "prestart"), List.copyOf(hooks.propertyNames()));
    assertEquals(pre, hooks.get("prestart").asString());
    assertEquals(post, hooks.get("poststop").asString());

    Files.writeString(dir.resolve("hooks/pre.sh"), "#!/bin/sh\necho changed\n");
    Run update = cli.expect(2, "--allow-hooks", "plan", dir.toString(), "--detailed-exitcode");
    assertTrue(update.out().contains("hooks.prestart"), update.out());
    assertFalse(update.out().contains("-T "), update.out());
    assertFalse(update.out().contains("pot stop"), update.out());
    cli.expect(0, "--allow-hooks", "apply", dir.toString(), "--yes");
    assertEquals("#!/bin/sh\necho changed\n", Files.readString(conf("prestart")));

    Files.writeString(dir.resolve("potfile.yaml"), POT + "      prestart: hooks/pre.sh\n");
    Run remove = cli.expect(2, "--allow-hooks", "plan", dir.toString(), "--detailed-exitcode");
    assertTrue(
        remove.out().contains("rm -f " + sim.resolve("fsroot/jails/web/conf/poststop.sh")),
        remove.out());
    cli.expect(0, "--allow-hooks", "apply", dir.toString(), "--yes");
    assertFalse(Files.exists(conf("poststop")));
    assertTrue(Files.exists(conf("prestart")));
    cli.expect(0, "--allow-hooks", "plan", dir.toString(), "--detailed-exitcode");

    Files.writeString(dir.resolve("potfile.yaml"), POT.replace("    hooks:\n", ""));
    cli.expect(0, "--allow-hooks", "plan", dir.toString(), "--detailed-exitcode");
  }

  @Test
  void hookScriptsAreConfinedLikeFlavourScriptsWithLocatedErrors() throws IOException {
    Path dir =
        spec(
            "      prestart: ../outside.sh\n      poststart: hooks/missing.sh\n"
                + "      prestop: hooks/link.sh\n      postboot: hooks/pre.sh\n");
    Files.writeString(work.resolve("outside.sh"), "#!/bin/sh\n");
    Files.createSymbolicLink(dir.resolve("hooks/link.sh"), work.resolve("outside.sh"));
    SimCli cli = new SimCli(sim);
    int logged = cli.log().size();
    Run r = cli.potctl("--allow-hooks", "validate", dir.toString());
    assertEquals(1, r.code(), r.all());
    String file = dir.resolve("potfile.yaml").toString();
    assertTrue(r.err().contains(file + ":7:"), r.all());
    assertTrue(r.err().contains("hook script path"), r.all());
    assertTrue(r.err().contains(file + ":8:") && r.err().contains("does not exist"), r.all());
    assertTrue(r.err().contains(file + ":9:") && r.err().contains("outside the spec"), r.all());
    assertTrue(r.err().contains("postboot"), r.all());
    assertEquals(List.of(), cli.mutationsSince(logged));
  }

  @Test
  void hooksNeedTheOperatorsAllowHooksAndASavedPlanWithHooksIsNotRunWithoutIt() throws IOException {
    Path dir = spec("      prestart: hooks/pre.sh\n      poststop: hooks/post.sh\n");
    Files.writeString(dir.resolve("hooks/pre.sh"), "#!/bin/sh\necho pre\n");
    Files.writeString(dir.resolve("hooks/post.sh"), "#!/bin/sh\necho post\n");
    SimCli cli = new SimCli(sim);
    int logged = cli.log().size();
    String file = dir.resolve("potfile.yaml").toString();
    String refused =
        "a hook is a script pot runs on the host as root at every start or stop; the operator"
            + " must pass --allow-hooks";
    for (List<String> command :
        List.of(List.of("validate"), List.of("plan"), List.of("apply", "--yes"))) {
      List<String> args = new ArrayList<>(command);
      args.add(dir.toString());
      Run r = cli.potctl(args.toArray(String[]::new));
      assertEquals(1, r.code(), command + ": " + r.all());
      assertTrue(
          r.err().contains(file + ":7:17: error: pots.web.hooks.prestart: " + refused), r.all());
      assertTrue(
          r.err().contains(file + ":8:17: error: pots.web.hooks.poststop: " + refused), r.all());
    }
    assertEquals(List.of(), cli.mutationsSince(logged), "nothing ran");
    Path saved = work.resolve("plan.json");
    cli.expect(0, "--allow-hooks", "plan", dir.toString(), "--out", saved.toString());
    Run apply = cli.potctl("apply", saved.toString(), "--yes");
    assertEquals(3, apply.code(), apply.all());
    assertTrue(apply.err().contains("of the saved plan no longer validates:"), apply.all());
    assertTrue(apply.err().contains(file + ":7:17: error: pots.web.hooks.prestart: "), apply.all());
    assertEquals(List.of(), cli.mutationsSince(logged), "nothing ran");
    cli.expect(0, "--allow-hooks", "apply", saved.toString(), "--yes");
    assertTrue(Files.exists(conf("prestart")));
  }

  private CommandResult pot(String... argv) {
    return new SimulatedHost(SimOptions.of(sim)).run(Command.of(argv));
  }

  @Test
  void simulatedSetHookTakesOnlyAnExecutableFileAndNeedsOne() throws IOException {
    Path dir = spec("");
    Files.writeString(dir.resolve("potfile.yaml"), POT.replace("    hooks:\n", ""));
    new SimCli(sim).expect(0, "apply", dir.toString(), "--yes");
    Path hook = Files.createDirectories(sim.resolve("etc/pot/flavours")).resolve("h.sh");
    Files.writeString(hook, "#!/bin/sh\n");
    CommandResult plain = pot("pot", "set-hook", "-p", "web", "-s", hook.toString());
    assertEquals(1, plain.exitCode(), plain.toString());
    assertTrue(plain.stdout().contains("###>  " + hook + " not a valid hook"), plain.stdout());
    assertTrue(plain.stdout().contains("###>  No hooks provided - at least one hook as to be set"));
    assertFalse(Files.exists(conf("prestart")));
    Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-x---"));
    CommandResult ok = pot("pot", "set-hook", "-p", "web", "-t", hook.toString());
    assertEquals(0, ok.exitCode(), ok.toString());
    assertEquals(
        "rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(conf("prestop"))));
    assertTrue(
        pot("pot", "start", "-p", "web").stdout().lines().noneMatch(l -> l.contains("pre-start")));
    CommandResult stop = pot("pot", "stop", "-p", "web");
    assertTrue(
        stop.stdout().contains("===>  Executing the pre-stop script for the pot web\n"),
        stop.stdout());
    CommandResult none = pot("pot", "set-hook", "-p", "nope", "-t", hook.toString());
    assertEquals(1, none.exitCode());
    assertTrue(none.stdout().contains("###>  pot nope is not valid"), none.stdout());
  }
}
