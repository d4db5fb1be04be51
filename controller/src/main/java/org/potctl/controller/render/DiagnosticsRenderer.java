package org.potctl.controller.render;

import java.io.PrintWriter;
import org.potctl.schema.diag.Diagnostics;

/** Writes diagnostics in one output format. */
public interface DiagnosticsRenderer {

  /** Writes every diagnostic of {@code diagnostics} to {@code out}. */
  void render(Diagnostics diagnostics, PrintWriter out);

  /**
   * Human text: one {@code FILE:LINE:COL: SEVERITY: PATH: MESSAGE} block per diagnostic, followed
   * by the source line and a caret under the column.
   */
  static DiagnosticsRenderer text() {
    return new TextDiagnosticsRenderer(new SourceLines());
  }

  /**
   * JSON: {@code {"diagnostics": [{"severity", "file", "line", "column", "path", "message"}]}};
   * {@code file}, {@code line} and {@code column} are null when a diagnostic has no location.
   */
  static DiagnosticsRenderer json() {
    return new JsonDiagnosticsRenderer();
  }
}
