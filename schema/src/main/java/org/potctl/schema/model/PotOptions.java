package org.potctl.schema.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The pot settings of everyday pot use beyond its identity and lists.
 *
 * @param cmd the command the pot starts ({@code pot set-cmd}); empty leaves pot's {@code sh
 *     /etc/rc}
 * @param dns the resolver configuration ({@code pot create -d})
 * @param snapshotBeforeChange take pot's epoch snapshot ({@code pot snapshot}) before a replace, a
 *     restarting update or a move into the trash
 */
public record PotOptions(Optional<String> cmd, DnsSpec dns, boolean snapshotBeforeChange) {

  public PotOptions {
    Objects.requireNonNull(cmd, "cmd");
    Objects.requireNonNull(dns, "dns");
  }

  /** Every option at pot's default. */
  public static PotOptions defaults() {
    return new PotOptions(Optional.empty(), DnsSpec.inherit(), false);
  }
}
