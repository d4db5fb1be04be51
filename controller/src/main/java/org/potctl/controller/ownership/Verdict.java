package org.potctl.controller.ownership;

import java.util.List;
import java.util.Objects;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.address.ResourceKind;
import org.potctl.state.model.HostState;

/**
 * What {@link AdoptCheck} decided for one address.
 *
 * @param address the object
 * @param outcome adopt it, it is this spec's already, or refused
 * @param lines for {@link Outcome#REFUSED} the reasons; for {@link Outcome#ADOPT} the change the
 *     next apply makes to it, as the plan shows it (empty when it matches exactly)
 * @param protect whether the spec protects it ({@code potctl:protect=on} goes with the stamp)
 */
public record Verdict(
    ResourceAddress address, Outcome outcome, List<String> lines, boolean protect) {

  /** The three outcomes. */
  public enum Outcome {
    /** Exists, nobody's, matches the spec: stamp or record it. */
    ADOPT,
    /** This spec's already: nothing to do. */
    ALREADY_OWNED,
    /** Absent, another spec's, or not matching: left alone (exit 3). */
    REFUSED
  }

  public Verdict {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(outcome, "outcome");
    lines = List.copyOf(lines);
  }

  static Verdict refused(ResourceAddress address, String reason) {
    return new Verdict(address, Outcome.REFUSED, List.of(reason), false);
  }

  /** Whether the address names a dataset (a pot or an fscomp), which carries its own stamp. */
  public static boolean isDataset(ResourceAddress a) {
    return a.kind() == ResourceKind.POT || a.kind() == ResourceKind.FSCOMP;
  }

  /** The dataset of a pot or fscomp address on {@code host}. */
  public static String dataset(HostState host, ResourceAddress a) {
    return a.kind() == ResourceKind.POT
        ? host.config().potDataset(a.name())
        : host.config().fscompDataset(a.name());
  }
}
