package org.potctl.schema.validate;

import java.util.Optional;
import org.potctl.schema.bind.Declared;
import org.potctl.schema.bind.Fields;
import org.potctl.schema.bind.FlavourScripts;
import org.potctl.schema.bind.Outcome;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.schema.yaml.JsonPath;
import org.potctl.schema.yaml.Text;
import tools.jackson.databind.JsonNode;

/**
 * {@code hooks} scripts ({@code pot set-hook}) run on the host as root, so they are confined like
 * flavour scripts: a safe relative path to a regular file with one link inside the spec directory,
 * no larger than {@link FlavourScripts#MAX_BYTES}. The shape (the four keys, strings) is the
 * schema's.
 */
final class HookRules implements SpecRule {

  @Override
  public void check(CheckContext ctx, Diagnostics.Builder out) {
    for (Declared pot : ctx.declarations().pots().values()) {
      JsonNode hooks = pot.field(Fields.HOOKS);
      if (!hooks.isObject()) {
        continue;
      }
      for (var e : hooks.properties()) {
        if (e.getValue().isString()) {
          checkFile(ctx, pot, pot.at(Fields.HOOKS, e.getKey()), e.getValue().stringValue(), out);
        }
      }
    }
  }

  private static void checkFile(
      CheckContext ctx, Declared pot, JsonPath path, String file, Diagnostics.Builder out) {
    Optional<String> unsafe = SafePath.relativeProblem(file);
    if (unsafe.isPresent()) {
      error(pot, path, "hook script path " + unsafe.get() + ", got " + Text.quote(file), out);
      return;
    }
    Outcome<?> found = FlavourScripts.locate(ctx.specDir(), pot.doc().file(), file);
    if (!found.isOk()) {
      error(pot, path, found.problem().replaceFirst("^script ", "hook script "), out);
    }
  }

  private static void error(Declared d, JsonPath path, String message, Diagnostics.Builder out) {
    out.add(Diagnostic.error(path.toString(), message, d.locate(path)));
  }
}
