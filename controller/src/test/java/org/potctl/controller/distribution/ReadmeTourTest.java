package org.potctl.controller.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.cli.Main;

/**
 * Runs every command of the README's tour, in order, on a simulated host of its own, and checks
 * each exit status against the one the README states ({@code # exit N}; 0 where it states none).
 * The edit the tour asks for between its two blocks is made as described.
 */
class ReadmeTourTest {

  private static final Pattern EXIT = Pattern.compile("#\\s*exit (\\d+)");

  /** One {@code $ } line of a console block: the command, its stated exit, its block. */
  record Step(String command, int exit, int block) {}

  @Test
  void everyTourCommandExitsAsTheReadmeSays(@TempDir Path tmp) throws Exception {
    Path root = ExternalTool.repoRoot();
    String readme = Files.readString(root.resolve("README.md"));
    List<Step> steps = tour(readme);
    assertTrue(steps.size() >= 8, "tour commands found: " + steps);
    Path sim = tmp.resolve("sim");
    Path copy = tmp.resolve("web-single");
    // The tour follows the README's main command, which filled the simulated host.
    String main = readme.substring(readme.indexOf("./potctl apply --yes examples/"));
    main = main.substring(2, main.indexOf('#')).trim();
    assertEquals(0, potctl(main.split("\\s+"), root, copy, sim).exit(), main);
    for (Step step : steps) {
      if (step.block() == 1 && Files.exists(copy) && !edited(copy)) {
        edit(copy);
      }
      String[] words = step.command().replaceAll("#.*", "").trim().split("\\s+");
      int exit;
      String output = "";
      switch (words[0]) {
        case "rm" -> {
          deleteTree(sim);
          exit = 0;
        }
        case "cp" -> {
          copyTree(root.resolve(words[2]), copy);
          exit = 0;
        }
        case "./potctl" -> {
          ExternalTool.Result result = potctl(words, root, copy, sim);
          exit = result.exit();
          output = result.output();
        }
        default -> throw new AssertionError("a tour command this test cannot run: " + step);
      }
      assertEquals(step.exit(), exit, step.command() + "\n" + output);
    }
  }

  /** Runs ./potctl WORDS… on the simulator; "web-single" is the copy, examples/… the checkout's. */
  private static ExternalTool.Result potctl(String[] words, Path root, Path copy, Path sim) {
    List<String> args = new ArrayList<>();
    for (int i = 1; i < words.length; i++) {
      String word = words[i];
      args.add(
          word.equals("web-single")
              ? copy.toString()
              : word.startsWith("examples/") ? root.resolve(word).toString() : word);
    }
    args.add("--host=sim:" + sim);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new ExternalTool.Result(exit, out + "\n" + err);
  }

  static List<Step> tour(String readme) {
    String section = readme.substring(readme.indexOf("## A tour"));
    section = section.substring(0, section.indexOf("\n## ", 3));
    List<Step> steps = new ArrayList<>();
    int block = -1;
    boolean inConsole = false;
    for (String line : section.split("\n")) {
      if (line.startsWith("```console")) {
        inConsole = true;
        block++;
      } else if (line.startsWith("```")) {
        inConsole = false;
      } else if (inConsole && line.startsWith("$ ")) {
        Matcher m = EXIT.matcher(line);
        steps.add(new Step(line.substring(2), m.find() ? Integer.parseInt(m.group(1)) : 0, block));
      }
    }
    return steps;
  }

  private static boolean edited(Path copy) throws Exception {
    return Files.readString(copy.resolve("potfile.yaml")).contains("443:8443");
  }

  /** "export 443 as 8443 too and limit the pot to 2 CPUs and 1G". */
  private static void edit(Path copy) throws Exception {
    Path potfile = copy.resolve("potfile.yaml");
    String text = Files.readString(potfile);
    String ports = "    ports:\n      - \"80:8080\"\n";
    assertTrue(text.contains(ports), "the example's ports changed: " + text);
    text =
        text.replace(
            ports,
            ports + "      - \"443:8443\"\n    resources:\n      cpus: 2\n      memory: 1G\n");
    Files.writeString(potfile, text);
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws Exception {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
