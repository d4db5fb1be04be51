package org.potctl.state.statedir;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an apply id is ({@link #PATTERN}), how a new one is made ({@link #newId}) and what it says:
 * when its apply started, and so the order of applies. Ids of this version ({@code
 * 20261123T135000.123Z-002a-3f9a}) carry the millisecond and a sequence number of the process; ids
 * of earlier versions ({@code 20261123T135000Z-3f9a}) only the second.
 */
public final class ApplyIds {

  /**
   * What an apply id may be: a safe file and dataset name. {@link #newId} makes ones like {@code
   * 20261123T135000.123Z-002a-3f9a}, which sort by start time; ids of earlier versions ({@code
   * 20261123T135000Z-3f9a}, second precision) are still read and sort among them by time.
   */
  static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+:-]{0,127}");

  /**
   * Oldest first: by start time (an id to the second counts as that second's first millisecond),
   * then by the process's sequence number (none, in an id of an earlier version, first), then by
   * name; ids without a timestamp (named by hand) come before every timed one, by name.
   */
  public static final Comparator<String> OLDEST_FIRST =
      Comparator.comparing((String id) -> time(id).isPresent())
          .thenComparing(id -> time(id).orElse(Instant.EPOCH))
          .thenComparingInt(ApplyIds::sequence)
          .thenComparing(Comparator.naturalOrder());

  private static final Pattern TIME =
      Pattern.compile("([0-9]{8}T[0-9]{6})(\\.[0-9]{3})?Z(?:-([0-9a-f]{4})(?=-))?(-.*)?");
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private ApplyIds() {}

  /**
   * A fresh apply id for an apply starting at {@code now}, e.g. {@code
   * 20261123T135000.123Z-002a-3f9a}: the UTC start time to the millisecond, then a sequence number
   * of this process (four hex digits, so two ids made in one millisecond by one process sort in the
   * order they were made), then two random bytes (ids of two processes in one millisecond differ).
   * Ids sort by start time as strings.
   */
  static String newId(Instant now) {
    byte[] random = new byte[2];
    RANDOM.nextBytes(random);
    HexFormat hex = HexFormat.of();
    return ID_TIME.format(now)
        + "-"
        + hex.toHexDigits((short) SEQUENCE.getAndIncrement())
        + "-"
        + hex.formatHex(random);
  }

  /** When the apply of {@code applyId} started, from its timestamp, if it has one. */
  public static Optional<Instant> time(String applyId) {
    Matcher m = TIME.matcher(applyId);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      Instant second = LocalDateTime.parse(m.group(1), STAMP).toInstant(ZoneOffset.UTC);
      return Optional.of(
          m.group(2) == null ? second : second.plusMillis(Long.parseLong(m.group(2).substring(1))));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The sequence number of a timed id of this version, -1 for any other id. */
  private static int sequence(String applyId) {
    Matcher m = TIME.matcher(applyId);
    return m.matches() && m.group(2) != null && m.group(3) != null
        ? Integer.parseInt(m.group(3), 16)
        : -1;
  }
}
