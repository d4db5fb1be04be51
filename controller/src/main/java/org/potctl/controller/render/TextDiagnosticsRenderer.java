package org.potctl.controller.render;

import java.io.PrintWriter;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.schema.diag.SourceLocation;
import org.potctl.schema.yaml.Text;

/** The human form: location, severity, message, then the source line with a caret. */
final class TextDiagnosticsRenderer implements DiagnosticsRenderer {

  private static final int WIDTH = 100;

  private final SourceLines sources;

  TextDiagnosticsRenderer(SourceLines sources) {
    this.sources = sources;
  }

  @Override
  public void render(Diagnostics diagnostics, PrintWriter out) {
    for (Diagnostic d : diagnostics) {
      out.println(safe(d.line()));
      d.location()
          .ifPresent(
              loc -> sources.line(loc.file(), loc.line()).ifPresent(l -> snippet(l, loc, out)));
    }
    out.flush();
  }

  private static void snippet(String line, SourceLocation loc, PrintWriter out) {
    int[] cps = line.codePoints().map(c -> c == '\t' ? ' ' : c).toArray();
    int caret = Math.min(loc.column() - 1, cps.length);
    int start = Math.max(0, caret - WIDTH / 2);
    int end = Math.min(cps.length, start + WIDTH);
    StringBuilder text = new StringBuilder(start > 0 ? "..." : "");
    for (int i = start; i < end; i++) {
      text.appendCodePoint(printable(cps[i]) ? cps[i] : '?');
    }
    String gutter = String.valueOf(loc.line());
    out.println(" " + gutter + " | " + text + (end < cps.length ? "..." : ""));
    int pad = caret - start + (start > 0 ? 3 : 0);
    out.println(" " + " ".repeat(gutter.length()) + " | " + " ".repeat(pad) + "^");
  }

  /** Not a control, separator, bidirectional or invisible character: those show as '?'. */
  private static boolean printable(int c) {
    return !Text.isControl(c);
  }

  private static String safe(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(c -> out.appendCodePoint(printable(c) ? c : '?'));
    return out.toString();
  }
}
