package org.potctl.state.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The only file writes the simulated host allows, the way the engine installs spec flavours: {@code
 * tee PATH} (content on stdin, echoed to stdout like tee does) and {@code rm -f PATH}, where PATH
 * is {@code DIR/etc/pot/flavours/NAME} or {@code NAME.sh} and NAME a valid pot name. Anything else
 * exits 1 with a message like tee or rm would print. Writes are atomic (temp file, rename).
 */
final class FlavourFiles {

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,54}");

  private final SimPaths paths;
  private final Out out;

  FlavourFiles(SimPaths paths, Out out) {
    this.paths = paths;
    this.out = out;
  }

  /** {@code tee PATH}: writes {@code stdin} to PATH and echoes it. */
  int tee(List<String> args, String stdin) {
    if (args.size() != 1 || args.get(0).startsWith("-")) {
      return refuse("tee", args.isEmpty() ? "(stdout)" : String.join(" ", args));
    }
    Optional<Path> target = flavourFile(args.get(0));
    if (target.isEmpty()) {
      return refuse("tee", args.get(0));
    }
    if (Files.isDirectory(target.get(), LinkOption.NOFOLLOW_LINKS)) {
      out.errln("tee: " + args.get(0) + ": Is a directory");
      return 1;
    }
    PotEnv.mkdirs(paths.flavours());
    AtomicFiles.write(target.get(), stdin);
    out.print(stdin);
    return 0;
  }

  /** {@code rm -f PATH}: removes PATH if it exists; a missing file is not an error. */
  int rm(List<String> args) {
    if (args.size() != 2 || !args.get(0).equals("-f")) {
      return refuse("rm", String.join(" ", args));
    }
    Optional<Path> target = flavourFile(args.get(1));
    if (target.isEmpty()) {
      return refuse("rm", args.get(1));
    }
    if (Files.isDirectory(target.get(), LinkOption.NOFOLLOW_LINKS)) {
      out.errln("rm: " + args.get(1) + ": is a directory");
      return 1;
    }
    try {
      Files.deleteIfExists(target.get());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + target.get(), e);
    }
    return 0;
  }

  /** The file {@code arg} names, if it is a flavour file directly in the flavour directory. */
  private Optional<Path> flavourFile(String arg) {
    Path path;
    try {
      path = Path.of(arg);
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
    if (!path.isAbsolute() || path.getFileName() == null) {
      return Optional.empty();
    }
    if (!paths.flavours().equals(path.getParent())) {
      return Optional.empty();
    }
    String file = path.getFileName().toString();
    String name = file.endsWith(".sh") ? file.substring(0, file.length() - 3) : file;
    return NAME.matcher(name).matches() ? Optional.of(path) : Optional.empty();
  }

  private int refuse(String program, String what) {
    out.errln(
        program
            + ": "
            + what
            + ": not allowed in the simulated host (only "
            + (program.equals("tee") ? "tee PATH" : "rm -f PATH")
            + " with PATH "
            + paths.flavours()
            + "/NAME or NAME.sh)");
    return 1;
  }
}
