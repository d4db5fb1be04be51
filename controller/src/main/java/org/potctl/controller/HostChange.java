package org.potctl.controller;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.potctl.controller.plan.HostPlan;
import org.potctl.schema.address.ResourceAddress;

/**
 * A change to the host that is not an apply of a spec: {@code adopt}, {@code forget}, {@code
 * restore}, {@code gc}, {@code image build}, {@code boot-check}. {@link Engine#change} makes each a
 * {@link HostPlan} under the host lock and runs it through the same journal and applier as an apply
 * (DESIGN.md §4).
 */
public sealed interface HostChange
    permits HostChange.Adopt,
        HostChange.Forget,
        HostChange.Restore,
        HostChange.Gc,
        HostChange.ImageBuild,
        HostChange.BootCheck {

  /** The {@code --host} value, empty for the default. */
  Optional<String> host();

  /**
   * Stamp existing, unowned objects that match the spec of {@code spec} (all or nothing).
   *
   * @param spec the spec (directory, host, spec id) the objects must match
   * @param addresses pots, fscomps, bridges and flavours, in the order given
   */
  record Adopt(EngineRequest spec, List<ResourceAddress> addresses) implements HostChange {
    public Adopt {
      Objects.requireNonNull(spec, "spec");
      addresses = List.copyOf(addresses);
    }

    @Override
    public Optional<String> host() {
      return spec.host();
    }
  }

  /**
   * Remove spec {@code specId}'s stamp (or inventory record) from objects; deletes nothing.
   *
   * @param host the {@code --host} value
   * @param specId whose stamps are removed; another spec's objects are refused
   * @param addresses pots, fscomps, bridges and flavours
   */
  record Forget(Optional<String> host, String specId, List<ResourceAddress> addresses)
      implements HostChange {
    public Forget {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(specId, "specId");
      addresses = List.copyOf(addresses);
    }
  }

  /**
   * Rename the newest trash entry of a pot or fscomp (or the one of {@code applyId}) back.
   *
   * @param host the {@code --host} value
   * @param address {@code pot.NAME} or {@code fscomp.NAME}
   * @param applyId the apply whose entry to restore, empty for the newest
   */
  record Restore(Optional<String> host, ResourceAddress address, Optional<String> applyId)
      implements HostChange {
    public Restore {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(address, "address");
      Objects.requireNonNull(applyId, "applyId");
    }
  }

  /**
   * Destroy the trash entries trashed longer ago than {@code olderThan}, for good.
   *
   * @param host the {@code --host} value
   * @param olderThan the age
   * @param olderThanText the age as the user wrote it, for messages
   */
  record Gc(Optional<String> host, Duration olderThan, String olderThanText) implements HostChange {
    public Gc {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(olderThan, "olderThan");
      Objects.requireNonNull(olderThanText, "olderThanText");
    }
  }

  /**
   * Build the pot image {@code <out>/<pot>_<tag>.xz} of a spec pot: the spec flavours it names
   * written first, then pot's build sequence ({@link org.potctl.controller.kind.BuildSteps}).
   *
   * @param spec the spec (directory, host, spec id) the pot is declared in
   * @param pot the spec pot
   * @param tag the image tag; empty for the digest of what the image is made of
   * @param out the directory on the host the files are written to (created when absent)
   * @param signKey a signify secret key on the host: {@code pot export -S} signs the image
   */
  record ImageBuild(
      EngineRequest spec, String pot, Optional<String> tag, String out, Optional<String> signKey)
      implements HostChange {
    public ImageBuild {
      Objects.requireNonNull(spec, "spec");
      Objects.requireNonNull(pot, "pot");
      Objects.requireNonNull(tag, "tag");
      Objects.requireNonNull(out, "out");
      Objects.requireNonNull(signKey, "signKey");
    }

    @Override
    public Optional<String> host() {
      return spec.host();
    }
  }

  /**
   * Check the tree of every stopped pot that pot's rc scripts start at boot ({@code start-at-boot}
   * or {@code early-start-at-boot} {@code YES}), with the pots its {@code pot.depend} starts first,
   * and turn the start at boot off for each owned one that is unsafe ({@link BootCheckDraft}).
   *
   * @param host the {@code --host} value
   */
  record BootCheck(Optional<String> host) implements HostChange {
    public BootCheck {
      Objects.requireNonNull(host, "host");
    }
  }
}
