package org.potctl.schema.model;

import java.util.Objects;
import java.util.Optional;

/**
 * How a pot gets its {@code /etc/resolv.conf} ({@code pot create -d}, stored as {@code pot.dns}).
 *
 * @param mode inherit (pot's default: the host's file), pot (the resolver pot of {@code
 *     POT_DNS_NAME}), off (left as the image has it) or custom (a file of the spec)
 * @param file the custom resolv.conf, read from the spec directory; present exactly for custom
 */
public record DnsSpec(Mode mode, Optional<FlavourScript> file) {

  /** pot's {@code -d} values. */
  public enum Mode {
    INHERIT("inherit"),
    POT("pot"),
    OFF("off"),
    CUSTOM("custom");

    private final String label;

    Mode(String label) {
      this.label = label;
    }

    /** The value pot writes as {@code pot.dns}. */
    public String label() {
      return label;
    }
  }

  /** Checks that a file is given exactly for custom. */
  public DnsSpec {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(file, "file");
    if (file.isPresent() != (mode == Mode.CUSTOM)) {
      throw new IllegalArgumentException("a resolv.conf file goes with custom dns only");
    }
  }

  /** pot's default, {@code inherit}. */
  public static DnsSpec inherit() {
    return new DnsSpec(Mode.INHERIT, Optional.empty());
  }
}
