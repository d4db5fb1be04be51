package org.potctl.schema.bind;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.potctl.schema.model.Size;
import tools.jackson.databind.JsonNode;

/** Reading scalar values leniently and safely. */
public final class Values {

  private Values() {}

  /** The value of an integral node that fits a {@code long}. */
  public static OptionalLong longValue(JsonNode node) {
    return node.isIntegralNumber() && !node.isBigInteger()
        ? OptionalLong.of(node.longValue())
        : OptionalLong.empty();
  }

  /** A scalar as text: strings as-is, numbers and booleans in their JSON form. */
  public static Optional<String> scalarText(JsonNode node) {
    if (node.isString()) {
      return Optional.of(node.stringValue());
    }
    if (node.isIntegralNumber() || node.isBoolean()) {
      return Optional.of(node.asString());
    }
    return Optional.empty();
  }

  /** pot's boolean: YES or NO, from a YAML boolean or yes/no/true/false/on/off in any case. */
  public static Outcome<String> yesNo(JsonNode node) {
    String text = scalarText(node).orElse("").toLowerCase(Locale.ROOT);
    return switch (text) {
      case "yes", "true", "on" -> Outcome.ok("YES");
      case "no", "false", "off" -> Outcome.ok("NO");
      default -> Outcome.fail("must be a boolean (true/false, yes/no, on/off)");
    };
  }

  /** ZFS's boolean: on or off. */
  public static Outcome<String> onOff(JsonNode node) {
    return yesNo(node).isOk()
        ? Outcome.ok(yesNo(node).get().equals("YES") ? "on" : "off")
        : Outcome.fail("must be on or off");
  }

  /** A size from text ({@code 512M}) or a plain byte count. */
  public static Outcome<Size> size(JsonNode node) {
    Optional<String> text =
        node.isString() || longValue(node).isPresent() ? scalarText(node) : Optional.empty();
    return text.flatMap(Size::parse)
        .map(Outcome::ok)
        .orElseGet(
            () ->
                Outcome.fail("must be a size such as 512M or 10G (a number and B, K, M, G or T)"));
  }
}
