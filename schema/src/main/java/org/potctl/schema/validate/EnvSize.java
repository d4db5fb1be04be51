package org.potctl.schema.validate;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.potctl.schema.bind.Declared;
import org.potctl.schema.bind.Fields;
import org.potctl.schema.bind.Values;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Diagnostics;
import tools.jackson.databind.JsonNode;

/**
 * A pot's whole {@code env} is one command line, {@code pot set-env -p POT -E NAME=VALUE …}, and
 * the system bounds a command line (FreeBSD's {@code ARG_MAX}: 256 KiB, 512 KiB on newer releases).
 * 256 variables of 4096 characters each would validate and then fail the {@code set-env} step after
 * the pot's create; so all of them together are at most {@link #MAX_BYTES} bytes, located at the
 * {@code env} mapping.
 */
final class EnvSize implements SpecRule {

  static final int MAX_BYTES = 64 * 1024;

  @Override
  public void check(CheckContext ctx, Diagnostics.Builder out) {
    for (Declared pot : ctx.declarations().pots().values()) {
      JsonNode env = pot.field(Fields.ENV);
      if (!env.isObject()) {
        continue;
      }
      long bytes = 0;
      for (Map.Entry<String, JsonNode> e : env.properties()) {
        String entry = e.getKey() + "=" + Values.scalarText(e.getValue()).orElse("");
        bytes += entry.getBytes(StandardCharsets.UTF_8).length;
      }
      if (bytes > MAX_BYTES) {
        out.add(
            Diagnostic.error(
                pot.at(Fields.ENV).toString(),
                "the variables together are "
                    + bytes
                    + " bytes; at most "
                    + MAX_BYTES
                    + " (pot set-env takes them all on one command line, which the system bounds)",
                pot.locate(pot.at(Fields.ENV))));
      }
    }
  }
}
