package org.potctl.controller.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The saved-plan tests' fixture: examples/potfiles/web-single copied to {@code work/web-single} and
 * planned with {@code plan --out work/plan.json} on a simulated host before each test.
 */
abstract class SavedWebPlanCase {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path sim;
  @TempDir Path work;

  /** potctl on the simulated host. */
  SimCli cli;

  /** The spec directory. */
  Path spec;

  /** The saved plan. */
  Path planFile;

  @BeforeEach
  void savePlan() throws IOException {
    cli = new SimCli(sim);
    spec = Files.createDirectories(work.resolve("web-single"));
    Files.copy(
        ApplyCommandTest.EXAMPLES.resolve("web-single").resolve("potfile.yaml"),
        spec.resolve("potfile.yaml"));
    planFile = work.resolve("plan.json");
    cli.expect(0, "plan", spec.toString(), "--out", planFile.toString());
  }

  /** Rewrites the saved plan with {@code edit} applied to its JSON. */
  void rewrite(Consumer<ObjectNode> edit) throws IOException {
    ObjectNode plan = (ObjectNode) JSON.readTree(Files.readString(planFile));
    edit.accept(plan);
    Files.writeString(planFile, JSON.writeValueAsString(plan), StandardCharsets.UTF_8);
  }
}
