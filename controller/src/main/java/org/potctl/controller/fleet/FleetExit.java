package org.potctl.controller.fleet;

import java.util.Collection;

/**
 * The exit code of a command run on many hosts: the most serious of theirs. An error ({@code 1})
 * beats a refusal ({@code 3}), which beats changes present ({@code 2}), which beats success ({@code
 * 0}); any other code (a usage error, a crash) counts as an error.
 */
public final class FleetExit {

  private FleetExit() {}

  /** The combined exit code; {@code 0} for no hosts. */
  public static int aggregate(Collection<Integer> codes) {
    int worst = 0;
    for (int code : codes) {
      if (rank(code) > rank(worst)) {
        worst = normalise(code);
      }
    }
    return worst;
  }

  private static int normalise(int code) {
    return code == 0 || code == 2 || code == 3 ? code : 1;
  }

  private static int rank(int code) {
    return switch (normalise(code)) {
      case 0 -> 0;
      case 2 -> 1;
      case 3 -> 2;
      default -> 3;
    };
  }
}
