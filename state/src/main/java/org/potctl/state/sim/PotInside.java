package org.potctl.state.sim;

import java.util.List;
import java.util.Set;

/**
 * The commands that act inside a running pot: {@code exec}, {@code term} (and {@code run},
 * bin/pot's {@code term -f}), {@code signal} and {@code top}, with pot's checks (exec.sh, term.sh,
 * signal.sh, top.sh of 0.16.1). A simulated pot runs no processes: what {@code jexec} would run is
 * not run and succeeds, and {@code pkill}/{@code pgrep} in a simulated jail find nothing, so a
 * signal is never delivered.
 */
final class PotInside {

  /**
   * FreeBSD 14's {@code killall -l} (signal.sh:36): the names pot accepts, with or without {@code
   * SIG}.
   */
  static final List<String> SIGNALS =
      List.of(
          "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "EMT", "FPE", "KILL", "BUS", "SEGV", "SYS",
          "PIPE", "ALRM", "TERM", "URG", "STOP", "TSTP", "CONT", "CHLD", "TTIN", "TTOU", "IO",
          "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "INFO", "USR1", "USR2", "THR", "LIBRT");

  private final PotEnv env;
  private final PotCommands pot;

  PotInside(PotEnv env, PotCommands pot) {
    this.env = env;
    this.pot = pot;
  }

  int run(String cmd, List<String> args) {
    return switch (cmd) {
      case "exec" -> exec(pot.getopts(cmd, args, "hvdtp:e:u:U:", this::execEnv));
      case "signal" -> signal(pot.getopts(cmd, args, "hvflCs:P:m:p:"));
      case "run" -> term(args, true);
      case "top" -> top(pot.getopts(cmd, args, "hp:"));
      default -> term(args, false);
    };
  }

  /** exec.sh:101-108, inside the getopts loop: an {@code -e} without {@code =}. */
  private void execEnv(Getopts.Opt o) {
    if (o.letter() == 'e' && !o.arg().contains("=")) {
      env.out.error(o.arg() + " not in a valid form");
      // exec.sh:104, pot's spelling
      throw pot.refused("exec", "hvdtp:e:u:U:", "VARIABLE=value is accetped");
    }
  }

  private int exec(Getopts g) {
    if (g.operands().isEmpty()) {
      throw env.out.fail("A command is mandatory");
    }
    if (g.last('p') == null) {
      throw pot.refused("exec", "hvdtp:e:u:U:", "A pot name is mandatory");
    }
    if (g.has('u') && g.has('U')) {
      throw env.out.fail("Parameters -u and -U are mutually exclusive");
    }
    if (!env.running(g.last('p'))) {
      throw env.out.fail("The pot is not running");
    }
    env.out.debug("Exec in " + g.last('p') + ", cmd: " + String.join(" ", g.operands())); // :47
    return 0; // jexec -l [-u|-U user] POT [env …] COMMAND: nothing runs in a simulated pot
  }

  /** top.sh:15-49: pot's checks; {@code top -J} itself is interactive and not simulated. */
  private int top(Getopts g) {
    String p = g.last('p');
    String refusal =
        p == null
            ? "A pot name is mandatory"
            : !env.isPot(p, false)
                ? "pot " + p + " is not valid"
                : !env.running(p) ? "pot " + p + " is not in execution" : null;
    if (refusal != null) {
      throw pot.refused("top", "hp:", refusal);
    }
    throw env.out.fail(
        "top -J " + p + " is interactive and not simulated by potctl's simulated host");
  }

  /** term.sh:30-86: {@code -p} or the first operand; {@code -f} (and {@code run}) starts it. */
  private int term(List<String> args, boolean run) {
    Getopts g = Getopts.parse(args, "hvfp:");
    if (g.has('h')) {
      pot.help("term", "hvfp:");
      return 0;
    }
    String p = g.last('p');
    if (p == null && !g.operands().isEmpty()) {
      p = g.operands().get(0);
    }
    if (p == null || p.isEmpty()) {
      throw pot.refused("term", "hvfp:", "A pot name is mandatory");
    }
    if (!env.running(p)) {
      if (!run && !g.has('f')) {
        throw env.out.fail("The pot " + p + " is not running");
      }
      pot.nested(List.of("start", p));
      if (!env.running(p)) {
        throw env.out.fail("The pot " + p + " doesn't start");
      }
    }
    return 0; // jexec -l -U root POT: the login shell of a simulated pot ends at once
  }

  private int signal(Getopts g) {
    if (g.has('l')) {
      env.out.println(String.join(" ", SIGNALS));
      return 0;
    }
    String p = g.last('p');
    if (p == null) {
      throw pot.refused("signal", "hvflCs:P:m:p:", "A pot name is mandatory");
    }
    String signal = g.last('s') == null ? "SIGINFO" : g.last('s');
    if (!validSignal(signal)) {
      throw env.out.fail("Invalid signal, valid signals: " + String.join(" ", SIGNALS));
    }
    String pid = g.last('P');
    String match = g.last('m');
    if (pid != null && match != null) {
      throw env.out.fail("Process ID and pattern match are mutually exclusive");
    }
    if (pid != null && !pid.matches("[0-9]+")) {
      throw env.out.fail("Invalid pid");
    }
    boolean force = g.has('f');
    if (!env.running(p)) {
      if (force) {
        env.out.info("The pot is not running");
        return 0;
      }
      throw env.out.fail("The pot is not running");
    }
    if (match != null) {
      env.out.info("Sending " + signal + " by pattern to pot " + p);
    } else if (pid != null) {
      env.out.info("Sending " + signal + " to pid " + pid + " in pot " + p);
    } else {
      env.out.info("Sending " + signal + " to main process of pot " + p);
      if (!env.conf(p).getStripped("pot.attr.persistent").equals("NO")) {
        return signalEnds(force, "Persistent pots have no main process");
      }
    }
    // pkill/pgrep -j POT: no process of a simulated pot matches (signal.sh:107-116)
    return signalEnds(force, "Sending signal failed");
  }

  /** signal.sh's ending: with {@code -f} an info line and success, else an error and 1. */
  private int signalEnds(boolean force, String message) {
    if (force) {
      env.out.info(message);
      return 0;
    }
    env.out.error(message);
    return 1;
  }

  private static boolean validSignal(String name) {
    Set<String> names = new java.util.HashSet<>(SIGNALS);
    SIGNALS.forEach(s -> names.add("SIG" + s));
    return names.contains(name);
  }
}
