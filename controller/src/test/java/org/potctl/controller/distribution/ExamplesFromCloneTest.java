package org.potctl.controller.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.ExampleImages;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;

/**
 * Every example under {@code examples/}, from a fresh {@code git clone} of the repository (only
 * what is committed), applied on an empty simulated host of its own in the clone's {@code
 * .potctl/sim} and then planned: the plan must show no changes ({@code --detailed-exitcode} 0). The
 * only preparation is what an example's comments tell a sim user to run ({@code # mkdir -p
 * .potctl/sim/hostfs/...}: its host directories; {@code # ./potctl image build ...}: the images its
 * pots are made from), run as stated.
 */
class ExamplesFromCloneTest {

  private static final Pattern MKDIR =
      Pattern.compile("^#\\s+mkdir -p (\\.potctl/sim/hostfs/\\S+)$", Pattern.MULTILINE);

  @Test
  void everyExampleAppliesOnTheSimulatedHostAndConverges(@TempDir Path tmp) throws Exception {
    Path clone = tmp.resolve("potctl");
    ExternalTool.Result cloned =
        ExternalTool.run(
            tmp,
            List.of(
                "git", "clone", "--quiet", ExternalTool.repoRoot().toString(), clone.toString()),
            120);
    assertEquals(0, cloned.exit(), cloned.output());
    List<Path> examples = examples(clone.resolve("examples"));
    assertTrue(examples.size() >= 4, "examples found: " + examples);
    Path sim = clone.resolve(".potctl/sim");
    List<String> failures = new ArrayList<>();
    for (Path example : examples) {
      deleteTree(sim);
      List<String> mkdirs = stated(example);
      String host = "--host=sim:" + sim;
      String hooks = "--allow-hooks"; // everyday's hooks, as its README section says
      if (!mkdirs.isEmpty()) {
        Run before = potctl(host, hooks, "plan", example.toString());
        assertTrue(
            before.err().contains("is not a directory on the simulated host"),
            "without its host directories " + example + " is warned about:\n" + before.err());
      }
      for (String dir : mkdirs) {
        Files.createDirectories(clone.resolve(dir));
      }
      ExampleImages.build(example, sim);
      Run apply = potctl(host, hooks, "apply", "--yes", example.toString());
      Run plan = potctl(host, hooks, "plan", "--detailed-exitcode", example.toString());
      if (apply.code() != 0 || plan.code() != 0) {
        failures.add(example + ": apply " + apply.all() + "\nplan " + plan.all());
      }
      assertFalse(
          plan.err().contains("warning:"), example + " converged with warnings:\n" + plan.all());
    }
    assertEquals(List.of(), failures);
  }

  /** Every directory under {@code root} holding a Potfile ({@code *.yaml}), sorted. */
  private static List<Path> examples(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".yaml"))
          .map(Path::getParent)
          .distinct()
          .sorted()
          .toList();
    }
  }

  /** The {@code mkdir -p .potctl/sim/hostfs/…} lines of the example's comments. */
  private static List<String> stated(Path example) throws IOException {
    List<String> dirs = new ArrayList<>();
    try (Stream<Path> files = Files.list(example)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        Matcher m = MKDIR.matcher(Files.readString(f));
        while (m.find()) {
          dirs.add(m.group(1));
        }
      }
    }
    return dirs;
  }

  private static Run potctl(String... args) {
    return Potctl.bare(args);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(p);
      }
    }
  }
}
