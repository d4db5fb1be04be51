package org.potctl.schema.bind;

import java.util.Collections;
import java.util.Set;
import java.util.regex.Pattern;
import org.potctl.schema.yaml.Text;
import tools.jackson.databind.JsonNode;

/** pot's settable attributes (pot set-attribute) and the normalisation of their values. */
public final class AttributeValues {

  private static final Set<String> BOOLEANS =
      Set.of(
          "start-at-boot",
          "early-start-at-boot",
          "persistent",
          "no-rc-script",
          "prunable",
          "localhost-tunnel",
          "no-tmpfs",
          "no-etc-hosts",
          "mount",
          "fdescfs",
          "linprocfs",
          "nullfs",
          "procfs",
          "tmpfs",
          "zfs",
          "raw_sockets",
          "mlock");
  private static final Set<String> UINTS =
      Set.of("enforce_statfs", "children", "devfs_ruleset", "stop_timeout");
  private static final Set<String> SYSV = Set.of("sysvshm", "sysvsem", "sysvmsg");
  private static final Pattern UINT = Pattern.compile("[0-9]{1,9}");
  private static final Pattern SYSV_VALUES = Pattern.compile("new|inherit|disable");
  private static final String EXEC_STOP = "exec_stop";
  private static final int MAX_TEXT = 1024;

  private AttributeValues() {}

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

  private static Outcome<String> execStop(String text) {
    if (text.isEmpty() || text.length() > MAX_TEXT || Text.hasControl(text)) {
      return Outcome.fail(
          "must be a non-empty command of at most " + MAX_TEXT + " characters on one line");
    }
    return Outcome.ok(text);
  }
}
