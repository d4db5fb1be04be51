package org.potctl.controller.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.render.PlanJson;

/**
 * {@code apply PLANFILE}: reads a plan saved by {@code plan --out}. It is only a promise: {@link
 * org.potctl.controller.Engine#applySaved} re-plans its spec on the fresh host and runs it only
 * when identical.
 */
final class SavedPlan {

  private static final long MAX_BYTES = 64L << 20;

  private SavedPlan() {}

  /**
   * Reads {@code file}.
   *
   * @throws IllegalArgumentException when the file is not a readable, well-formed plan (exit 1)
   * @throws ApplyRefused when it reads as a plan but is not what potctl writes for that plan (exit
   *     3, each difference named: {@link PlanJson.NotAsWritten})
   */
  static Plan read(Path file) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new IllegalArgumentException("larger than " + MAX_BYTES + " bytes");
      }
      return PlanJson.read(Files.readString(file, StandardCharsets.UTF_8));
    } catch (PlanJson.NotAsWritten e) {
      List<String> reasons = new ArrayList<>();
      reasons.add(
          "the saved plan "
              + file
              + " is not as potctl wrote it; nothing of it was run (make a new plan):");
      e.differences().forEach(d -> reasons.add("  " + d));
      throw new ApplyRefused(reasons);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read it: " + e.getClass().getSimpleName(), e);
    }
  }
}
