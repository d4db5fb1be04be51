package org.potctl.controller.render;

import java.time.Duration;
import java.util.Locale;
import org.potctl.controller.apply.ApplyReport;
import org.potctl.controller.apply.ResourceOutcome;

/**
 * The human form of an {@link ApplyReport}: the failed and skipped resources with their error or
 * reason, then Terraform's summary line, e.g. {@code Apply complete: 3 created, 1 updated, 0
 * replaced, 0 deleted, 0 failed, 0 skipped in 4.1s}.
 */
public final class ApplyReportText {

  private ApplyReportText() {}

  /** The whole report, ending with a newline. */
  public static String render(ApplyReport report) {
    StringBuilder b = new StringBuilder();
    for (ResourceOutcome r : report.resources()) {
      if (r.status() == ResourceOutcome.Status.FAILED
          || r.status() == ResourceOutcome.Status.SKIPPED) {
        b.append(r.address())
            .append(": ")
            .append(r.status().jsonName())
            .append(r.status() == ResourceOutcome.Status.FAILED ? "" : " (" + r.detail() + ")")
            .append('\n');
        if (r.status() == ResourceOutcome.Status.FAILED) {
          r.detail().lines().forEach(l -> b.append("    ").append(l).append('\n'));
        }
      }
    }
    return b.append(summary(report)).append('\n').toString();
  }

  /** The one summary line, without a newline. */
  public static String summary(ApplyReport report) {
    ApplyReport.Totals t = report.totals();
    String verdict =
        report.succeeded()
            ? "Apply complete"
            : report.stopped() && !report.anyFailed() ? "Apply stopped" : "Apply failed";
    return verdict
        + ": "
        + t.created()
        + " created, "
        + t.updated()
        + " updated, "
        + t.replaced()
        + " replaced, "
        + t.deleted()
        + " deleted, "
        + t.failed()
        + " failed, "
        + t.skipped()
        + " skipped in "
        + seconds(report.took());
  }

  /** A duration as seconds with one decimal: {@code 1.2s}. */
  public static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
  }
}
