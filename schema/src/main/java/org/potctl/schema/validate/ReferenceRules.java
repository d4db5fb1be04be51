package org.potctl.schema.validate;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.potctl.schema.address.ResourceKind;
import org.potctl.schema.bind.Declared;
import org.potctl.schema.bind.Fields;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.schema.yaml.JsonPath;
import org.potctl.schema.yaml.Text;
import tools.jackson.databind.JsonNode;

/**
 * References resolve: {@code depends_on} to pots, {@code mounts[].fscomp} to fscomps, {@code
 * network.bridge} to bridges. {@code flavours[]} may name host flavours, so only their syntax is
 * checked here; lists name nothing twice.
 */
final class ReferenceRules implements SpecRule {

  @Override
  public void check(CheckContext ctx, Diagnostics.Builder out) {
    Set<String> pots = known(ctx, ResourceKind.POT);
    Set<String> fscomps = known(ctx, ResourceKind.FSCOMP);
    Set<String> bridges = known(ctx, ResourceKind.BRIDGE);
    for (Declared pot : ctx.declarations().pots().values()) {
      checkList(pot, pot.at(Fields.DEPENDS_ON), "pot", pots, out);
      checkList(pot, pot.at(Fields.FLAVOURS), "flavour", null, out);
      checkSelfDependency(pot, out);
      checkMountRefs(pot, fscomps, out);
      JsonPath bridge = pot.at(Fields.NETWORK, Fields.BRIDGE);
      checkRef(pot, bridge, pot.node(bridge), "bridge", bridges, out);
    }
  }

  private static Set<String> known(CheckContext ctx, ResourceKind kind) {
    return ctx.complete() ? ctx.declarations().of(kind).keySet() : null;
  }

  private static void checkList(
      Declared pot, JsonPath listPath, String kind, Set<String> known, Diagnostics.Builder out) {
    JsonNode list = pot.node(listPath);
    Map<String, JsonPath> seen = new HashMap<>();
    for (int i = 0; i < list.size() && list.isArray(); i++) {
      JsonNode item = list.get(i);
      JsonPath path = listPath.index(i);
      checkRef(pot, path, item, kind, known, out);
      if (item.isString() && seen.putIfAbsent(item.stringValue(), path) != null) {
        out.add(
            Diagnostic.error(
                path.toString(),
                kind + " " + Text.quote(item.stringValue()) + " is listed twice",
                pot.locate(path),
                pot.locate(seen.get(item.stringValue()))));
      }
    }
  }

  private static void checkRef(
      Declared pot,
      JsonPath path,
      JsonNode ref,
      String kind,
      Set<String> known,
      Diagnostics.Builder out) {
    if (!ref.isString()) {
      return;
    }
    String name = ref.stringValue();
    if (!NameRules.NAME.matcher(name).matches()) {
      out.add(
          Diagnostic.error(
              path.toString(),
              "invalid " + kind + " name " + Text.quote(name) + ": " + NameRules.RULE,
              pot.locate(path)));
    } else if (known != null && !known.contains(name)) {
      out.add(
          Diagnostic.error(
              path.toString(),
              "unknown " + kind + " " + Text.quote(name) + DidYouMean.hint(name, known),
              pot.locate(path)));
    }
  }

  private static void checkSelfDependency(Declared pot, Diagnostics.Builder out) {
    JsonNode list = pot.field(Fields.DEPENDS_ON);
    for (int i = 0; i < list.size() && list.isArray(); i++) {
      if (list.get(i).isString() && list.get(i).stringValue().equals(pot.name())) {
        JsonPath path = pot.at(Fields.DEPENDS_ON).index(i);
        out.add(
            Diagnostic.error(path.toString(), "a pot cannot depend on itself", pot.locate(path)));
      }
    }
  }

  private static void checkMountRefs(Declared pot, Set<String> fscomps, Diagnostics.Builder out) {
    JsonNode mounts = pot.field(Fields.MOUNTS);
    for (int i = 0; i < mounts.size() && mounts.isArray(); i++) {
      JsonPath path = pot.at(Fields.MOUNTS).index(i).child(Fields.FSCOMP);
      checkRef(pot, path, pot.node(path), "fscomp", fscomps, out);
    }
  }
}
