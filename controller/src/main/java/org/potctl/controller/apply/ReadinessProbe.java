package org.potctl.controller.apply;

import java.util.Optional;
import org.potctl.controller.plan.Readiness;

/** Checks a step's readiness once (JOSDK's ready-postcondition, with the reason it is unmet). */
@FunctionalInterface
interface ReadinessProbe {

  /** Empty when {@code readiness} holds now, else what is still missing, in one sentence. */
  Optional<String> unmet(Readiness readiness);
}
