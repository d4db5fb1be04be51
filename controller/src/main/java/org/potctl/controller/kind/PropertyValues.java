package org.potctl.controller.kind;

import java.util.Locale;
import java.util.Set;
import org.potctl.state.zfs.Sizes;

/**
 * Compares a spec's ZFS property value with the one zfs printed ({@code 2G} = {@code 2147483648}).
 */
final class PropertyValues {

  private static final Set<String> SIZES = Set.of("quota", "reservation", "recordsize");

  private PropertyValues() {}

  static boolean same(String property, String desired, String observed) {
    if (SIZES.contains(property)) {
      return bytes(desired) == bytes(observed);
    }
    return desired.toLowerCase(Locale.ROOT).equals(observed.toLowerCase(Locale.ROOT));
  }

  private static long bytes(String value) {
    if (value.equalsIgnoreCase("none") || value.equals("-")) {
      return 0;
    }
    try {
      return Sizes.parseBytes(value);
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }
}
