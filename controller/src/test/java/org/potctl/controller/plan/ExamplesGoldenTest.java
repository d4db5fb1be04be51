package org.potctl.controller.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.potctl.controller.render.DocumentSchemas;
import org.potctl.controller.render.PlanJson;
import org.potctl.controller.render.PlanText;
import org.potctl.controller.testkit.ExampleImages;
import org.potctl.schema.model.Spec;

/**
 * Every example planned on a fresh simulated host (text and JSON goldens under {@code golden/}),
 * then applied by running the plan's steps, then planned again: the converged plan is empty
 * (goldens too). Paths of the temporary host and fingerprints are masked. Regenerate with {@code
 * -Dpotctl.golden.update=true}.
 */
class ExamplesGoldenTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final boolean UPDATE = Boolean.getBoolean("potctl.golden.update");

  @TempDir Path dir;

  static Stream<String> examples() throws IOException {
    try (Stream<Path> s = Files.list(SimFixture.EXAMPLES)) {
      return s
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void planOnAFreshHostMatchesTheGoldenFiles(String example) throws IOException {
    SimFixture host = new SimFixture(dir.resolve("sim"));
    Spec spec = SimFixture.load(SimFixture.EXAMPLES.resolve(example));
    Plan plan = host.plan(spec, "examples/potfiles/" + example, example);
    assertFalse(plan.hasErrors(), plan.diagnostics().toString());
    assertTrue(plan.hasChanges());
    golden(example + ".plan.txt", mask(PlanText.write(plan, false), host));
    String json = PlanJson.write(plan);
    DocumentSchemas.assertValid("plan", json);
    golden(example + ".plan.json", mask(json, host));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void applyingThePlanConvergesToAnEmptyPlan(String example) throws IOException {
    SimFixture host = new SimFixture(dir.resolve("sim"));
    Spec spec = SimFixture.load(withHostDirs(SimFixture.EXAMPLES.resolve(example), host));
    ExampleImages.build(SimFixture.EXAMPLES.resolve(example), host.dir);
    host.apply(host.plan(spec, example));
    Plan again = host.plan(spec, "examples/potfiles/" + example, example);
    assertEquals(List.of(), again.steps(), PlanText.write(again, false));
    assertEquals(List.of(), again.diagnostics());
    golden(example + ".converged.txt", mask(PlanText.write(again, false), host));
  }

  /** The example, with its {@code dir} mounts made on the simulated host's tree (hostfs). */
  private static Path withHostDirs(Path example, SimFixture host) throws IOException {
    try (Stream<Path> files = Files.walk(example)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        for (String line : Files.readAllLines(f)) {
          int at = line.indexOf("dir: /srv/");
          if (at >= 0) {
            String d = line.substring(at + "dir: /srv/".length()).split("[,} ]")[0];
            Files.createDirectories(host.dir.resolve("hostfs/srv").resolve(d));
          }
        }
      }
    }
    return example;
  }

  private static String mask(String text, SimFixture host) {
    return text.replace(host.dir.toAbsolutePath().normalize().toString(), "<sim>")
        .replace(examplesDir(), "<examples>")
        .replaceAll("sha256:[0-9a-f]{64}", "sha256:<masked>");
  }

  /** The examples directory as a spec file's real path names it (dns custom files). */
  private static String examplesDir() {
    try {
      return SimFixture.EXAMPLES.toRealPath().toString();
    } catch (IOException e) {
      return SimFixture.EXAMPLES.toAbsolutePath().normalize().toString();
    }
  }

  private static void golden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (UPDATE || !Files.exists(file)) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      if (!UPDATE) {
        throw new AssertionError("golden file " + file + " was missing; written, check it in");
      }
      return;
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, name);
  }
}
