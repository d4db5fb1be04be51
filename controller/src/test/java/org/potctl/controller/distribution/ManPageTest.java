package org.potctl.controller.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.potctl.controller.cli.Main;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** potctl(8) and potfile(5): mandoc-clean, and potctl(8) names exactly what --help offers. */
class ManPageTest {

  private static final Path POTCTL_8 = ExternalTool.repoRoot().resolve("dist/man/potctl.8");
  private static final Path POTFILE_5 = ExternalTool.repoRoot().resolve("dist/man/potfile.5");
  private static final Pattern FLAG = Pattern.compile("\\bFl (-[a-z][a-z-]*|[A-Za-z])\\b");

  @Test
  void manPagesHaveNoMandocWarning() throws Exception {
    Path mandoc = ExternalTool.MANDOC.pathOrSkip();
    for (Path page : List.of(POTCTL_8, POTFILE_5)) {
      // -Wwarning: warnings and errors; "style" hints include "referenced manual not found",
      // which depends on the manuals installed on the machine (pot(8) is not on Debian).
      ExternalTool.Result result =
          ExternalTool.run(
              page.getParent(),
              List.of(mandoc.toString(), "-Tlint", "-Wwarning", page.toString()),
              60);
      assertEquals("", result.output(), page + ": mandoc -Tlint");
      assertEquals(0, result.exit(), page + ": mandoc -Tlint exit status");
    }
  }

  @Test
  void everyCommandAndOptionOfHelpIsInTheManPageAndNothingElse() throws Exception {
    String man = Files.readString(POTCTL_8);
    CommandLine cli = Main.commandTree();
    Set<String> helpFlags = new TreeSet<>();
    collect(cli, helpFlags, man);
    Set<String> manFlags = new TreeSet<>();
    Matcher m = FLAG.matcher(man);
    while (m.find()) {
      manFlags.add("-" + m.group(1));
    }
    Set<String> missing = new TreeSet<>(helpFlags);
    missing.removeAll(manFlags);
    assertEquals(Set.of(), missing, "options of --help that potctl(8) does not name");
    Set<String> unknown = new TreeSet<>(manFlags);
    unknown.removeAll(helpFlags);
    assertEquals(Set.of(), unknown, "options potctl(8) names that no command has");
  }

  private static void collect(CommandLine command, Set<String> flags, String man) {
    CommandSpec spec = command.getCommandSpec();
    for (OptionSpec option : spec.options()) {
      if (!option.hidden()) {
        flags.addAll(List.of(option.names()));
      }
    }
    for (CommandLine sub : command.getSubcommands().values()) {
      String name = sub.getCommandName();
      assertTrue(
          Pattern.compile("^\\.It .*\\bCm " + Pattern.quote(name) + "\\b", Pattern.MULTILINE)
              .matcher(man)
              .find(),
          "potctl(8) has no .It entry for the command " + name);
      collect(sub, flags, man);
    }
  }
}
