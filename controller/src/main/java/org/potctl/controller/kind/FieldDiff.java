package org.potctl.controller.kind;

import java.util.List;
import java.util.Objects;
import org.potctl.controller.plan.ChangeReason;
import org.potctl.controller.plan.FieldChange;
import org.potctl.controller.plan.Reason;
import org.potctl.controller.plan.Risk;

/**
 * One differing pot field and how to fix it.
 *
 * @param field the path with before and after
 * @param effect in place, at start, stopped only, replace, or not at all
 * @param steps the commands that set it (empty for replace and cannot)
 * @param risk its own risk ({@link Risk#NETWORK} for ports, else none; restarts are added later)
 * @param reason a sentence for the change's reasons
 */
record FieldDiff(
    FieldChange field, Effect effect, List<StepDraft> steps, Risk risk, String reason) {

  FieldDiff {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(effect, "effect");
    steps = List.copyOf(steps);
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(reason, "reason");
  }

  /** The change's reason for this field: its code follows from the effect. */
  Reason changeReason() {
    ChangeReason code =
        switch (effect) {
          case NOW -> ChangeReason.IN_PLACE;
          case AT_START -> ChangeReason.AT_START;
          case NEEDS_STOP -> ChangeReason.NEEDS_STOP;
          case REPLACE, CANNOT -> ChangeReason.CANNOT_UPDATE;
        };
    return code.because(reason);
  }

  /** A difference pot has no command for: shown, nothing run. */
  static FieldDiff cannot(FieldChange field, String reason) {
    return new FieldDiff(field, Effect.CANNOT, List.of(), Risk.NONE, reason);
  }
}
