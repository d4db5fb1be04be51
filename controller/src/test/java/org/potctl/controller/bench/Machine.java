package org.potctl.controller.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The machine a benchmark ran on: CPUs, CPU model, RAM, OS, JDK and load average. */
final class Machine {

  private Machine() {}

  static String describe() {
    return Runtime.getRuntime().availableProcessors()
        + " CPUs ("
        + cpuModel().orElse("unknown CPU")
        + "), "
        + memTotal().orElse("unknown RAM")
        + ", "
        + System.getProperty("os.name")
        + " "
        + System.getProperty("os.version")
        + ", JDK "
        + Runtime.version()
        + " ("
        + System.getProperty("java.vm.name")
        + ")";
  }

  /** The 1, 5 and 15 minute load averages, e.g. {@code 0.52 / 0.40 / 0.31}. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
      return f[0] + " / " + f[1] + " / " + f[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static Optional<String> cpuModel() {
    return field(Path.of("/proc/cpuinfo"), "model name");
  }

  private static Optional<String> memTotal() {
    return field(Path.of("/proc/meminfo"), "MemTotal")
        .map(v -> Long.parseLong(v.replaceAll("[^0-9]", "")) / 1024 / 1024 + " GiB RAM");
  }

  private static Optional<String> field(Path file, String key) {
    try (var lines = Files.lines(file)) {
      return lines
          .filter(l -> l.startsWith(key))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
