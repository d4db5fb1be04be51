package org.potctl.controller;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.potctl.controller.apply.ApplyReport;
import org.potctl.controller.plan.HostPlan;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Diagnostics;

/**
 * How {@link Engine#change} ended. Exhaustive: every caller switches over all of them. Every
 * outcome carries the warnings of the spec ({@code adopt}, {@code image build}) and of the plan, so
 * the text output and {@code -o json} of every host change report the same diagnostics ({@link
 * #warned}).
 */
public sealed interface ChangeOutcome
    permits ChangeOutcome.Invalid,
        ChangeOutcome.Refused,
        ChangeOutcome.Failed,
        ChangeOutcome.DryRun,
        ChangeOutcome.Applied {

  /**
   * This outcome with {@code first} (the spec's warnings) before its own diagnostics: how {@link
   * HostChangeRun} reports the spec's warnings whatever the draft gave.
   */
  default ChangeOutcome warned(Diagnostics first) {
    if (first.isEmpty()) {
      return this;
    }
    return switch (this) {
      case Invalid invalid -> invalid;
      case Refused r ->
          new Refused(r.reasons(), r.planned().map(p -> p.reported(first)), joined(first, r));
      case Failed f -> new Failed(f.errors(), joined(first, f.warnings()));
      case DryRun dry -> new DryRun(dry.planned().reported(first));
      case Applied applied -> new Applied(applied.planned().reported(first), applied.report());
    };
  }

  private static List<Diagnostic> joined(Diagnostics first, Refused r) {
    return r.planned().isPresent() ? List.of() : joined(first, r.warnings());
  }

  private static List<Diagnostic> joined(Diagnostics first, List<Diagnostic> rest) {
    Set<Diagnostic> all = new LinkedHashSet<>(first.all());
    all.addAll(rest);
    return List.copyOf(all);
  }

  /** The spec ({@code adopt}) is invalid; no host was touched (exit 1). */
  record Invalid(Diagnostics specDiagnostics) implements ChangeOutcome {}

  /**
   * Refused for safety, nothing was run (exit 3): the lock is held, an object is another spec's or
   * does not match, the name is taken, or the answer was not 'yes'.
   *
   * @param reasons one sentence each; lines starting with a space continue the one before
   * @param planned the plan, when one was made (its diagnostics hold the warnings)
   * @param warnings the spec's warnings when no plan was made
   */
  record Refused(List<String> reasons, Optional<HostPlan> planned, List<Diagnostic> warnings)
      implements ChangeOutcome {
    public Refused {
      reasons = List.copyOf(reasons);
      warnings = List.copyOf(warnings);
    }

    /** Refused, without warnings of its own. */
    public Refused(List<String> reasons, Optional<HostPlan> planned) {
      this(reasons, planned, List.of());
    }
  }

  /**
   * Nothing to act on (exit 1), e.g. no trash entry matches; nothing was run.
   *
   * @param errors one sentence each; lines starting with a space continue the one before
   * @param warnings the spec's warnings
   */
  record Failed(List<String> errors, List<Diagnostic> warnings) implements ChangeOutcome {
    public Failed {
      errors = List.copyOf(errors);
      warnings = List.copyOf(warnings);
    }

    /** Failed, without warnings. */
    public Failed(List<String> errors) {
      this(errors, List.of());
    }
  }

  /** A dry run: the plan was made (without the lock); nothing was run. */
  record DryRun(HostPlan planned) implements ChangeOutcome {}

  /** The plan ran (or had nothing to run); {@code report} says how every step ended. */
  record Applied(HostPlan planned, ApplyReport report) implements ChangeOutcome {}
}
