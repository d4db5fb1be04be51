package org.potctl.schema.bind;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The directories and files of a jail that {@code pot start} writes as root on the host after it
 * has mounted the pot's mounts ({@code _pot_mount}, then {@code /etc/resolv.conf} and {@code
 * /etc/hosts}, start.sh:84-120, and, without pot's tmpfs, {@code /tmp/environment.sh} and {@code
 * /tmp/tinirc}). A mount at one of them, or at a directory above them, puts the mount's content (an
 * fscomp the jail writes, a host directory) under those writes, where a link planted there leads
 * them to a host file, and a check of the stopped tree never sees it. So no mount is made there:
 * the one rule, held by a Potfile mount's {@code at} and a flavour's {@code mount-in -m} as
 * written, and as pot records them (realpaths inside a multi pot) at plan time.
 */
public final class StartWrites {

  private static final List<String> DIRS = List.of("/etc", "/tmp");
  private static final List<String> FILES =
      List.of("/etc/hosts", "/etc/resolv.conf", "/tmp/environment.sh", "/tmp/tinirc");

  private StartWrites() {}

  /** {@link #problem(String, UnaryOperator)} of a path as written. */
  public static Optional<String> problem(String path) {
    return problem(path, UnaryOperator.identity());
  }

  /**
   * Why a mount at {@code path} is refused, or empty: {@code real} maps a path inside the pot to
   * where it lies in the pot's tree (the identity, or the realpath in a multi pot, where {@code
   * /etc} is {@code /opt/custom/etc}), so that a mount at {@code /opt/custom} is refused there.
   */
  public static Optional<String> problem(String path, UnaryOperator<String> real) {
    String at = real.apply(path);
    for (String dir : DIRS) {
      String written = real.apply(dir);
      if (at.equals(written) || written.startsWith(at + "/")) {
        return Optional.of(refusal(dir, at.equals(written) ? "be " + dir : "lie above " + dir));
      }
    }
    return FILES.stream()
        .filter(file -> at.equals(real.apply(file)))
        .findFirst()
        .map(file -> refusal(file, "be " + file));
  }

  private static String refusal(String what, String relation) {
    return "must not "
        + relation
        + " (pot start writes "
        + (what.startsWith("/etc") ? "/etc/hosts and /etc/resolv.conf" : "/tmp files")
        + " as root on the host after mounting, through whatever the mount holds)";
  }
}
