package org.potctl.controller.bench;

/** A figure judged against its target: {@code met}, or {@code not met: cause}. */
final class Verdict {

  private Verdict() {}

  /** {@code **met**} when {@code met}, else {@code **not met**: cause}. */
  static String of(boolean met, String cause) {
    return met ? "**met**" : "**not met**: " + cause;
  }

  /** For a figure that was not measured in this run (e.g. its size not in {@code bench.sizes}). */
  static String notMeasured(String why) {
    return "not measured: " + why;
  }
}
