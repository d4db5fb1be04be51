package org.potctl.controller;

import java.util.List;

/**
 * A spec id the host's inventory records for another origin was claimed without {@code --spec-id}
 * (DESIGN §3.3): nothing was planned or run (exit 3). Two specs sharing a directory name would
 * otherwise plan against each other's objects.
 */
public final class SpecIdInUseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The refusal's lines; lines starting with a space continue the one before. */
  private final transient List<String> reasons;

  SpecIdInUseException(String specId, String recorded, String claimed) {
    this(
        List.of(
            "spec id '"
                + specId
                + "' belongs on this host to the spec at "
                + recorded
                + ", not to "
                + claimed
                + "; nothing was planned",
            "  give this spec an id of its own with --spec-id ID, or take '"
                + specId
                + "' over deliberately with --spec-id "
                + specId
                + " (for plan --all and apply --all, whose ids come from hosts.yaml:"
                + " --allow-spec-id-takeover)"));
  }

  private SpecIdInUseException(List<String> reasons) {
    super(String.join("; ", reasons).replace(";   ", "; "));
    this.reasons = List.copyOf(reasons);
  }

  /** The refusal's lines; lines starting with a space continue the one before. */
  public List<String> reasons() {
    return reasons;
  }
}
