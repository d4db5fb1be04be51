package org.potctl.controller.cli;

/**
 * The exit-code contract of every potctl command (DESIGN.md §5). Scripts and CI pipelines depend on
 * these values; they never change.
 */
public enum ExitCode {
  /** Success; for {@code plan --detailed-exitcode} and {@code status}: nothing to do. */
  OK(0),
  /** An error: an invalid spec, a failed step, an unreadable host. */
  ERROR(1),
  /** Changes present ({@code plan --detailed-exitcode}) or drift ({@code status}). */
  CHANGES_PRESENT(2),
  /** Refused for safety: lock held, stale plan, prune guard, data loss not allowed. */
  REFUSED(3),
  /** The command line itself is wrong (sysexits.h EX_USAGE). */
  USAGE(64);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  /** The numeric process exit status. */
  public int code() {
    return code;
  }
}
