package org.potctl.state.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A flavour installed in pot's flavour directory (pot.md §7): a command file {@code <name>}, a
 * script {@code <name>.sh}, or both.
 *
 * @param name the flavour name
 * @param commands the command file's text; empty when there is none
 * @param scriptDigest {@code sha256:} of the script's bytes; empty when there is none
 */
public record Flavour(String name, Optional<String> commands, Optional<String> scriptDigest) {

  public Flavour {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(commands, "commands");
    Objects.requireNonNull(scriptDigest, "scriptDigest");
  }

  /** The canonical text this object is fingerprinted by. */
  public String canonical() {
    return "flavour "
        + name
        + " commands="
        + commands.map(Fingerprints::sha256).orElse("-")
        + " script="
        + Fingerprints.opt(scriptDigest);
  }

  /** {@code sha256:} of {@link #canonical()}. */
  public String fingerprint() {
    return Fingerprints.sha256(canonical());
  }
}
