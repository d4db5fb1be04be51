package org.potctl.controller.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code potctl image build ...} lines an example's comments tell a user to run before its
 * first apply ({@code # ./potctl image build --yes examples/potfiles/NAME POT --tag T --out DIR}),
 * run as stated by every harness that applies the examples: in process, against the same simulated
 * host, with {@code examples/...} arguments resolved against the example's own checkout.
 */
public final class ExampleImages {

  private static final Pattern BUILD =
      Pattern.compile("^#\\s+(?:\\./)?potctl (image build .+)$", Pattern.MULTILINE);

  private ExampleImages() {}

  /** Runs the example's stated image builds on the simulated host {@code sim}; fails on any. */
  public static void build(Path example, Path sim) throws IOException {
    for (List<String> args : stated(example)) {
      Run run = Potctl.onSim(sim).run(args.toArray(String[]::new));
      if (run.code() != 0) {
        throw new AssertionError("potctl " + String.join(" ", args) + ": " + run.all());
      }
    }
  }

  /** The stated builds' arguments after {@code potctl}, in file and line order. */
  public static List<List<String>> stated(Path example) throws IOException {
    Path root = checkout(example.toAbsolutePath().normalize());
    List<List<String>> builds = new ArrayList<>();
    try (Stream<Path> files = Files.list(example)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        Matcher m = BUILD.matcher(Files.readString(f));
        while (m.find()) {
          builds.add(
              Stream.of(m.group(1).trim().split("\\s+"))
                  .map(a -> a.startsWith("examples/") ? root.resolve(a).toString() : a)
                  .toList());
        }
      }
    }
    return builds;
  }

  /** The directory holding the {@code examples} directory the example is in. */
  private static Path checkout(Path example) {
    for (Path p = example; p != null; p = p.getParent()) {
      if (p.getFileName() != null && p.getFileName().toString().equals("examples")) {
        return p.getParent();
      }
    }
    throw new IllegalArgumentException("not under an examples directory: " + example);
  }
}
