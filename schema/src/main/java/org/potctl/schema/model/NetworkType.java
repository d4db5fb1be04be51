package org.potctl.schema.model;

import java.util.Locale;
import java.util.Optional;

/** pot's network types ({@code pot create -N}). */
public enum NetworkType {
  /** Shares the host's network stack; pot's default. */
  INHERIT,
  /** An IP alias on a host interface; needs a static IP. */
  ALIAS,
  /** A vnet jail on pot's public bridge. */
  PUBLIC_BRIDGE,
  /** A vnet jail on a private bridge of the spec. */
  PRIVATE_BRIDGE;

  /** The label used by pot and in Potfiles: {@code public-bridge}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The type with label {@code label}, if any. */
  public static Optional<NetworkType> fromLabel(String label) {
    for (NetworkType t : values()) {
      if (t.label().equals(label)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
