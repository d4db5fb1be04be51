package org.potctl.controller.cli;

import java.util.List;

/** apply refuses to run anything (exit 3); each reason is one sentence for stderr. */
final class ApplyRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> reasons;

  ApplyRefused(List<String> reasons) {
    super(String.join("; ", reasons));
    this.reasons = List.copyOf(reasons);
  }

  ApplyRefused(String reason) {
    this(List.of(reason));
  }

  List<String> reasons() {
    return reasons;
  }
}
