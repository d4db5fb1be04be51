package org.potctl.schema.validate;

import java.util.Optional;
import org.potctl.schema.address.ResourceKind;
import org.potctl.schema.bind.Declared;
import org.potctl.schema.bind.Fields;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.schema.yaml.JsonPath;
import tools.jackson.databind.JsonNode;

/**
 * {@code no-tmpfs} is an attribute of single pots only: pot's {@code set-attribute} refuses it on
 * any other pot, whatever the value ("Attribute no-tmpfs is only usable with single type pot",
 * set-attr.sh), so a {@code type: multi} pot that names it in {@code attributes}, or through a spec
 * flavour's {@code set-attribute -A no-tmpfs} line, would fail half-way through an apply (after its
 * create). It is an error at the attribute, or at the pot's {@code flavours} entry with the line as
 * the related location.
 */
final class SinglePotAttributes implements SpecRule {

  private static final String NO_TMPFS = "no-tmpfs";
  private static final String WHY =
      ": pot set-attribute refuses no-tmpfs on a multi pot (only usable with single type pot), so"
          + " the apply would fail after the pot's create; a multi pot always has pot's tmpfs";

  @Override
  public void check(CheckContext ctx, Diagnostics.Builder out) {
    for (Declared pot : ctx.declarations().pots().values()) {
      if (!pot.field(Fields.TYPE).asString("single").equals("multi")) {
        continue;
      }
      JsonPath attr = pot.at(Fields.ATTRIBUTES).child(NO_TMPFS);
      if (!pot.node(attr).isMissingNode()) {
        out.add(Diagnostic.error(attr.toString(), "attribute no-tmpfs" + WHY, pot.locate(attr)));
      }
      JsonNode list = pot.field(Fields.FLAVOURS);
      for (int i = 0; list.isArray() && i < list.size(); i++) {
        Declared flavour =
            ctx.declarations().of(ResourceKind.FLAVOUR).get(list.get(i).asString(""));
        Optional<JsonPath> line = flavour == null ? Optional.empty() : noTmpfsLine(flavour);
        if (line.isPresent()) {
          JsonPath entry = pot.at(Fields.FLAVOURS).index(i);
          out.add(
              Diagnostic.error(
                  entry.toString(),
                  "flavour " + flavour.name() + " sets attribute no-tmpfs" + WHY,
                  pot.locate(entry),
                  flavour.locate(line.get())));
        }
      }
    }
  }

  private static Optional<JsonPath> noTmpfsLine(Declared flavour) {
    JsonNode commands = flavour.field(Fields.COMMANDS);
    for (int i = 0; commands.isArray() && i < commands.size(); i++) {
      Optional<FlavourLine> line = FlavourLine.of(commands.get(i).asString(""));
      if (line.isPresent()
          && line.get().sub().equals("set-attribute")
          && line.get().get('A').equals(Optional.of(NO_TMPFS))) {
        return Optional.of(flavour.at(Fields.COMMANDS).index(i));
      }
    }
    return Optional.empty();
  }
}
