package org.potctl.schema.yaml;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Resolves YAML 1.2 core-schema scalars to JSON values. */
final class Scalars {

  static final String STR_TAG = "tag:yaml.org,2002:str";
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
  private static final Pattern TRUE = Pattern.compile("true|True|TRUE");
  private static final Pattern FALSE = Pattern.compile("false|False|FALSE");
  private static final Pattern INT = Pattern.compile("[-+]?[0-9]{1,40}");
  private static final Pattern OCT = Pattern.compile("0o[0-7]{1,40}");
  private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]{1,40}");
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

  private Scalars() {}

  /**
   * Why a node carrying {@code tag} is refused; {@code where} says what the node is ({@code ""} for
   * a value, {@code " on a mapping key"}, ...). The non-specific tag {@code !} is refused with the
   * rest: YAML 1.2 resolves {@code ! 80} to the string "80", where a Potfile would read the number
   * 80 untagged, so a strict reader names it instead of picking one of the two.
   */
  static String tagProblem(String tag, String where) {
    return tag.equals("!")
        ? "the non-specific YAML tag \"!\""
            + where
            + " is not allowed (YAML 1.2 makes ! 80 the"
            + " string \"80\", not a number): drop the !, or quote a value meant as text"
        : "unsupported YAML tag " + Text.quote(tag) + where;
  }

  /**
   * The JSON value of {@code event}, or empty when it carries an explicit tag but {@code !!str}.
   */
  static Optional<JsonNode> convert(ScalarEvent event) {
    Optional<String> tag = event.getTag();
    if (tag.isPresent()) {
      return tag.get().equals(STR_TAG)
          ? Optional.of(F.stringNode(event.getValue()))
          : Optional.empty();
    }
    if (!event.isPlain()) {
      return Optional.of(F.stringNode(event.getValue()));
    }
    return Optional.of(resolvePlain(event.getValue()));
  }

  /**
   * Why {@code event} cannot be a mapping key, if it cannot: a tag is refused on a key as on a
   * value ({@code !!binary d2Vi:} would name the pot {@code d2Vi}, {@code !x web:} would pass as
   * {@code web} with its tag unseen; {@code !!str}, what every key is anyway, is allowed), and so
   * is an anchor (no alias may stand for a key).
   */
  static Optional<String> keyProblem(ScalarEvent event) {
    Optional<String> tag = event.getTag().filter(t -> !t.equals(STR_TAG));
    if (tag.isPresent()) {
      return Optional.of(tagProblem(tag.get(), " on a mapping key"));
    }
    if (event.getAnchor().isPresent()) {
      return Optional.of("an anchor on a mapping key is not allowed (an alias cannot be a key)");
    }
    boolean untagged = event.isPlain() && event.getTag().isEmpty();
    JsonNode resolved = untagged ? resolvePlain(event.getValue()) : F.stringNode("");
    return resolved.isNull() || resolved.isBoolean()
        ? Optional.of(
            "a mapping key YAML reads as "
                + (resolved.isNull() ? "null" : "a boolean")
                + " ("
                + Text.quote(event.getValue())
                + "): quote it if it is meant as a name")
        : Optional.empty();
  }

  private static JsonNode resolvePlain(String v) {
    if (!v.isEmpty() && "~nNtTfF+-.0123456789".indexOf(v.charAt(0)) < 0) {
      return F.stringNode(v);
    }
    if (NULL.matcher(v).matches()) {
      return F.nullNode();
    }
    if (TRUE.matcher(v).matches() || FALSE.matcher(v).matches()) {
      return F.booleanNode(TRUE.matcher(v).matches());
    }
    if (INT.matcher(v).matches()) {
      return integer(new BigInteger(v.startsWith("+") ? v.substring(1) : v));
    }
    if (OCT.matcher(v).matches() || HEX.matcher(v).matches()) {
      return integer(new BigInteger(v.substring(2), v.charAt(1) == 'o' ? 8 : 16));
    }
    if (FLOAT.matcher(v).matches() && v.length() <= 64) {
      double d = Double.parseDouble(v);
      return Math.abs(d) < 1e18 ? F.numberNode(d) : F.stringNode(v);
    }
    return F.stringNode(v);
  }

  private static JsonNode integer(BigInteger value) {
    return value.bitLength() < 64 ? F.numberNode(value.longValue()) : F.numberNode(value);
  }
}
