package org.potctl.state.sim;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.potctl.state.exec.Durations;

/**
 * How a simulated host is configured: {@code
 * sim:DIR[?latency=300ms&fail=REGEX&zfs=real:POOL&halt=N[:mid]]}.
 *
 * @param dir where the model, pot's files ({@code DIR/fsroot}) and {@code commands.log} live
 * @param latency delay before every mutating command ({@link Duration#ZERO} for none)
 * @param fail mutating commands whose line (argv joined by single spaces) matches fail like pot
 * @param realZfsPool a real pool whose {@code POOL/pot} holds the datasets, instead of the model
 * @param halt where the process dies like {@code kill -9} ({@link SimHalt}), for crash tests
 */
public record SimOptions(
    Path dir,
    Duration latency,
    Optional<Pattern> fail,
    Optional<String> realZfsPool,
    Optional<SimHalt> halt) {

  public SimOptions {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(latency, "latency");
    Objects.requireNonNull(fail, "fail");
    Objects.requireNonNull(realZfsPool, "realZfsPool");
    Objects.requireNonNull(halt, "halt");
    if (latency.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative: " + latency);
    }
  }

  /** Options without a halt point. */
  public SimOptions(
      Path dir, Duration latency, Optional<Pattern> fail, Optional<String> realZfsPool) {
    this(dir, latency, fail, realZfsPool, Optional.empty());
  }

  /** A simulated host in {@code dir} without latency, failures or real ZFS. */
  public static SimOptions of(Path dir) {
    return new SimOptions(dir, Duration.ZERO, Optional.empty(), Optional.empty());
  }

  /**
   * Parses the part after {@code sim:}: {@code DIR[?latency=…&fail=…&zfs=real:POOL&halt=N[:mid]]}.
   * Query values are URL-decoded. The directory is made absolute.
   *
   * @throws IllegalArgumentException with a message naming the bad part
   */
  public static SimOptions parse(String spec) {
    int q = spec.indexOf('?');
    String dirPart = q < 0 ? spec : spec.substring(0, q);
    if (dirPart.isBlank()) {
      throw new IllegalArgumentException("sim host needs a directory: sim:DIR[?options]");
    }
    SimOptions options = of(Path.of(dirPart).toAbsolutePath().normalize());
    if (q >= 0 && q + 1 < spec.length()) {
      for (String pair : spec.substring(q + 1).split("&", -1)) {
        options = options.with(pair);
      }
    }
    return options;
  }

  private SimOptions with(String pair) {
    int eq = pair.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException("sim host option '" + pair + "' is not KEY=VALUE");
    }
    String key = pair.substring(0, eq);
    String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
    return switch (key) {
      case "latency" -> new SimOptions(dir, parseDuration(value), fail, realZfsPool, halt);
      case "fail" ->
          new SimOptions(dir, latency, Optional.of(parseRegex(value)), realZfsPool, halt);
      case "zfs" -> new SimOptions(dir, latency, fail, Optional.of(parsePool(value)), halt);
      case "halt" ->
          new SimOptions(dir, latency, fail, realZfsPool, Optional.of(SimHalt.parse(value)));
      default ->
          throw new IllegalArgumentException(
              "unknown sim host option '" + key + "' (known: latency, fail, zfs, halt)");
    };
  }

  /** Parses {@code 300ms}, {@code 2s}, {@code 1m} ({@link Durations}) or bare milliseconds. */
  static Duration parseDuration(String text) {
    String t = text.trim();
    try {
      return Durations.parseAllowingZero(t.matches("[0-9]+") ? t + "ms" : t);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "latency '" + text + "' is not a duration like 300ms, 2s or 1m", e);
    }
  }

  private static Pattern parseRegex(String text) {
    try {
      return Pattern.compile(text);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "fail '" + text + "' is not a regex: " + e.getDescription());
    }
  }

  private static String parsePool(String text) {
    if (!text.startsWith("real:") || text.length() == "real:".length()) {
      throw new IllegalArgumentException("zfs '" + text + "' must be real:POOL");
    }
    String pool = text.substring("real:".length());
    if (!pool.matches("[A-Za-z][A-Za-z0-9_.:-]*(/[A-Za-z0-9_.:-]+)*")) {
      throw new IllegalArgumentException("zfs pool '" + pool + "' is not a dataset name");
    }
    return pool;
  }
}
