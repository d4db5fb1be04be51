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
 * <root>/jails/<pot>/m@<snap>} (of its {@code usr.local} or {@code custom} for a multi pot). A pot
 * the spec clones from another image or template than the one it was cloned from is replaced.
 */
final class CloneSource {

  private CloneSource() {}

  /**
   * The datasets of a clone that {@code pot clone} makes from its source's snapshots: {@code m} of
   * a single pot, {@code usr.local} and {@code custom} of a multi pot (clone.sh).
   */
  private static final List<String> CLONED = List.of("m", "usr.local", "custom");

  /** The pot whose snapshot the pot's {@code m} (or, for a multi pot, {@code usr.local}) is of. */
  static Optional<String> observed(HostState host, String pot) {
    String root = host.config().potDataset(pot);
    String jails = root.substring(0, root.length() - pot.length());
    for (String child : CLONED) {
      Dataset d = host.datasets().get(root + "/" + child);
      if (d != null && d.origin().isPresent()) {
        String origin = d.origin().get();
        String suffix = "/" + child + "@";
        if (!origin.startsWith(jails) || !origin.contains(suffix)) {
          return Optional.of(origin);
        }
        return Optional.of(origin.substring(jails.length(), origin.indexOf(suffix)));
      }
    }
    return Optional.empty();
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
