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
 * metacharacters. A {@code script} is a safe relative path to a regular file inside the spec
 * directory, symlinks resolved.
 */
final class FlavourRules implements SpecRule {

  static final Set<String> SUB_COMMANDS =
      Set.of(
          "add-dep",
          "set-attribute",
          "copy-in",
          "copy-in-flv",
          "mount-in",
          "set-rss",
          "export-ports",
          "set-cmd",
          "set-env");
  private static final Pattern POT_OPTION = Pattern.compile("-[A-Za-z]*p.*");
  private static final Pattern SHELL_META = Pattern.compile("[;&|$`<>(){}*?!~'\"\\\\#]");

  @Override
  public void check(CheckContext ctx, Diagnostics.Builder out) {
    for (Declared flavour : ctx.declarations().of(ResourceKind.FLAVOUR).values()) {
      JsonNode commands = flavour.field(Fields.COMMANDS);
      for (int i = 0; commands.isArray() && i < commands.size(); i++) {
        if (commands.get(i).isString()) {
          JsonPath path = flavour.at(Fields.COMMANDS).index(i);
          problem(commands.get(i).stringValue())
              .ifPresent(p -> out.add(Diagnostic.error(path.toString(), p, flavour.locate(path))));
        }
      }
      checkScript(ctx, flavour, out);
    }
  }

  static Optional<String> problem(String line) {
    if (Text.hasControl(line)) {
      return Optional.of("a flavour command must be one line without control characters");
    }
    String[] words = line.strip().split(" +");
    String sub = words[0];
    if (!SUB_COMMANDS.contains(sub)) {
      return Optional.of(
          "pot does not run "
              + Text.quote(sub)
              + " in flavours; allowed: "
              + String.join(", ", new java.util.TreeSet<>(SUB_COMMANDS))
              + DidYouMean.hint(sub, SUB_COMMANDS));
    }
    for (String w : optionWords(sub, words)) {
      if (POT_OPTION.matcher(w).matches()) {
        return Optional.of("flavour commands must not pass -p; pot adds the pot's name");
      }
    }
    if (!sub.equals("set-cmd") && SHELL_META.matcher(line).find()) {
      return Optional.of(
          "shell metacharacters are only allowed in set-cmd; pot splits this line on spaces");
    }
    return Optional.empty();
  }

  private static List<String> optionWords(String sub, String[] words) {
    List<String> all = List.of(words);
    int command = all.indexOf("-c");
    return sub.equals("set-cmd") && command >= 0 ? all.subList(0, command) : all;
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
        FlavourScripts.locate(ctx.specDir(), flavour.doc().file(), script.stringValue());
    if (!found.isOk()) {
      out.add(Diagnostic.error(path.toString(), found.problem(), flavour.locate(path)));
    }
  }
}
