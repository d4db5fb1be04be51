package org.potctl.controller.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.potctl.controller.cli.Main;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code potctl export nomad} on every example: the job files (or, for an example with pots Nomad
 * cannot express, the located errors) match the goldens under {@code golden/nomad/<example>/}, and
 * every job passes the driver's pinned task-config spec. Regenerate with {@code
 * -Dpotctl.golden.update=true}.
 */
class NomadExamplesGoldenTest {

  private static final Path EXAMPLES = Path.of("..", "examples", "potfiles");
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "nomad");
  private static final boolean UPDATE = Boolean.getBoolean("potctl.golden.update");

  @TempDir Path tmp;

  static Stream<String> examples() throws IOException {
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      return s
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void exportMatchesTheGoldensAndTheDriverSpec(String example) throws IOException {
    Path out = tmp.resolve("jobs");
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int code =
        Main.run(
            new String[] {
              "--allow-hooks", // everyday's hooks: reported as the driver's gap, not refused
              "export",
              "nomad",
              EXAMPLES.resolve(example).toString(),
              "--registry",
              "https://images.example.org/pots",
              "--out",
              out.toString()
            },
            new PrintWriter(stdout),
            new PrintWriter(stderr));
    Path golden = GOLDEN.resolve(example);
    if (code != 0) {
      assertEquals(1, code, stderr.toString());
      golden(golden.resolve("errors.txt"), stderr.toString());
      return;
    }
    assertEquals(0, code, stderr.toString());
    List<Path> jobs;
    try (Stream<Path> s = Files.list(out)) {
      jobs = s.sorted().toList();
    }
    for (Path job : jobs) {
      String text = Files.readString(job);
      assertEquals(
          List.of(), DriverTaskConfigSpec.violations(JsonMapper.builder().build().readTree(text)));
      golden(golden.resolve(job.getFileName().toString()), mask(text));
    }
    golden(golden.resolve("stdout.txt"), stdout.toString().replace(out.toString(), "<out>"));
  }

  private static String mask(String text) {
    return text.replaceAll("sha256:[0-9a-f]{64}", "sha256:<masked>");
  }

  private static void golden(Path file, String actual) throws IOException {
    if (UPDATE || !Files.exists(file)) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      if (!UPDATE) {
        throw new AssertionError("golden file " + file + " was missing; written, check it in");
      }
      return;
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, file.toString());
  }
}
