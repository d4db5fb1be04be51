package org.potctl.state.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The checks create and clone make inside their {@code getopts} loop (create.sh:485-585,
 * clone.sh:248-330): run option by option in the order given, so the first bad option is the one
 * reported, and options before an illegal one are judged before getopts complains. A {@code -v}
 * counts from where it stands: {@code -f nosuch}'s debug line prints only after a {@code -v}. A
 * {@code -d custom:FILE} is looked up on the simulated host ({@link SimHostFs}), never on the
 * machine running potctl.
 */
final class OptionChecks {

  private static final Set<String> DNS = Set.of("inherit", "pot", "off");

  private final PotEnv env;
  private final PotCommands pot;
  private final String cmd;
  private final String spec;

  OptionChecks(PotEnv env, PotCommands pot, String cmd, String spec) {
    this.env = env;
    this.pot = pot;
    this.cmd = cmd;
    this.spec = spec;
  }

  /** Parses {@code args} and runs the checks; getopts' own complaint comes after them. */
  Getopts parse(List<String> args) {
    return pot.getopts(cmd, args, spec, this::check);
  }

  private void check(Getopts.Opt o) {
    String a = o.arg();
    switch (o.letter()) {
      case 'p' -> {
        if (a.contains(".")) {
          throw env.out.fail(
              a + " is not a valid name for a pot ('.' is the only character not allowed)");
        }
      }
      case 't' -> {
        if (cmd.equals("create") && !Set.of("single", "multi").contains(a)) {
          throw pot.refused(cmd, spec, "Type " + a + " not supported");
        }
      }
      case 'N' -> {
        if (!CreateValidation.NETWORK_TYPES.contains(a)) {
          throw pot.refused(cmd, spec, "Network type " + a + " not recognized");
        }
      }
      case 'S' -> {
        if (!CreateValidation.STACKS.contains(a)) {
          throw pot.refused(cmd, spec, "Network stack " + a + " not valid");
        }
      }
      case 'd' -> dns(a);
      case 'f' -> flavour(a);
      default -> {}
    }
  }

  private void dns(String a) {
    if (DNS.contains(a)) {
      return;
    }
    if (!a.startsWith("custom:")) {
      throw pot.refused(cmd, spec, "'" + a + "' is not a valid dns option");
    }
    if (!SimHostFs.of(env.paths.dir()).readable(a.substring(7))) {
      throw env.out.fail("The file " + a.substring(7) + " is not valid or readable");
    }
  }

  /** {@code _is_flavour}, and else pot's flavour directory named ({@code ""} if it is none). */
  private void flavour(String a) {
    if (PotFlavours.exists(env.paths, a)) {
      return;
    }
    env.out.error("Flavour " + a + " not found");
    Path dir = env.paths.flavours();
    env.out.debug("Looking in the flavour dir " + (Files.isDirectory(dir) ? dir : ""));
    throw new Out.PotExit(1);
  }
}
