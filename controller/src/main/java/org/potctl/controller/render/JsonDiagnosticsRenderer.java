package org.potctl.controller.render;

import java.io.PrintWriter;
import org.potctl.schema.diag.Diagnostics;

/** The diagnostics document of {@link JsonDocument}: {@code format_version} and diagnostics. */
final class JsonDiagnosticsRenderer implements DiagnosticsRenderer {

  @Override
  public void render(Diagnostics diagnostics, PrintWriter out) {
    JsonDocument.diagnostics(out, diagnostics);
  }
}
