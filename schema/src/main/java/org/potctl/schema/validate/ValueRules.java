package org.potctl.schema.validate;

import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.potctl.schema.bind.AttributeValues;
import org.potctl.schema.bind.Declared;
import org.potctl.schema.bind.Fields;
import org.potctl.schema.bind.Ipv4;
import org.potctl.schema.bind.Outcome;
import org.potctl.schema.bind.Values;
import org.potctl.schema.bind.ZfsPropertyValues;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.schema.model.PotOptions;
import org.potctl.schema.model.Size;
import org.potctl.schema.yaml.JsonPath;
import org.potctl.schema.yaml.Text;
import tools.jackson.databind.JsonNode;

/**
 * Releases, sizes, the command, attribute and ZFS property values, environment variables and host
 * entries.
 */
final class ValueRules implements SpecRule {

  static final Pattern RELEASE = Pattern.compile("[1-9][0-9]?\\.[0-9]{1,2}");
  private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");
  private static final Pattern HOST_NAME =
      Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*");
  private static final int MAX_ENV_VALUE = 4096;
  private static final Pattern SHELL_EXPANDING = Pattern.compile("[$`\\\\\"]");

  @Override
  public void check(CheckContext ctx, Diagnostics.Builder out) {
    ctx.declarations().pots().values().forEach(p -> checkPot(p, out));
    if (!ctx.allowPrivileged()) {
      ctx.declarations().pots().values().forEach(p -> checkPrivileged(p, out));
    }
    ctx.declarations()
        .of(org.potctl.schema.address.ResourceKind.FSCOMP)
        .values()
        .forEach(
            f ->
                checkEntries(
                    f,
                    f.at(Fields.PROPERTIES),
                    ZfsPropertyValues.names()::contains,
                    ZfsPropertyValues::normalise,
                    out));
  }

  private static void checkPot(Declared pot, Diagnostics.Builder out) {
    JsonNode base = pot.field(Fields.BASE);
    if (base.isString() && !RELEASE.matcher(base.stringValue()).matches()) {
      report(
          pot,
          pot.at(Fields.BASE),
          "must be a FreeBSD release such as \"14.1\", got " + Messages.describe(base),
          out);
    }
    checkMemory(pot, out);
    checkCmd(pot, out);
    checkEntries(
        pot,
        pot.at(Fields.ATTRIBUTES),
        AttributeValues.names()::contains,
        AttributeValues::normalise,
        out);
    checkEnvNames(pot, out);
    checkEntries(pot, pot.at(Fields.ENV), ENV_NAME.asMatchPredicate(), ValueRules::envValue, out);
    checkEntries(pot, pot.at(Fields.HOSTS), k -> true, ValueRules::hostEntry, out);
  }

  private static void checkPrivileged(Declared pot, Diagnostics.Builder out) {
    JsonNode map = pot.field(Fields.ATTRIBUTES);
    if (!map.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> e : map.properties()) {
      Outcome<String> value = AttributeValues.normalise(e.getKey(), e.getValue());
      if (value.isOk()) {
        AttributeValues.privileged(e.getKey(), value.get())
            .ifPresent(p -> report(pot, pot.at(Fields.ATTRIBUTES).child(e.getKey()), p, out));
      }
    }
  }

  /**
   * pot stores the command as one {@code pot.cmd=} line of pot.conf ({@code echo "pot.cmd=$_cmd"},
   * common.sh:857): a line break in it would write lines of its own there, any pot.conf setting
   * ({@code pot.attr.devfs_ruleset=0}, {@code ip=…}) past every rule of the Potfile.
   */
  private static void checkCmd(Declared pot, Diagnostics.Builder out) {
    JsonNode cmd = pot.field(Fields.CMD);
    if (cmd.isString() && Text.hasTabOrLineBreak(cmd.stringValue())) {
      report(
          pot,
          pot.at(Fields.CMD),
          "must be one line without tabs (pot writes it as one pot.cmd= line of pot.conf), got "
              + Messages.describe(cmd),
          out);
    } else if (cmd.isString()
        && !cmd.stringValue().isEmpty()
        && PotOptions.storedCommand(cmd.stringValue()).isBlank()) {
      report(
          pot,
          pot.at(Fields.CMD),
          "must name a command: what pot stores of it (pot.cmd=, a leading and a trailing double"
              + " quote removed) is blank, so the jail would start with none, got "
              + Messages.describe(cmd),
          out);
    }
  }

  private static void checkMemory(Declared pot, Diagnostics.Builder out) {
    JsonPath path = pot.at(Fields.RESOURCES, Fields.MEMORY);
    JsonNode memory = pot.node(path);
    if (memory.isMissingNode() || !(memory.isString() || memory.isIntegralNumber())) {
      return;
    }
    Outcome<Size> size = Values.size(memory);
    if (!size.isOk()) {
      report(pot, path, size.problem() + ", got " + Messages.describe(memory), out);
    } else if (size.get().text().endsWith("T")) {
      report(
          pot, path, "pot accepts memory in B, K, M or G, got " + Messages.describe(memory), out);
    }
  }

  private static void checkEntries(
      Declared owner,
      JsonPath mapPath,
      java.util.function.Predicate<String> known,
      BiFunction<String, JsonNode, Outcome<String>> normaliser,
      Diagnostics.Builder out) {
    JsonNode map = owner.node(mapPath);
    if (!map.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> e : map.properties()) {
      JsonNode value = e.getValue();
      if (!value.isString() && !value.isNumber() && !value.isBoolean() || !known.test(e.getKey())) {
        continue;
      }
      Outcome<String> result = normaliser.apply(e.getKey(), value);
      if (!result.isOk()) {
        JsonPath path = mapPath.child(e.getKey());
        report(owner, path, result.problem() + ", got " + Messages.describe(value), out);
      }
    }
  }

  private static void checkEnvNames(Declared pot, Diagnostics.Builder out) {
    JsonNode env = pot.field(Fields.ENV);
    if (!env.isObject()) {
      return;
    }
    for (String name : env.propertyNames()) {
      if (!ENV_NAME.matcher(name).matches()) {
        JsonPath path = pot.at(Fields.ENV).child(name);
        String message =
            "invalid variable name "
                + Text.quote(name)
                + ": letters, digits and '_', not first a digit";
        out.add(Diagnostic.error(path.toString(), message, pot.doc().index().locateKey(path)));
      }
    }
  }

  private static Outcome<String> envValue(String name, JsonNode value) {
    if (value.isFloatingPointNumber() && value.canConvertToExactIntegral()) {
      // JSON Schema's integer takes 2.0 and 1e3 (the schema refuses 1.5); no text form for pot
      return Outcome.fail("must be a string, a whole number or a boolean (quote it)");
    }
    String text = Values.scalarText(value).orElse("");
    if (Text.hasTabOrLineBreak(text) || text.length() > MAX_ENV_VALUE) {
      return Outcome.fail("must be one line of at most " + MAX_ENV_VALUE + " characters");
    }
    if (SHELL_EXPANDING.matcher(text).find()) {
      return Outcome.fail("must not contain $, `, \\ or \" (pot writes it into a shell script)");
    }
    return Outcome.ok(text);
  }

  private static Outcome<String> hostEntry(String name, JsonNode value) {
    if (name.length() > 253 || !HOST_NAME.matcher(name).matches()) {
      return Outcome.fail("invalid host name " + Text.quote(name));
    }
    return value.isString()
        ? Ipv4.parse(value.stringValue())
        : Outcome.fail("must be an IPv4 address");
  }

  static void report(Declared d, JsonPath path, String message, Diagnostics.Builder out) {
    out.add(Diagnostic.error(path.toString(), message, d.locate(path)));
  }
}
