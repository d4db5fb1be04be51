package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;

class SubcommandsTest {

  private static Run potctl(String... args) {
    return Potctl.bare(args);
  }

  @Test
  void helpListsEveryCommandInOrder() {
    Run help = potctl("--help");
    assertEquals(0, help.code());
    List<String> names =
        List.of(
            "validate",
            "plan",
            "apply",
            "status",
            "graph",
            "observe",
            "watch",
            "adopt",
            "forget",
            "restore",
            "gc",
            "sim-exec",
            "generate-completion",
            "help");
    int last = -1;
    for (String name : names) {
      int at = help.out().indexOf("\n  " + name + " ");
      assertTrue(at > last, name + " missing or out of order in:\n" + help.out());
      last = at;
    }
  }

  @Test
  void aFirstArgumentNamingACommandRunsIt() {
    Run plan = potctl("plan", "--help");
    assertEquals(0, plan.code());
    assertTrue(plan.out().startsWith("Usage: potctl plan"), plan.out());
    assertTrue(plan.out().contains("--host"), "inherited global option shown: " + plan.out());
  }

  @Test
  void helpOfACommandIsItsUsageAndHelpAloneListsEveryCommand() {
    Run plan = potctl("help", "plan");
    assertEquals(0, plan.code(), plan.err());
    assertEquals(potctl("plan", "--help").out(), plan.out());
    Run all = potctl("help");
    assertEquals(0, all.code(), all.err());
    assertTrue(all.out().contains("\n  apply "), all.out());
    assertTrue(all.out().contains("\n  watch "), all.out());
    assertEquals(List.of(), Subcommands.named(new String[] {"help"}));
  }

  @Test
  void aGlobalOptionFirstStillReachesEveryCommand() {
    Run plan = potctl("--spec-id", "x", "plan", "--help");
    assertEquals(0, plan.code());
    assertTrue(plan.out().startsWith("Usage: potctl plan"), plan.out());
  }

  @Test
  void onlyTheNamedCommandsAreRegisteredAfterGlobalOptionsToo() {
    assertEquals(
        List.of("plan"), Subcommands.named(new String[] {"--host", "sim:/x", "plan", "d"}));
    assertEquals(
        List.of("plan", "apply"),
        Subcommands.named(new String[] {"--spec-id", "plan", "apply", "d"}),
        "a global option's value naming a command only adds one");
    assertEquals(List.of(), Subcommands.named(new String[] {"--help"}));
    assertEquals(List.of(), Subcommands.named(new String[] {"plan", "generate-completion"}));
    assertEquals(List.of("plan"), Subcommands.named(new String[] {"plan", "--", "apply"}));
    Run validate = potctl("--spec-id", "x", "validate", "--help");
    assertEquals(0, validate.code(), validate.err());
    assertTrue(validate.out().startsWith("Usage: potctl validate"), validate.out());
  }

  @Test
  void anUnknownCommandIsAUsageErrorNamingTheCommands() {
    Run typo = potctl("plna");
    assertEquals(64, typo.code());
    assertTrue(typo.err().contains("plan"), typo.err());
  }

  @Test
  void theAotTrainingRunEndsAsExpected(@TempDir Path dir) throws IOException {
    assertTrue(AotTraining.train(dir.resolve("training")));
  }
}
