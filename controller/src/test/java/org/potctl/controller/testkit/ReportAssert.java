package org.potctl.controller.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.potctl.controller.apply.ApplyReport;
import org.potctl.controller.apply.StepResult;
import org.potctl.controller.apply.StepStatus;
import org.potctl.schema.address.ResourceAddress;

/**
 * Fluent assertions on an {@link ApplyReport}, after JOSDK's {@code ExecutionAssert}: {@code
 * assertThat(report).applied("pot.db").skipped("pot.web").because("upstream failed: pot.db")}.
 */
public final class ReportAssert {

  private final ApplyReport report;
  private List<StepResult> last = List.of();

  private ReportAssert(ApplyReport report) {
    this.report = report;
  }

  /** Assertions on {@code report}. */
  public static ReportAssert assertThat(ApplyReport report) {
    return new ReportAssert(report);
  }

  /** Every step of {@code address} applied. */
  public ReportAssert applied(String address) {
    return every(address, StepStatus.APPLIED);
  }

  /** Some step of {@code address} failed. */
  public ReportAssert failed(String address) {
    return some(address, StepStatus.FAILED);
  }

  /** Some step of {@code address} was skipped. */
  public ReportAssert skipped(String address) {
    return some(address, StepStatus.SKIPPED);
  }

  /** The steps of the last address asserted with that status carry {@code reason} in detail. */
  public ReportAssert because(String reason) {
    assertTrue(
        last.stream().anyMatch(s -> s.detail().contains(reason)),
        "no step says '" + reason + "': " + last);
    return this;
  }

  /**
   * Both applied, and {@code then}'s last step (for a pot: its start) began only after every step
   * of {@code first} ended: the dependant became ready after what it depends on.
   */
  public ReportAssert appliedInOrder(String first, String then) {
    applied(first);
    applied(then);
    var end = steps(first).stream().map(StepResult::finished).max(Comparable::compareTo).get();
    var start = steps(then).getLast().started();
    assertTrue(
        !start.isBefore(end), first + " ended " + end + ", " + then + " last began " + start);
    return this;
  }

  /** Whether a stop (SIGINT/SIGTERM) was recorded. */
  public ReportAssert stopped(boolean stopped) {
    assertEquals(stopped, report.stopped(), report.toString());
    return this;
  }

  private ReportAssert every(String address, StepStatus status) {
    List<StepResult> of = steps(address);
    assertTrue(!of.isEmpty(), "no step of " + address + " in " + report.steps());
    of.forEach(s -> assertEquals(status, s.status(), address + ": " + s));
    last = of;
    return this;
  }

  private ReportAssert some(String address, StepStatus status) {
    last = steps(address).stream().filter(s -> s.status() == status).toList();
    assertTrue(!last.isEmpty(), "no " + status + " step of " + address + " in " + report.steps());
    return this;
  }

  private List<StepResult> steps(String address) {
    ResourceAddress a = ResourceAddress.parse(address);
    return report.steps().stream().filter(s -> s.step().address().equals(a)).toList();
  }
}
