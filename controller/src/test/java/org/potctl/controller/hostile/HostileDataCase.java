package org.potctl.controller.hostile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One hostile case kept as data under {@code src/test/resources/hostile/GROUP/CASE/}: the spec
 * directory's files in {@code spec/} (bytes as they are, so raw control bytes and bad encodings are
 * data too) and {@code case.txt}, whose lines are
 *
 * <ul>
 *   <li>{@code # text}: what the case attacks;
 *   <li>{@code args: ARG...}: global options (with {@code @ROOT@} the scratch directory) put before
 *       the command (e.g. {@code --allow-privileged-attributes});
 *   <li>{@code tree: OP ...}: a file-system entry git cannot hold, made by {@link HostileTree}
 *       (FIFO, socket, device, symlink, hard link, deep or many files, enormous files);
 *   <li>{@code exit: N}: the exit code of {@code validate}, {@code plan} and {@code apply};
 *   <li>{@code error: LINE}: one error line, exactly, with the spec directory written {@code SPEC}
 *       and the case's scratch directory (the spec's parent) {@code ROOT};
 *   <li>{@code plan-exit: N} and {@code plan-error: LINE}: what {@code plan} and {@code apply} give
 *       instead, for a case only the host can judge (a {@code dir} mount through a link); without
 *       them they give what {@code validate} gives.
 * </ul>
 *
 * @param name {@code GROUP/CASE}
 * @param dir the case's directory
 */
record HostileDataCase(
    String name,
    Path dir,
    List<String> args,
    List<String> tree,
    int exit,
    List<String> errors,
    int planExit,
    List<String> planErrors) {

  /** Written in a spec file, a link target or {@code args:}: the case's scratch directory. */
  static final String TOKEN = "@ROOT@";

  /** {@link #args} with {@link #TOKEN} resolved. */
  List<String> args(Path root) {
    return args.stream().map(a -> a.replace(TOKEN, root.toString())).toList();
  }

  /** The directory the cases are in (the test classpath's copy of the resources). */
  static Path root() {
    try {
      return Path.of(HostileDataCase.class.getResource("/hostile").toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every case under {@code root}, by name. */
  static List<HostileDataCase> all(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      List<Path> cases =
          files.filter(p -> p.getFileName().toString().equals("case.txt")).sorted().toList();
      List<HostileDataCase> all = new ArrayList<>();
      for (Path c : cases) {
        all.add(read(root.relativize(c.getParent()).toString(), c.getParent()));
      }
      return all;
    }
  }

  static HostileDataCase read(String name, Path dir) throws IOException {
    List<String> args = new ArrayList<>();
    List<String> tree = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    List<String> planErrors = new ArrayList<>();
    int exit = -1;
    int planExit = -1;
    for (String line : Files.readAllLines(dir.resolve("case.txt"))) {
      if (line.startsWith("args: ")) {
        args.addAll(List.of(line.substring(6).split(" ")));
      } else if (line.startsWith("tree: ")) {
        tree.add(line.substring(6));
      } else if (line.startsWith("exit: ")) {
        exit = Integer.parseInt(line.substring(6));
      } else if (line.startsWith("error: ")) {
        errors.add(line.substring(7));
      } else if (line.startsWith("plan-exit: ")) {
        planExit = Integer.parseInt(line.substring(11));
      } else if (line.startsWith("plan-error: ")) {
        planErrors.add(line.substring(12));
      } else if (!line.startsWith("#") && !line.isBlank()) {
        throw new IllegalStateException(name + "/case.txt: unknown line " + line);
      }
    }
    return planExit < 0
        ? new HostileDataCase(name, dir, args, tree, exit, errors, exit, errors)
        : new HostileDataCase(name, dir, args, tree, exit, errors, planExit, planErrors);
  }

  /** Copies {@code spec/} to {@code root/spec}, makes the tree entries; returns the spec dir. */
  Path materialise(Path root) throws IOException {
    Path spec = Files.createDirectories(root.resolve("spec"));
    Path from = dir.resolve("spec");
    if (Files.isDirectory(from)) {
      try (Stream<Path> files = Files.walk(from)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          Path to = spec.resolve(from.relativize(f).toString());
          Files.createDirectories(to.getParent());
          byte[] bytes = Files.readAllBytes(f);
          String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
          Files.write(
              to,
              text.contains(TOKEN)
                  ? text.replace(TOKEN, root.toString())
                      .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)
                  : bytes);
        }
      }
    }
    for (String op : tree) {
      HostileTree.make(spec, op);
    }
    return spec;
  }

  /**
   * The {@code case.txt} text with its outcome lines replaced (record mode): {@code validate}'s,
   * then {@code plan}'s where they differ.
   */
  String recorded(int code, List<String> lines, int planCode, List<String> planLines)
      throws IOException {
    StringBuilder b = new StringBuilder();
    for (String line : Files.readAllLines(dir.resolve("case.txt"))) {
      if (!line.matches("(plan-)?(exit|error): .*")) {
        b.append(line).append('\n');
      }
    }
    b.append("exit: ").append(code).append('\n');
    lines.forEach(l -> b.append("error: ").append(l).append('\n'));
    if (planCode != code || !planLines.equals(lines)) {
      b.append("plan-exit: ").append(planCode).append('\n');
      planLines.forEach(l -> b.append("plan-error: ").append(l).append('\n'));
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return name;
  }
}
