package org.potctl.state.sim;

import java.util.List;
import java.util.Set;

/** pot's {@code help X} (help.sh, bin/pot:177-185). */
final class PotHelp {

  /** pot's scripts that are not sub-commands: {@code help X} sources them and finds no X-help. */
  private static final Set<String> NO_HELP = Set.of("common", "common-flv", "network", "help");

  /** The sub-commands pot's {@code help} finds a script for (help.sh:27-31). */
  private static final Set<String> SCRIPTS =
      Set.of(
          "add-dep",
          "clone",
          "clone-fscomp",
          "config",
          "copy-in",
          "copy-out",
          "create",
          "create-base",
          "create-fscomp",
          "create-private-bridge",
          "de-init",
          "destroy",
          "exec",
          "export",
          "export-ports",
          "get-attribute",
          "get-rss",
          "import",
          "info",
          "init",
          "last-run-stats",
          "list",
          "mount-in",
          "mount-out",
          "prepare",
          "promote",
          "prune",
          "ps",
          "purge-snapshots",
          "rename",
          "revert",
          "set-attribute",
          "set-cmd",
          "set-env",
          "set-hook",
          "set-hosts",
          "set-rss",
          "set-status",
          "show",
          "signal",
          "snapshot",
          "start",
          "stop",
          "term",
          "top",
          "update-config",
          "version",
          "vnet-start");

  private final PotEnv env;
  private final PotCommands pot;

  PotHelp(PotEnv env, PotCommands pot) {
    this.env = env;
    this.pot = pot;
  }

  /**
   * help.sh:3-37: the named sub-command's help (help.sh's own aliases resolved), or {@code Command
   * X unkown} (pot's spelling) for a name without a script, exit 1. A script without a help
   * function (common, network, …) fails in the shell, and bin/pot still exits 0.
   */
  int run(List<String> args) {
    String name = args.get(0);
    // help.sh:7-25: bin/pot's aliases, and run (bin/pot runs term -f for it)
    String cmd = name.equals("run") ? "term" : PotCommands.ALIASES.getOrDefault(name, name);
    if (NO_HELP.contains(cmd)) {
      env.out.errln("pot: " + cmd + "-help: command not found");
      return 0;
    }
    if (!SCRIPTS.contains(cmd)) {
      throw env.out.fail("Command " + cmd + " unkown");
    }
    pot.help(cmd, "h");
    return 0;
  }
}
