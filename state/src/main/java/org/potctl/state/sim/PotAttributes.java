package org.potctl.state.sim;

import java.util.List;
import java.util.Optional;

/**
 * pot's attribute lists (common.sh:8-68) in pot's order: the pot attributes ({@code
 * _POT_RW_ATTRIBUTES}, then the read-only {@code to-be-pruned}), the jail attributes ({@code
 * _POT_JAIL_RW_ATTRIBUTES}) with their defaults ({@code _POT_DEFAULT_<a>_D}), and the kind of value
 * {@code set-attribute} takes. The one list {@code set-attribute}, {@code get-attribute} and {@code
 * info} use.
 */
final class PotAttributes {

  enum Kind {
    BOOL,
    UINT,
    SYSV,
    STRING
  }

  /** One attribute; {@code jail} for pot's jail attributes, {@code readOnly} for to-be-pruned. */
  record Attribute(String name, Kind kind, boolean jail, boolean readOnly, String defaultValue) {}

  static final List<Attribute> ALL =
      List.of(
          pot("start-at-boot"),
          pot("early-start-at-boot"),
          pot("persistent"),
          pot("no-rc-script"),
          pot("prunable"),
          pot("localhost-tunnel"),
          pot("no-tmpfs"),
          pot("no-etc-hosts"),
          new Attribute("to-be-pruned", Kind.BOOL, false, true, ""),
          jail("enforce_statfs", Kind.UINT, "2"),
          jail("mount", Kind.BOOL, "NO"),
          jail("fdescfs", Kind.BOOL, "NO"),
          jail("linprocfs", Kind.BOOL, "NO"),
          jail("nullfs", Kind.BOOL, "NO"),
          jail("procfs", Kind.BOOL, "NO"),
          jail("tmpfs", Kind.BOOL, "NO"),
          jail("zfs", Kind.BOOL, "NO"),
          jail("raw_sockets", Kind.BOOL, "NO"),
          jail("sysvshm", Kind.SYSV, "new"),
          jail("sysvsem", Kind.SYSV, "new"),
          jail("sysvmsg", Kind.SYSV, "new"),
          jail("children", Kind.UINT, "0"),
          jail("mlock", Kind.BOOL, "NO"),
          jail("devfs_ruleset", Kind.UINT, "4"),
          jail("exec_stop", Kind.STRING, ""),
          jail("stop_timeout", Kind.UINT, "10"));

  private PotAttributes() {}

  static Optional<Attribute> of(String name) {
    return ALL.stream().filter(a -> a.name().equals(name)).findFirst();
  }

  private static Attribute pot(String name) {
    return new Attribute(name, Kind.BOOL, false, false, "");
  }

  private static Attribute jail(String name, Kind kind, String defaultValue) {
    return new Attribute(name, kind, true, false, defaultValue);
  }
}
