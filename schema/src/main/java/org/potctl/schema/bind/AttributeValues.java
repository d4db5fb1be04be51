package org.potctl.schema.bind;

import java.util.Collections;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.potctl.schema.yaml.Text;
import tools.jackson.databind.JsonNode;

/**
 * The one allowlist of pot's settable attributes (pot set-attribute), the normalisation of their
 * values and which values are privileged. Potfile {@code attributes} and flavour {@code
 * set-attribute} lines both go through it; it lives in the schema module because validation needs
 * it first, and the state module must not depend on schema (the controller applies what was
 * validated here).
 */
public final class AttributeValues {

  private static final Set<String> UINTS =
      Set.of("enforce_statfs", "children", "devfs_ruleset", "stop_timeout");
  private static final Set<String> SYSV = Set.of("sysvshm", "sysvsem", "sysvmsg");
  private static final Pattern UINT = Pattern.compile("[0-9]{1,9}");
  private static final Pattern SYSV_VALUES = Pattern.compile("new|inherit|disable");
  private static final String EXEC_STOP = "exec_stop";

  /**
   * Without pot's tmpfs on a single pot's {@code /tmp}, the jail's own {@code /tmp} persists, and
   * pot writes into it from the host at every start ({@code cp} of {@code environment.sh}, {@code
   * cat >} and {@code chmod a+x} of {@code tinirc}), following a symbolic link the jail's root
   * planted there: any host file, made executable. With the tmpfs, each start has an empty one.
   */
  private static final String NO_TMPFS = "no-tmpfs";

  private static final int MAX_TEXT = 1024;

  /** Attributes that, set to YES, open a jail {@code allow.*} permission to the pot. */
  private static final Set<String> ALLOW_FLAGS =
      Set.of(
          "mount",
          "fdescfs",
          "linprocfs",
          "nullfs",
          "procfs",
          "tmpfs",
          "zfs",
          "raw_sockets",
          "mlock");

  /**
   * The devfs rulesets of FreeBSD's /etc/defaults/devfs.rules that begin by hiding every device and
   * unhide no more than a jail needs: 4 (devfsrules_jail, pot's default) and 1
   * (devfsrules_hide_all). Any other number is privileged: devfs creates a ruleset the host does
   * not define as an empty one, which hides nothing (devfs_ruleset_use), as 0 does; 2 and 3 only
   * unhide (on a fresh devfs, which shows everything, they hide nothing), and 5 adds {@code
   * /dev/pf}.
   */
  private static final Set<String> CONFINING_DEVFS_RULESETS = Set.of("4", "1");

  /** pot's boolean attributes: its own switches and the {@code allow.*} flags. */
  private static final Set<String> BOOLEANS =
      Stream.concat(
              Stream.of(
                  "start-at-boot",
                  "early-start-at-boot",
                  "persistent",
                  "no-rc-script",
                  "prunable",
                  "localhost-tunnel",
                  NO_TMPFS,
                  "no-etc-hosts"),
              ALLOW_FLAGS.stream())
          .collect(Collectors.toUnmodifiableSet());

  private AttributeValues() {}

  /**
   * Why the normalised {@code value} of {@code name} is a privileged jail setting (every device
   * node, nested jails, the host's mounts, an {@code allow.*} permission), or empty when it is not.
   * Privileged values need the operator's {@code --allow-privileged-attributes}.
   */
  public static java.util.Optional<String> privileged(String name, String value) {
    boolean danger =
        switch (name) {
          case "devfs_ruleset" -> !CONFINING_DEVFS_RULESETS.contains(value);
          case "children" -> !value.equals("0");
          case "enforce_statfs" -> value.equals("0");
          case NO_TMPFS -> value.equals("YES");
          default ->
              ALLOW_FLAGS.contains(name) && value.equals("YES")
                  || SYSV.contains(name) && value.equals("inherit");
        };
    if (!danger) {
      return java.util.Optional.empty();
    }
    String why =
        switch (name) {
          case "devfs_ruleset" ->
              value.equals("0")
                  ? ""
                  : " (only rulesets 4, devfsrules_jail, and 1, devfsrules_hide_all, hide the"
                      + " host's devices: a ruleset the host does not define is created empty and"
                      + " hides nothing, and 2, 3 and 5 unhide more)";
          case NO_TMPFS ->
              " (the jail's /tmp then outlives a stop, and at every start pot writes"
                  + " /tmp/environment.sh and /tmp/tinirc into it as root on the host, following"
                  + " any link the jail left there to a host file: start.sh:467, 525, 453)";
          case "sysvshm", "sysvsem", "sysvmsg" ->
              " (the jail sees the System V objects of the host and of every other jail)";
          default -> "";
        };
    return java.util.Optional.of(
        "attribute "
            + name
            + "="
            + value
            + " is a privileged jail setting"
            + why
            + "; the operator must pass --allow-privileged-attributes");
  }

  /** Every attribute name potctl accepts. */
  public static Set<String> names() {
    Set<String> all = new java.util.TreeSet<>(BOOLEANS);
    all.addAll(UINTS);
    all.addAll(SYSV);
    all.add(EXEC_STOP);
    return Collections.unmodifiableSet(all);
  }

  /** The value pot stores for {@code name}, or why {@code value} is not valid for it. */
  public static Outcome<String> normalise(String name, JsonNode value) {
    if (BOOLEANS.contains(name)) {
      return Values.yesNo(value);
    }
    String text = Values.scalarText(value).orElse("");
    if (name.equals("enforce_statfs")) {
      return text.matches("0*[0-2]")
          ? Outcome.ok(text.replaceFirst("^0+(?=.)", ""))
          : Outcome.fail("must be 0, 1 or 2 (jail(8) enforce_statfs)");
    }
    if (UINTS.contains(name)) {
      return UINT.matcher(text).matches()
          ? Outcome.ok(text.replaceFirst("^0+(?=.)", ""))
          : Outcome.fail("must be a whole number");
    }
    if (SYSV.contains(name)) {
      return SYSV_VALUES.matcher(text).matches()
          ? Outcome.ok(text)
          : Outcome.fail("must be new, inherit or disable");
    }
    if (EXEC_STOP.equals(name)) {
      return execStop(text);
    }
    return Outcome.fail("unknown attribute " + Text.quote(name));
  }

  /**
   * pot keeps {@code exec_stop} as one {@code pot.attr.exec_stop=} line of pot.conf, reads it back
   * with {@code cut -f2 -d=} (everything after a second {@code =} is lost) and hands it to jail(8)
   * in a double-quoted {@code exec.stop} parameter, where {@code $} starts a variable reference.
   */
  private static Outcome<String> execStop(String text) {
    if (text.isBlank() || text.length() > MAX_TEXT || Text.hasControl(text)) {
      return Outcome.fail(
          "must be a non-empty command of at most " + MAX_TEXT + " characters on one line");
    }
    if (text.indexOf('=') >= 0 || text.indexOf('$') >= 0) {
      return Outcome.fail(
          "must not contain = (pot cuts the value there) or $ (jail(8) expands it)");
    }
    return Outcome.ok(text);
  }
}
