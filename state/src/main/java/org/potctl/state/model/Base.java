package org.potctl.state.model;

import java.util.Objects;

/**
 * A base made by {@code pot create-base} (pot.md §1.2): a dataset {@code $ZR/bases/<name>}.
 *
 * @param name the base name, usually the release, e.g. {@code 14.1}
 * @param dataset its dataset
 */
public record Base(String name, String dataset) {

  public Base {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dataset, "dataset");
  }

  /** The canonical text this object is fingerprinted by. */
  public String canonical() {
    return "base " + name + " " + dataset;
  }

  /** {@code sha256:} of {@link #canonical()}. */
  public String fingerprint() {
    return Fingerprints.sha256(canonical());
  }
}
