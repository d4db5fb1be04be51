package org.potctl.controller.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The categories of a {@code jcmd PID VM.native_memory summary}, committed memory each. */
final class NmtSummary {

  private static final Pattern TOTAL =
      Pattern.compile("(?m)^Total: reserved=(\\d+)KB, committed=(\\d+)KB");
  private static final Pattern CATEGORY =
      Pattern.compile("(?m)^-\\s+(.+?) \\(reserved=(\\d+)KB, committed=(\\d+)KB[,)]");
  private static final Pattern CLASSES = Pattern.compile("\\(classes #(\\d+)\\)");
  private static final Pattern THREADS = Pattern.compile("\\(threads? #(\\d+)\\)");

  private NmtSummary() {}

  /**
   * One line: the total committed and every category of at least 0.1 MB committed, largest first,
   * with the class and thread counts; or what {@code jcmd} said when it printed no summary.
   */
  static String categories(String summary) {
    Matcher total = TOTAL.matcher(summary);
    if (!total.find()) {
      return "no summary: " + summary.strip().replace('\n', ' ');
    }
    List<long[]> sizes = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Matcher m = CATEGORY.matcher(summary);
    while (m.find()) {
      names.add(m.group(1).strip());
      sizes.add(new long[] {Long.parseLong(m.group(3)), names.size() - 1});
    }
    sizes.sort((a, b) -> Long.compare(b[0], a[0]));
    StringBuilder out =
        new StringBuilder(String.format("total %.1f MB committed", mb(total.group(2))));
    for (long[] s : sizes) {
      if (s[0] >= 100) {
        out.append(String.format(", %s %.1f", names.get((int) s[1]), s[0] / 1024.0));
      }
    }
    Matcher classes = CLASSES.matcher(summary);
    Matcher threads = THREADS.matcher(summary);
    out.append(classes.find() ? "; " + classes.group(1) + " classes" : "");
    out.append(threads.find() ? ", " + threads.group(1) + " threads" : "");
    return out.toString();
  }

  private static double mb(String kb) {
    return Long.parseLong(kb) / 1024.0;
  }
}
