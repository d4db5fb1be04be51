package org.potctl.controller.trash;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.potctl.controller.table.Table;

/** Renders trash entries as an aligned table (the JSON document: {@code render.TrashJson}). */
public final class TrashListing {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private TrashListing() {}

  /** One line per entry under a header; {@code empty} when there are none. */
  public static String text(List<TrashEntry> entries, String empty) {
    if (entries.isEmpty()) {
      return empty + "\n";
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("ADDRESS", "APPLY ID", "TRASHED", "USED", "DATASET"));
    for (TrashEntry e : entries) {
      rows.add(
          List.of(e.address().toString(), e.applyId(), when(e), human(e.usedBytes()), e.dataset()));
    }
    return Table.render(rows);
  }

  /** When it was trashed, or {@code unknown} for an apply id without a timestamp. */
  public static String when(TrashEntry e) {
    return e.time().map(WHEN::format).orElse("unknown");
  }

  /** {@code 1.5M}-style sizes, like {@code zfs list}. */
  public static String human(long bytes) {
    String units = "BKMGTPE";
    double v = bytes;
    int u = 0;
    while (v >= 1024 && u < units.length() - 1) {
      v /= 1024;
      u++;
    }
    return u == 0 ? bytes + "B" : String.format(Locale.ROOT, "%.1f%c", v, units.charAt(u));
  }
}
