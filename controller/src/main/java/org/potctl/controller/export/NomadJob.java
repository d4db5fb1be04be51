package org.potctl.controller.export;

import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * One exported Nomad job.
 *
 * @param pot the pot it runs
 * @param name the job id, {@code <spec-id>-<pot>}
 * @param json the Nomad API document {@code {"Job": {…}}} ({@code nomad job run -json} input)
 */
public record NomadJob(String pot, String name, ObjectNode json) {

  /** Checks every part is present. */
  public NomadJob {
    Objects.requireNonNull(pot, "pot");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(json, "json");
  }
}
