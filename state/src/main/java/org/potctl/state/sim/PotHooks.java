package org.potctl.state.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code pot set-hook -p P [-s|-S|-t|-T FILE]} (set-hook.sh): during option parsing a hook that is
 * not executable ({@code [ -x FILE ]}, as root: any execute bit; a directory passes, its copy
 * fails) prints {@code ###> FILE not a valid hook} and is dropped; a pot name is mandatory, the pot
 * must be valid and at least one hook left; each one is copied ({@code cp}, mode kept) to {@code
 * conf/<type>.sh}. pot has no way to remove a hook: potctl removes the file. The simulator reads
 * hook files only inside its own directory; one elsewhere counts as not executable.
 */
final class PotHooks {

  private static final Map<Character, String> TYPES =
      Map.of('s', "prestart", 'S', "poststart", 't', "prestop", 'T', "poststop");
  private static final List<String> ORDER = List.of("prestart", "poststart", "prestop", "poststop");

  private final PotEnv env;
  private final PotCommands pot;

  PotHooks(PotEnv env, PotCommands pot) {
    this.env = env;
    this.pot = pot;
  }

  int run(List<String> args) {
    Getopts g = pot.getopts("set-hook", args, "hvp:s:S:t:T:");
    Map<String, Path> hooks = new LinkedHashMap<>();
    for (Getopts.Opt o : g.options()) {
      String type = TYPES.get(o.letter());
      if (type == null) {
        continue;
      }
      if (executable(o.arg())) {
        hooks.remove(type);
        hooks.put(type, Path.of(o.arg()));
      } else {
        env.out.error(o.arg() + " not a valid hook");
      }
    }
    String p = g.last('p');
    if (p == null) {
      env.out.error("A pot name is mandatory");
      pot.help("set-hook", "hvp:s:S:t:T:");
      return 1;
    }
    if (!env.isPot(p, false)) {
      env.out.error("pot " + p + " is not valid");
      pot.help("set-hook", "hvp:s:S:t:T:");
      return 1;
    }
    if (hooks.isEmpty()) {
      env.out.error("No hooks provided - at least one hook as to be set");
      pot.help("set-hook", "hvp:s:S:t:T:");
      return 1;
    }
    // set-hook.sh:78-89: one `if` per type, the last one's status is the command's: a directory
    // passes `[ -x ]` but its cp fails (no file is written)
    int status = 0;
    for (String type : ORDER) {
      status = 0;
      if (hooks.containsKey(type)
          && !copy(hooks.get(type), env.paths.confDir(p).resolve(type + ".sh"))) {
        status = 1;
      }
    }
    return status;
  }

  /**
   * Where start.sh:642-648, 674-680 and stop.sh:46-52, 138-144 run the pot's hook {@code
   * conf/TYPE.sh} when it is executable: pot prints {@code ===> Executing the pre-start script for
   * the pot P} and runs it on the host in a subshell with {@code pot info -E}'s variables, its exit
   * status unchecked (a failing hook changes nothing). The simulator never runs it: it prints pot's
   * line and records {@code hook TYPE PATH} in {@code commands.log} (PATH the hook's absolute
   * path), so the hook counts as run and succeeding.
   */
  static void announce(PotEnv env, String pot, String type) {
    Path hook = env.paths.confDir(pot).resolve(type + ".sh");
    if (anyExecuteBit(hook)) {
      String label = type.substring(0, type.length() - (type.endsWith("start") ? 5 : 4));
      env.out.info(
          "Executing the "
              + label
              + "-"
              + type.substring(label.length())
              + " script for the pot "
              + pot);
      AtomicFiles.appendLine(env.paths.commandsLog(), logLine(type, hook));
    }
  }

  /** The {@code commands.log} line of a hook pot runs: {@code hook prestart /…/prestart.sh}. */
  static String logLine(String type, Path hook) {
    return "hook " + type + " " + hook.toAbsolutePath();
  }

  private boolean executable(String file) {
    Path path = Path.of(file).toAbsolutePath().normalize();
    return path.startsWith(env.paths.dir().toAbsolutePath().normalize()) && anyExecuteBit(path);
  }

  /** {@code [ -x FILE ]} as root: any execute bit, a directory's too (set-hook.sh:33). */
  private static boolean anyExecuteBit(Path path) {
    if (!Files.exists(path)) {
      return false;
    }
    try {
      Set<PosixFilePermission> mode = Files.getPosixFilePermissions(path);
      return mode.contains(PosixFilePermission.OWNER_EXECUTE)
          || mode.contains(PosixFilePermission.GROUP_EXECUTE)
          || mode.contains(PosixFilePermission.OTHERS_EXECUTE);
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean copy(Path from, Path to) {
    if (Files.isDirectory(from)) {
      return false; // cp: FROM is a directory (not copied).
    }
    try {
      if (Files.isSymbolicLink(to)) {
        Files.delete(to);
      }
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
      Files.setPosixFilePermissions(
          to, Files.getPosixFilePermissions(from, LinkOption.NOFOLLOW_LINKS));
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
    }
  }
}
