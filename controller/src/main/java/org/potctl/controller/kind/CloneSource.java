package org.potctl.controller.kind;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.potctl.controller.plan.FieldChange;
import org.potctl.controller.plan.Risk;
import org.potctl.schema.model.PotSpec;
import org.potctl.state.model.Dataset;
import org.potctl.state.model.HostState;

/**
 * What a clone is made from, as the host shows it: the ZFS origin of its {@code m} dataset, {@code
 * <root>/jails/<pot>/m@<snap>}. A pot the spec clones from another image or template than the one
 * it was cloned from is replaced.
 */
final class CloneSource {

  private CloneSource() {}

  /** The pot whose {@code m} snapshot the pot's {@code m} was cloned from. */
  static Optional<String> observed(HostState host, String pot) {
    String jails = host.config().potDataset(pot);
    jails = jails.substring(0, jails.length() - pot.length());
    Dataset m = host.datasets().get(host.config().potDataset(pot) + "/m");
    if (m == null || m.origin().isEmpty()) {
      return Optional.empty();
    }
    String origin = m.origin().get();
    if (!origin.startsWith(jails) || !origin.contains("/m@")) {
      return Optional.of(origin);
    }
    return Optional.of(origin.substring(jails.length(), origin.indexOf("/m@")));
  }

  /** A replace when the spec's clone source and the observed one differ. */
  static Optional<FieldDiff> diff(PotSpec spec, HostState host) {
    if (!spec.isClone()) {
      return Optional.empty();
    }
    String want = spec.options().clonedFrom().orElseThrow();
    String have = observed(host, spec.name()).orElse(null);
    if (Objects.equals(want, have)) {
      return Optional.empty();
    }
    String path = spec.options().image().isPresent() ? "image" : "template";
    return Optional.of(
        new FieldDiff(
            new FieldChange("cloned_from", Json.text(have), Json.text(want)),
            Effect.REPLACE,
            List.of(),
            Risk.NONE,
            path
                + ": cloned from "
                + (have == null ? "(nothing)" : have)
                + ", the spec clones "
                + want
                + "; a clone cannot change its origin in place"));
  }
}
