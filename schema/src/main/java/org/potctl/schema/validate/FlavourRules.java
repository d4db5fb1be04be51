package org.potctl.schema.validate;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.potctl.schema.address.ResourceKind;
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
 * Flavour commands start with one of pot's flavour sub-commands, never carry {@code -p} (pot adds
 * it), stay on one line, and (except {@code set-cmd}, whose command runs in the jail) hold no shell
 * metacharacters; each is parsed with pot's getopts ({@link FlavourLine}) and held to the rules of
 * the Potfile field it mirrors ({@link FlavourLineRules}). A {@code script} is a safe relative path
 * to a regular file inside the spec directory, symlinks resolved.
 */
final class FlavourRules implements SpecRule {

  static final Set<String> SUB_COMMANDS = FlavourLine.GETOPTS.keySet();
  private static final Pattern POT_OPTION = Pattern.compile("-[A-Za-z]*p.*");
  // pot runs the line as `pot-cmd $line -p POT` (common-flv.sh:109): split, and every word with
  // * ? or [ a pathname pattern matched against pot's working directory
  private static final Pattern SHELL_META = Pattern.compile("[;&|$`<>(){}*?\\[!~'\"\\\\#]");

  @Override
  public void check(CheckContext ctx, Diagnostics.Builder out) {
    for (Declared flavour : ctx.declarations().of(ResourceKind.FLAVOUR).values()) {
      JsonNode commands = flavour.field(Fields.COMMANDS);
      for (int i = 0; commands.isArray() && i < commands.size(); i++) {
        if (commands.get(i).isString()) {
          JsonPath path = flavour.at(Fields.COMMANDS).index(i);
          problem(commands.get(i).stringValue(), ctx)
              .ifPresent(p -> out.add(Diagnostic.error(path.toString(), p, flavour.locate(path))));
        }
      }
      checkScript(ctx, flavour, out);
    }
  }

  static Optional<String> problem(String line, CheckContext ctx) {
    if (Text.hasTabOrLineBreak(line)) {
      return Optional.of("a flavour command must be one line without control characters");
    }
    List<String> words = FlavourLine.words(line);
    String sub = words.get(0);
    if (!SUB_COMMANDS.contains(sub)) {
      return Optional.of(
          "pot does not run "
              + Text.quote(sub)
              + " in flavours; allowed: "
              + String.join(", ", new java.util.TreeSet<>(SUB_COMMANDS))
              + DidYouMean.hint(sub, SUB_COMMANDS));
    }
    if (sub.equals("set-cmd")) {
      // pot removes the literal prefix "set-cmd -c " and takes the rest as the command (run in the
      // jail); any other spelling fails the create (common-flv.sh:66-80)
      String prefix = "set-cmd -c ";
      String trimmed = FlavourLine.spaceTrimmed(line);
      return trimmed.startsWith(prefix) && !trimmed.substring(prefix.length()).isBlank()
          ? Optional.empty()
          : Optional.of("set-cmd must be written set-cmd -c COMMAND");
    }
    if (words.stream().anyMatch(POT_OPTION.asMatchPredicate())) {
      return Optional.of("flavour commands must not pass -p; pot adds the pot's name");
    }
    if (SHELL_META.matcher(line).find()) {
      return Optional.of(
          "shell metacharacters are only allowed in set-cmd; pot splits this line on spaces");
    }
    return switch (FlavourLine.parse(words)) {
      case FlavourLine.ParseResult.Bad bad -> Optional.of(bad.problem());
      case FlavourLine.ParseResult.Parsed ok -> FlavourLineRules.problem(ok.line(), ctx);
    };
  }

  private static void checkScript(CheckContext ctx, Declared flavour, Diagnostics.Builder out) {
    JsonNode script = flavour.field(Fields.SCRIPT);
    if (!script.isString()) {
      return;
    }
    JsonPath path = flavour.at(Fields.SCRIPT);
    Optional<String> unsafe = SafePath.relativeProblem(script.stringValue());
    if (unsafe.isPresent()) {
      out.add(
          Diagnostic.error(
              path.toString(),
              "script path " + unsafe.get() + ", got " + Text.quote(script.stringValue()),
              flavour.locate(path)));
      return;
    }
    Outcome<?> found =
        FlavourScripts.locate(ctx.specDir(), flavour.doc().file(), "script", script.stringValue());
    if (!found.isOk()) {
      out.add(Diagnostic.error(path.toString(), found.problem(), flavour.locate(path)));
    }
  }
}
