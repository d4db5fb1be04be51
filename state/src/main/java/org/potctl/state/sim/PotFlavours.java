package org.potctl.state.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Applies a flavour at create time (pot.md §7): command file lines, then the script. */
final class PotFlavours {

  private static final Set<String> FLAVORABLE =
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

  private final PotEnv env;
  private final PotCommands pot;

  PotFlavours(PotEnv env, PotCommands pot) {
    this.env = env;
    this.pot = pot;
  }

  /**
   * {@code _exec_flv} (common-flv.sh:82-152), with its {@code -v} lines; whether it succeeded. A
   * flavour line's pot command that fails ends the whole command ({@code exit} in the same shell,
   * thrown on); a {@code set-cmd} line without pot's literal prefix makes {@code _exec_flv} return
   * 1 (false), and its caller undoes.
   */
  boolean apply(String potName, String flavour) {
    env.out.debug("Flavour: " + flavour);
    Optional<Path> cmdFile = cmdFile(env.paths, flavour);
    if (cmdFile.isPresent()) {
      env.out.debug("Executing " + flavour + " pot commands on " + potName);
      for (String line : ConfFile.read(cmdFile.get()).lines()) {
        if (!runLine(potName, flavour, line)) {
          return false;
        }
      }
    }
    Optional<Path> script = script(env.paths, flavour);
    if (script.isPresent()) {
      runScript(potName, flavour, script.get());
    } else {
      env.out.debug("No shell script available for the flavour " + flavour);
    }
    return true;
  }

  /** {@code _is_flavour} (common-flv.sh:5-14): a command file or a script of that name. */
  static boolean exists(SimPaths paths, String flavour) {
    return cmdFile(paths, flavour).isPresent() || script(paths, flavour).isPresent();
  }

  /**
   * {@code _get_flavour_cmd_file} (common-flv.sh:31-46) in pot's flavour directory: none for a name
   * ending in {@code .sh}; a file, or anything readable, named like the flavour.
   */
  private static Optional<Path> cmdFile(SimPaths paths, String flavour) {
    Path file = paths.flavours().resolve(flavour);
    return !flavour.endsWith(".sh") && (Files.isRegularFile(file) || Files.isReadable(file))
        ? Optional.of(file)
        : Optional.empty();
  }

  /**
   * {@code _get_flavour_script} (common-flv.sh:16-29) in the flavour directory: {@code NAME.sh}.
   */
  private static Optional<Path> script(SimPaths paths, String flavour) {
    Path file = paths.flavours().resolve(flavour + ".sh");
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  /**
   * common-flv.sh:125-152: a non-persistent pot is made persistent for the bootstrap, started, the
   * script copied into its {@code /tmp} ({@code cp -v}, FreeBSD's {@code src -> dst}) and run by
   * {@code jexec} (the simulator runs nothing), the pot stopped, and made non-persistent again.
   */
  private void runScript(String potName, String flavour, Path script) {
    env.out.debug("Starting " + potName + " pot for the initial bootstrap");
    boolean notPersistent = env.conf(potName).get("pot.attr.persistent").equals("NO");
    if (notPersistent) {
      env.out.debug("Setting pot " + potName + " temporarily to persistent");
      pot.nested(List.of("set-attribute", "-A", "persistent", "-V", "YES", "-p", potName));
    }
    pot.nested(List.of("start", potName));
    Path tmp = env.paths.potDir(potName).resolve("m/tmp");
    env.out.println(script + " -> " + tmp.resolve(script.getFileName()));
    env.out.debug("Executing " + flavour + " script on " + potName);
    pot.nested(List.of("stop", potName));
    if (notPersistent) {
      env.out.debug("Reverting pot " + potName + " to non-persistent");
      pot.nested(List.of("set-attribute", "-A", "persistent", "-V", "NO", "-p", potName));
    }
  }

  /**
   * {@code _flv_set_cmd} (common-flv.sh:66-80): the line is not word-split nor parsed by set-cmd's
   * getopts; only the literal prefix {@code "set-cmd -c "} is removed and the rest is the command.
   */
  private boolean setCmd(String potName, String line) {
    String prefix = "set-cmd -c ";
    if (!line.startsWith(prefix)) {
      env.out.error("In flavour only 'set-cmd -c ' is supported");
      return false;
    }
    SettingValues.setCommand(env.conf(potName), line.substring(prefix.length()));
    return true;
  }

  private boolean runLine(String potName, String flavour, String line) {
    List<String> words =
        Arrays.stream(line.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    if (words.isEmpty() || !FLAVORABLE.contains(words.get(0))) {
      env.out.error("Flavor " + flavour + ": line " + line + " not valid - ignoring");
      return true;
    }
    if (words.get(0).equals("set-cmd")) {
      return setCmd(potName, line.trim());
    }
    List<String> argv = new ArrayList<>(words);
    argv.addAll(List.of("-p", potName));
    return pot.nested(argv) == 0;
  }
}
