package org.potctl.state.sim;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** {@code bin/pot}: alias resolution and dispatch of one pot sub-command to its family. */
final class PotCommands {

  /** bin/pot:159-175. */
  static final Map<String, String> ALIASES =
      Map.of(
          "ls",
          "list",
          "rollback",
          "revert",
          "snap",
          "snapshot",
          "set-attr",
          "set-attribute",
          "get-attr",
          "get-attribute");

  /** Read-only sub-commands (pot.md §0): no latency, never failed by {@code fail=}. */
  static final Set<String> READ_ONLY =
      Set.of(
          "config",
          "get-attr",
          "get-attribute",
          "get-rss",
          "info",
          "last-run-stats",
          "list",
          "ls",
          "ps",
          "show",
          "top",
          "version",
          "help");

  /**
   * Sub-commands whose function ends a failure with {@code return 1}, not {@code exit 1} (their
   * scripts of pot 0.16.1; start exits only on a bad option).
   */
  private static final Set<String> RETURNING =
      Set.of(
          "add-dep",
          "copy-in",
          "copy-out",
          "export-ports",
          "mount-in",
          "mount-out",
          "set-attribute",
          "set-cmd",
          "set-env",
          "set-hook",
          "set-hosts",
          "set-rss",
          "snapshot",
          "start");

  /** Sub-commands pot runs under its global lock {@code /tmp/pot-lock-file}. */
  static final Set<String> GLOBAL_LOCK =
      Set.of("create", "import", "clone", "create-private-bridge", "prepare", "copy-in");

  private final PotEnv env;

  /** Inside a command of {@link #GLOBAL_LOCK}: pot's {@code _POT_RECURSIVE=1}. */
  private boolean locked;

  PotCommands(PotEnv env) {
    this.env = env;
  }

  /** Runs {@code pot ARGS…} and returns its exit status. */
  int run(List<String> args) {
    locked = !args.isEmpty() && GLOBAL_LOCK.contains(args.get(0));
    try {
      return dispatch(args);
    } catch (Out.PotExit e) {
      return e.status();
    }
  }

  /**
   * A sub-call inside the same pot process ({@code pot-cmd}, common.sh:1214-1258): an {@code exit}
   * in it ends the outer command too, a {@code return} gives the caller its status. The commands of
   * {@link #RETURNING} fail with {@code return 1}, the others with {@code exit}.
   */
  int nested(List<String> args) {
    String cmd = args.isEmpty() ? "" : ALIASES.getOrDefault(args.get(0), args.get(0));
    if (GLOBAL_LOCK.contains(cmd) && !locked) {
      return lockedProcess(args);
    }
    if (!RETURNING.contains(cmd)) {
      return dispatch(args);
    }
    try {
      return dispatch(args);
    } catch (Out.PotExit e) {
      return e.status();
    }
  }

  /**
   * A command of {@link #GLOBAL_LOCK} called from outside one runs as a new pot process under
   * {@code lockf} (common.sh:1236-1244): its own verbosity, 1 until its own {@code -v}, and its
   * {@code exit} ends only that process.
   */
  private int lockedProcess(List<String> args) {
    int verbosity = env.out.verbosity();
    env.out.verbosity(1);
    locked = true;
    try {
      return dispatch(args);
    } catch (Out.PotExit e) {
      return e.status();
    } finally {
      locked = false;
      env.out.verbosity(verbosity);
    }
  }

  private int dispatch(List<String> argv) {
    if (argv.isEmpty()) {
      usage();
      return 1;
    }
    String cmd = ALIASES.getOrDefault(argv.get(0), argv.get(0));
    List<String> args = argv.subList(1, argv.size());
    return switch (cmd) {
      case "config", "info", "list", "version", "ps" -> new PotQuery(env, this).run(cmd, args);
      case "create" -> new PotCreate(env, this).run(args);
      case "create-base", "create-fscomp", "create-private-bridge" ->
          new PotProvision(env, this).run(cmd, args);
      case "start" -> new PotLifecycle(env, this).run(args);
      case "stop" -> new PotStop(env).run(this, args);
      case "set-status" -> new PotStatus(env).run(this, cmd, args);
      case "destroy", "snapshot" -> new PotDestroy(env, this).run(cmd, args);
      case "mount-in", "mount-out" -> new PotMounts(env, this).run(cmd, args);
      case "copy-in", "copy-out" -> new PotCopy(env, this).run(cmd, args);
      case "promote" -> // bin/pot:197 lists it, but 0.16.1 ships no promote.sh (pot-cmd,
          // common.sh:1219)
          throw env.out.fail("Fatal error! promote implementation not found!");
      case "exec", "signal", "term", "run", "top" -> new PotInside(env, this).run(cmd, args);
      case "get-rss", "show" -> new PotUsage(env, this).run(cmd, args);
      case "update-config" -> new PotUpdateConfig(env, this).run(args);
      case "export" -> new PotExport(env, this).run(args);
      case "import" -> new PotImport(env, this).run(args);
      case "clone" -> new PotClone(env, this).run(args);
      case "rename" -> new PotRename(env, this).run(args);
      case "revert", "purge-snapshots" -> new PotSnapshots(env, this).run(cmd, args);
      case "prepare" -> new PotPrepare(env, this).run(args);
      case "set-hook" -> new PotHooks(env, this).run(args);
      case "vnet-start" -> new VnetStart(env, this).run(args);
      case "last-run-stats", "clone-fscomp", "prune" -> new PotChores(env, this).run(cmd, args);
      case "init", "de-init" -> new PotInit(env, this).run(cmd, args);
      case "help" -> help(args);
      case "set-attribute",
          "get-attribute",
          "set-rss",
          "set-env",
          "set-hosts",
          "set-cmd",
          "add-dep",
          "export-ports" ->
          new PotSettings(env, this).run(cmd, args);
      default -> {
        usage();
        yield 1;
      }
    };
  }

  /**
   * Parses options like the shell's getopts, running {@code inline} on each option in the order
   * given first, as a command's {@code case} inside its getopts loop does: a bad value (thrown by
   * {@code inline}) before an illegal option or a {@code -h} is the one reported; a {@code -v}
   * counts from where it stands.
   */
  Getopts getopts(String cmd, List<String> args, String spec, Consumer<Getopts.Opt> inline) {
    int verbosity = env.out.verbosity();
    for (Getopts.Opt o : Getopts.parse(args, spec).options()) {
      if (o.letter() == 'h') {
        break;
      }
      if (o.letter() == 'v') {
        env.out.verbose();
      } else {
        inline.accept(o);
      }
    }
    env.out.verbosity(verbosity);
    return getopts(cmd, args, spec);
  }

  /**
   * Getopts where the options {@code letters} exclude each other, checked where the second one
   * stands ({@code -p|-f are exclusive} of snapshot.sh:36-53, revert.sh, purge-snapshots.sh; ls's
   * {@code -b -p -f -F -B -a}, list.sh:162-209): pot's message and the command's help, exit 1.
   */
  Getopts exclusive(String cmd, List<String> args, String spec, String letters, String message) {
    boolean[] seen = {false};
    return getopts(
        cmd,
        args,
        spec,
        o -> {
          if (letters.indexOf(o.letter()) >= 0) {
            if (seen[0]) {
              throw refused(cmd, spec, message);
            }
            seen[0] = true;
          }
        });
  }

  /** Parses options like the shell's getopts; {@code -h} prints help and exits 0. */
  Getopts getopts(String cmd, List<String> args, String spec) {
    Getopts g = Getopts.parse(args, spec);
    if (g.error() != null) {
      env.out.errln(g.error());
      help(cmd, spec);
      throw new Out.PotExit(1);
    }
    if (g.has('h')) {
      help(cmd, spec);
      throw new Out.PotExit(0);
    }
    g.all('v').forEach(v -> env.out.verbose());
    return g;
  }

  /**
   * pot's common refusal: {@code _error MESSAGE}, the command's help, then {@code exit 1} (or
   * {@code return 1}), thrown by the caller.
   */
  Out.PotExit refused(String cmd, String spec, String message) {
    env.out.error(message);
    help(cmd, spec);
    return new Out.PotExit(1);
  }

  /** A usage line derived from the getopts spec. */
  void help(String cmd, String spec) {
    StringBuilder flags = new StringBuilder();
    StringBuilder valued = new StringBuilder();
    for (int i = 0; i < spec.length(); i++) {
      char c = spec.charAt(i);
      boolean takesArg = i + 1 < spec.length() && spec.charAt(i + 1) == ':';
      if (takesArg) {
        valued.append(" [-").append(c).append(" value]");
        i++;
      } else {
        flags.append(c);
      }
    }
    if (cmd.equals("set-status")) { // set-status.sh:10-11, the only help that starts otherwise
      env.out.println("Internal command, DO NOT USE IF YOU DON'T KNOW WHAT YOU ARE DOING!");
      env.out.println("This command is meant to be invoked using lockf");
    }
    env.out.println("pot " + cmd + " [-" + flags + "]" + valued);
  }

  /** bin/pot:177-185: {@code help} alone is the usage, exit 0; {@code help X} passes X only. */
  private int help(List<String> args) {
    if (args.isEmpty()) {
      usage();
      return 0;
    }
    return new PotHelp(env, this).run(args.subList(0, 1));
  }

  private void usage() {
    env.out.println("Usage: pot command [options]");
    env.out.println("");
    env.out.println("Commands: see pot help");
  }
}
