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
 * @param image the image the pot is cloned from ({@code pot import} + {@code pot clone}) instead of
 *     being created from a base
 * @param template the pot the pot is cloned from ({@code pot clone -P}) instead of being created
 *     from a base
 * @param hooks the pot's hook scripts ({@code pot set-hook}); empty when the spec does not manage
 *     them
 */
public record PotOptions(
    Optional<String> cmd,
    DnsSpec dns,
    boolean snapshotBeforeChange,
    Optional<ImageRef> image,
    Optional<String> template,
    Optional<Hooks> hooks) {

  public PotOptions {
    Objects.requireNonNull(hooks, "hooks");
    Objects.requireNonNull(cmd, "cmd");
    Objects.requireNonNull(dns, "dns");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(template, "template");
  }

  /** Options without managed hooks. */
  public PotOptions(
      Optional<String> cmd,
      DnsSpec dns,
      boolean snapshotBeforeChange,
      Optional<ImageRef> image,
      Optional<String> template) {
    this(cmd, dns, snapshotBeforeChange, image, template, Optional.empty());
  }

  /** Options of a pot created from a base. */
  public PotOptions(Optional<String> cmd, DnsSpec dns, boolean snapshotBeforeChange) {
    this(cmd, dns, snapshotBeforeChange, Optional.empty(), Optional.empty());
  }

  /** Every option at pot's default. */
  public static PotOptions defaults() {
    return new PotOptions(Optional.empty(), DnsSpec.inherit(), false);
  }

  /** The command as pot stores it in pot.conf ({@link #storedCommand}); empty when not managed. */
  public Optional<String> storedCmd() {
    return cmd.map(PotOptions::storedCommand);
  }

  /**
   * What pot's {@code _set_command} (common.sh:848-862) writes as {@code pot.cmd=}: a command that
   * starts with a double quote loses it and then one trailing double quote; any other is kept as
   * given. Validation refuses a command that is blank once stored ({@code "}, {@code ""}, spaces):
   * pot would start the jail with no command.
   */
  public static String storedCommand(String cmd) {
    if (!cmd.startsWith("\"")) {
      return cmd;
    }
    String rest = cmd.substring(1);
    return rest.endsWith("\"") ? rest.substring(0, rest.length() - 1) : rest;
  }

  /** The pot this one is cloned from: the imported image pot or the template; empty for a base. */
  public Optional<String> clonedFrom() {
    return image.map(ImageRef::localName).or(() -> template);
  }
}
