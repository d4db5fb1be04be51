package org.potctl.controller.kind;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.potctl.controller.plan.Change;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.Diagnostic;

/**
 * What a handler decided for one resource.
 *
 * @param change the action, reasons, risk and differing fields
 * @param steps the commands, in the order they run
 * @param diagnostics warnings and errors about this resource
 * @param observed fingerprints of the observed objects the decision read, by object address
 */
public record ResourcePlan(
    Change change,
    List<StepDraft> steps,
    List<Diagnostic> diagnostics,
    SortedMap<String, String> observed) {

  public ResourcePlan {
    Objects.requireNonNull(change, "change");
    steps = List.copyOf(steps);
    diagnostics = List.copyOf(diagnostics);
    observed = Collections.unmodifiableSortedMap(new TreeMap<>(observed));
  }

  /** Nothing to do for {@code address}, with {@code diagnostics} to report. */
  static ResourcePlan noop(
      ResourceAddress address, List<Diagnostic> diagnostics, Observed observed) {
    return new ResourcePlan(Change.noop(address), List.of(), diagnostics, observed.map());
  }
}
