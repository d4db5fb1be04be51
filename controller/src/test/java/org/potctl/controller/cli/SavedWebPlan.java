package org.potctl.controller.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The saved-plan tests' fixture: examples/potfiles/web-single copied to {@code work/web-single} and
 * planned with {@code plan --out work/plan.json} on a simulated host.
 *
 * @param cli potctl on the simulated host
 * @param spec the spec directory
 * @param file the saved plan
 */
record SavedWebPlan(SimCli cli, Path spec, Path file) {

  /** Copies the spec under {@code work} and saves its plan against the host in {@code sim}. */
  static SavedWebPlan make(Path sim, Path work) throws IOException {
    SimCli cli = new SimCli(sim);
    Path spec = Files.createDirectories(work.resolve("web-single"));
    Files.copy(
        ApplyCommandTest.EXAMPLES.resolve("web-single").resolve("potfile.yaml"),
        spec.resolve("potfile.yaml"));
    Path file = work.resolve("plan.json");
    cli.expect(0, "plan", spec.toString(), "--out", file.toString());
    return new SavedWebPlan(cli, spec, file);
  }
}
