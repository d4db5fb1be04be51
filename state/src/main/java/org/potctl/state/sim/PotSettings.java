package org.potctl.state.sim;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code set-attribute}, {@code get-attribute}, {@code set-rss}, {@code set-env}, {@code
 * set-hosts}, {@code set-cmd}, {@code add-dep}, {@code export-ports} (pot.md §3, §5.3).
 */
final class PotSettings {

  private final PotEnv env;
  private final PotCommands pot;
  private final SettingValues values;

  PotSettings(PotEnv env, PotCommands pot) {
    this.env = env;
    this.pot = pot;
    this.values = new SettingValues(env.out);
  }

  int run(String cmd, List<String> args) {
    return switch (cmd) {
      case "set-attribute" -> setAttribute(pot.getopts(cmd, args, "hvp:A:V:"));
      case "get-attribute" -> getAttribute(pot.getopts(cmd, args, "hvqp:A:"));
      case "set-rss" -> setRss(pot.getopts(cmd, args, "hvp:C:M:"));
      case "set-env" ->
          replaceAll(
              inline(cmd, args, "hvp:E:", 'E', values::envLine), 'E', "pot.env", values::envLine);
      case "set-hosts" ->
          replaceAll(
              inline(cmd, args, "hvp:H:", 'H', values::hostsLine),
              'H',
              "pot.hosts",
              values::hostsLine);
      case "set-cmd" -> setCmd(pot.getopts(cmd, args, "hvp:c:"));
      case "add-dep" -> addDep(pot.getopts(cmd, args, "hvp:P:"));
      default ->
          new PotExports(env)
              .run(inline(cmd, args, "hvp:e:", 'e', e -> new PotExports(env).check(e)));
    };
  }

  /** Getopts with the values of {@code letter} checked as pot checks them, inside its loop. */
  private Getopts inline(
      String cmd, List<String> args, String spec, char letter, Consumer<String> check) {
    return pot.getopts(
        cmd,
        args,
        spec,
        o -> {
          if (o.letter() == letter) {
            check.accept(o.arg());
          }
        });
  }

  private ConfFile requirePot(String p, String invalidMessage) {
    if (p == null) {
      throw env.out.fail("A pot name is mandatory");
    }
    if (!env.isPot(p, false)) {
      throw env.out.fail(invalidMessage);
    }
    return env.conf(p);
  }

  private int setAttribute(Getopts g) {
    String p = g.last('p');
    String attr = g.last('A');
    String value = g.last('V');
    if (p == null) {
      throw env.out.fail("A pot name is mandatory");
    }
    if (attr == null) {
      throw env.out.fail("Option -A is mandatory");
    }
    if (value == null || value.isEmpty()) {
      throw env.out.fail("Option -V is mandatory");
    }
    ConfFile conf = requirePot(p, p + " is not a valid pot");
    PotAttributes.Attribute attribute =
        PotAttributes.of(attr)
            .filter(a -> !a.readOnly())
            .orElseThrow(() -> env.out.fail(attr + " is not a valid attribute"));
    String stored =
        switch (attribute.kind()) {
          case BOOL -> bool(value);
          case UINT -> {
            if (!value.matches("[0-9]+")) {
              throw env.out.fail("value " + value + " is not a valid uint value");
            }
            yield value;
          }
          case SYSV -> {
            if (!Set.of("new", "inherit", "disable").contains(value)) {
              throw env.out.fail("value must be one of 'new', 'inherit', 'disable'");
            }
            yield value;
          }
          case STRING -> value;
        };
    if (attr.equals("no-tmpfs")) {
      if (env.running(p)) {
        throw env.out.fail("pot " + p + " is still running");
      }
      if (!conf.get("pot.type").equals("single")) {
        throw env.out.fail("Attribute no-tmpfs is only usable with single type pot");
      }
    }
    conf.set("pot.attr." + attr, stored).save();
    return 0;
  }

  private String bool(String value) {
    String v = value.toLowerCase(Locale.ROOT);
    if (Set.of("yes", "true", "on").contains(v)) {
      return "YES";
    }
    if (Set.of("no", "false", "off").contains(v)) {
      return "NO";
    }
    // set-attribute.sh:28-29 prints the normalised value, which is empty when normalising failed
    throw env.out.fail("value  is not a valid boolean value");
  }

  private int getAttribute(Getopts g) {
    String p = g.last('p');
    String attr = g.last('A');
    if (p == null) {
      throw env.out.fail("A pot name is mandatory");
    }
    if (attr == null) {
      throw env.out.fail("Option -A is mandatory");
    }
    boolean quiet = g.has('q');
    // get-attribute.sh:61: _is_pot "$_pname" "$_quiet", and _quiet is "no" without -q
    if (!env.isPot(p, quiet ? "quiet" : "no")) {
      if (!quiet) {
        env.out.error(p + " is not a valid pot");
      }
      throw new Out.PotExit(1);
    }
    // get-attribute.sh:68-82: pot's three attribute lists (to-be-pruned is read-only)
    if (PotAttributes.of(attr).isEmpty()) {
      throw env.out.fail(attr + " is not a valid attribute");
    }
    ConfFile conf = env.conf(p);
    String value = conf.getStripped("pot.attr." + attr); // _get_conf_var (common.sh:563)
    if (g.has('q')) {
      env.out.println(value);
    } else if (value == null || value.isEmpty()) {
      env.out.info("The attribute " + attr + " is not set for the pot " + p);
    } else {
      env.out.info(attr + ": " + value);
    }
    return 0;
  }

  private int setRss(Getopts g) {
    ConfFile conf = requirePot(g.last('p'), g.last('p') + " is not a valid pot name");
    String cpus = g.last('C');
    String mem = g.last('M');
    if (cpus == null && mem == null) {
      throw env.out.fail("One resource has to be specified (-C or -M)");
    }
    if (cpus != null && (!cpus.matches("[0-9]+") || cpus.matches("0+"))) {
      throw env.out.fail(cpus + " is a not valid amount of CPUs!");
    }
    if (mem != null && !mem.matches("[0-9]+[bBkKmMgG]?")) {
      throw env.out.fail(mem + " is not a valid memory constraint");
    }
    if (mem != null && mem.matches("0+[bBkKmMgG]?")) {
      throw env.out.fail("Memory constraint has to be greater than zero");
    }
    if (cpus != null) {
      conf.set("pot.rss.cpus", cpus);
    }
    if (mem != null) {
      conf.set("pot.rss.memory", mem);
    }
    conf.save();
    return 0;
  }

  /**
   * set-env / set-hosts: every old line goes, one new line per argument (pot.md §3.4–3.5). set-env
   * wants one argument at least (set-env.sh:79); set-hosts without -H only drops the old lines.
   */
  private int replaceAll(
      Getopts g, char flag, String key, java.util.function.UnaryOperator<String> line) {
    List<String> lines = g.all(flag).stream().map(line).toList();
    if (g.last('p') == null) {
      throw env.out.fail("A pot name is mandatory");
    }
    if (lines.isEmpty() && flag == 'E') {
      throw env.out.fail("A command is mandatory");
    }
    ConfFile conf = requirePot(g.last('p'), "pot " + g.last('p') + " is not valid");
    conf.removeAll(key);
    // sed 's/.*/KEY=&/' of the temporary file (set-env.sh:25, set-hosts.sh:25): a line each
    lines.forEach(l -> List.of(l.split("\n", -1)).forEach(one -> conf.append(key + "=" + one)));
    conf.save();
    return 0;
  }

  private int setCmd(Getopts g) {
    String p = g.last('p');
    String cmd = g.last('c');
    if (p == null) {
      throw env.out.fail("A pot name is mandatory");
    }
    if (cmd == null || cmd.isEmpty()) {
      throw env.out.fail("A command is mandatory");
    }
    SettingValues.setCommand(requirePot(p, "pot " + p + " is not valid"), cmd);
    return 0;
  }

  /** add-dep.sh:55-84: each refusal is followed by add-dep's help. */
  private int addDep(Getopts g) {
    String p = g.last('p');
    String dep = g.last('P');
    if (p == null) {
      throw addDepRefused("A pot name is mandatory");
    }
    if (dep == null) {
      throw addDepRefused("A dependency pot is mandatory");
    }
    if (p.equals(dep)) {
      throw addDepRefused("a pot cannot be run time dependecy of itself");
    }
    if (!env.isPot(p, false)) {
      throw addDepRefused("pot " + p + " is not valid");
    }
    if (!env.isPot(dep, false)) {
      throw addDepRefused("dependency pot " + dep + " is not valid");
    }
    env.conf(p).append("pot.depend=" + dep).save();
    return 0;
  }

  private Out.PotExit addDepRefused(String message) {
    env.out.error(message);
    pot.help("add-dep", "hvp:P:");
    return new Out.PotExit(1);
  }
}
