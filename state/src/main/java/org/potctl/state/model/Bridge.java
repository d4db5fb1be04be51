package org.potctl.state.model;

import java.util.Objects;

/**
 * A private bridge: one file under {@code $FR/bridges} (pot.md §4.3).
 *
 * @param name the bridge name (file name; also its {@code name=} line)
 * @param network {@code net=}, the subnet in CIDR form, e.g. {@code 10.192.0.16/29}
 * @param gateway {@code gateway=}, the host's address on it
 */
public record Bridge(String name, String network, String gateway) {

  public Bridge {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(gateway, "gateway");
  }

  /** The prefix length of {@link #network()}, e.g. 29. */
  public int prefixLength() {
    return Integer.parseInt(network.substring(network.indexOf('/') + 1));
  }

  /** The canonical text this object is fingerprinted by. */
  public String canonical() {
    return "bridge " + name + " net=" + network + " gateway=" + gateway;
  }

  /** {@code sha256:} of {@link #canonical()}. */
  public String fingerprint() {
    return Fingerprints.sha256(canonical());
  }
}
