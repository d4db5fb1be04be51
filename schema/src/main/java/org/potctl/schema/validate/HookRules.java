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
 * no larger than {@link FlavourScripts#MAX_BYTES}. And they are the one field that reaches the host
 * itself: each hook is an error unless the operator passed {@code --allow-hooks} (a spec can never
 * allow them; {@code hooks: {}}, which removes a pot's hooks, needs nothing). The shape (the four
 * keys, strings) is the schema's.
 */
final class HookRules implements SpecRule {

  static final String NOT_ALLOWED =
      "a hook is a script pot runs on the host as root at every start or stop; the operator must"
          + " pass --allow-hooks";

  @Override
  public void check(CheckContext ctx, Diagnostics.Builder out) {
    for (Declared pot : ctx.declarations().pots().values()) {
      JsonNode hooks = pot.field(Fields.HOOKS);
      if (!hooks.isObject()) {
        continue;
      }
      for (var e : hooks.properties()) {
        if (e.getValue().isString()) {
          JsonPath path = pot.at(Fields.HOOKS, e.getKey());
          checkFile(ctx, pot, path, e.getValue().stringValue(), out);
          if (!ctx.allowHooks()) {
            error(pot, path, NOT_ALLOWED, out);
          }
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
    Outcome<?> found = FlavourScripts.locate(ctx.specDir(), pot.doc().file(), "hook script", file);
    if (!found.isOk()) {
      error(pot, path, found.problem(), out);
    }
  }

  private static void error(Declared d, JsonPath path, String message, Diagnostics.Builder out) {
    out.add(Diagnostic.error(path.toString(), message, d.locate(path)));
  }
}
