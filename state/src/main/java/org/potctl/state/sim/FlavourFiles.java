package org.potctl.state.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The only file writes the simulated host allows, the way the engine installs spec flavours: {@code
 * tee PATH} (content on stdin, echoed to stdout like tee does) and {@code rm -f PATH}, where PATH
 * is {@code DIR/etc/pot/flavours/NAME} or {@code NAME.sh} and NAME a valid pot name; a staged hook
 * {@code flavours/.potctl-hook-POT-TYPE.sh} also takes {@code chmod 0700}, a staged resolv.conf
 * {@code flavours/.potctl-dns-POT.conf} takes tee and rm, and {@code rm -f} removes a pot's hook
 * {@code jails/POT/conf/TYPE.sh}. Anything else exits 1 with a message like tee or rm would print.
 * Writes are atomic (temp file, rename).
 */
final class FlavourFiles {

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,54}");
  private static final Pattern HOOK_STAGE =
      Pattern.compile(
          "\\.potctl-hook-[A-Za-z][A-Za-z0-9_-]{0,54}-(?:prestart|poststart|prestop|poststop)\\.sh");
  private static final Pattern DNS_STAGE =
      Pattern.compile("\\.potctl-dns-[A-Za-z][A-Za-z0-9_-]{0,54}\\.conf");
  private static final Pattern HOOK =
      Pattern.compile("(?:prestart|poststart|prestop|poststop)\\.sh");

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
    Optional<Path> target = flavourFile(args.get(1)).or(() -> potHook(args.get(1)));
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

  /** {@code chmod 0700 PATH} of a staged hook. */
  int chmod(List<String> args) {
    Optional<Path> target =
        args.size() == 2 && args.get(0).equals("0700")
            ? flavourFile(args.get(1)).filter(p -> HOOK_STAGE.matcher(name(p)).matches())
            : Optional.empty();
    if (target.isEmpty()) {
      return refuse("chmod", String.join(" ", args));
    }
    if (!Files.isRegularFile(target.get(), LinkOption.NOFOLLOW_LINKS)) {
      out.errln("chmod: " + args.get(1) + ": No such file or directory");
      return 1;
    }
    try {
      Files.setPosixFilePermissions(target.get(), PosixFilePermissions.fromString("rwx------"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot chmod " + target.get(), e);
    }
    return 0;
  }

  /** A pot's hook {@code fsroot/jails/POT/conf/TYPE.sh}, which only {@code rm -f} may name. */
  private Optional<Path> potHook(String arg) {
    Optional<Path> path = absolute(arg);
    if (path.isEmpty() || !HOOK.matcher(name(path.get())).matches()) {
      return Optional.empty();
    }
    Path conf = path.get().getParent();
    Path pot = conf.getParent();
    return conf.getFileName().toString().equals("conf")
            && pot != null
            && NAME.matcher(name(pot)).matches()
            && paths.fsRoot().resolve("jails").equals(pot.getParent())
        ? path
        : Optional.empty();
  }

  private static String name(Path p) {
    return p.getFileName().toString();
  }

  private static Optional<Path> absolute(String arg) {
    try {
      Path path = Path.of(arg);
      return path.isAbsolute() && path.getFileName() != null && path.normalize().equals(path)
          ? Optional.of(path)
          : Optional.empty();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
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
    return NAME.matcher(name).matches()
            || HOOK_STAGE.matcher(file).matches()
            || DNS_STAGE.matcher(file).matches()
        ? Optional.of(path)
        : Optional.empty();
  }

  private int refuse(String program, String what) {
    out.errln(
        program
            + ": "
            + what
            + ": not allowed in the simulated host (only "
            + switch (program) {
              case "tee" -> "tee PATH";
              case "chmod" -> "chmod 0700 PATH";
              default -> "rm -f PATH";
            }
            + " with PATH "
            + paths.flavours()
            + "/NAME or NAME.sh)");
    return 1;
  }
}
