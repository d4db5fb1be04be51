package org.potctl.state.statedir;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an apply id ({@link Journal#newApplyId}) says: when its apply started, and so the order of
 * applies. Ids of this version ({@code 20261123T135000.123Z-002a-3f9a}) carry the millisecond and a
 * sequence number of the process; ids of earlier versions ({@code 20261123T135000Z-3f9a}) only the
 * second.
 */
public final class ApplyIds {

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

  private ApplyIds() {}

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
