package org.potctl.state.pot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.potctl.state.exec.Command;
import org.potctl.state.model.HostsEntry;
import org.potctl.state.model.PortExport;

/**
 * The argv of pot's settings sub-commands on an existing pot ({@code set-attribute}, {@code
 * set-rss}, {@code set-env}, {@code set-hosts}, {@code set-cmd}, {@code set-hook}, {@code add-dep},
 * {@code export-ports}), checked like {@link PotCommands}: an invalid input throws {@link
 * IllegalArgumentException} before anything runs.
 */
public final class PotSetCommands {

  /** An attribute name as pot's sed expression {@code /^pot.attr.NAME=.*\/d} can hold it. */
  private static final Pattern ATTRIBUTE = Pattern.compile("[a-z][a-z_-]{0,31}");

  private static final Pattern MEMORY = Pattern.compile("[1-9][0-9]*[bBkKmMgG]?");

  private PotSetCommands() {}

  /** {@code pot export-ports -p P -e E…}: replaces the whole list; at least one port. */
  public static Command exportPorts(String pot, List<PortExport> ports) {
    if (ports.isEmpty()) {
      throw new IllegalArgumentException("export-ports needs at least one port");
    }
    List<String> argv =
        new ArrayList<>(List.of("pot", "export-ports", "-p", PotCommands.potName(pot)));
    ports.forEach(p -> argv.addAll(List.of("-e", p.toPotArgument())));
    return Command.of(argv);
  }

  /**
   * {@code pot set-attribute -p P -A ATTR -V VALUE}. Which attributes and values are allowed is
   * decided once, by the schema module's {@code AttributeValues} (validation, and the controller
   * builds this command only from a value it normalised); here only what keeps the argv one
   * well-formed pot.conf line is checked: a plain attribute name and a non-empty value without a
   * line break or control character.
   */
  public static Command setAttribute(String pot, String attribute, String value) {
    if (attribute == null || !ATTRIBUTE.matcher(attribute).matches()) {
      throw new IllegalArgumentException("'" + attribute + "' is not a pot attribute name");
    }
    if (value == null || PotArguments.confValue("attribute " + attribute, value).isBlank()) {
      throw new IllegalArgumentException("attribute " + attribute + " needs a value");
    }
    return Command.of(
        "pot", "set-attribute", "-p", PotCommands.potName(pot), "-A", attribute, "-V", value);
  }

  /** {@code pot set-rss -p P [-C CPUS] [-M MEMORY]}; at least one of them. */
  public static Command setRss(String pot, OptionalInt cpus, Optional<String> memory) {
    List<String> argv = new ArrayList<>(List.of("pot", "set-rss", "-p", PotCommands.potName(pot)));
    if (cpus.isPresent()) {
      if (cpus.getAsInt() < 1) {
        throw new IllegalArgumentException(cpus.getAsInt() + " is a not valid amount of CPUs");
      }
      argv.addAll(List.of("-C", String.valueOf(cpus.getAsInt())));
    }
    if (memory.isPresent()) {
      if (!MEMORY.matcher(memory.get()).matches()) {
        throw new IllegalArgumentException("invalid memory limit '" + memory.get() + "'");
      }
      argv.addAll(List.of("-M", memory.get()));
    }
    if (cpus.isEmpty() && memory.isEmpty()) {
      throw new IllegalArgumentException("set-rss needs cpus or memory");
    }
    return Command.of(argv);
  }

  /**
   * {@code pot set-env -p P -E NAME=value…}: replaces every variable; at least one. Values may not
   * contain {@code $ ` \\ "}: pot writes them into a shell script at start.
   */
  public static Command setEnv(String pot, List<String> entries) {
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("set-env needs at least one NAME=value");
    }
    List<String> argv = new ArrayList<>(List.of("pot", "set-env", "-p", PotCommands.potName(pot)));
    for (String e : entries) {
      argv.addAll(List.of("-E", PotArguments.envEntry(e)));
    }
    return Command.of(argv);
  }

  /** {@code pot set-hosts -p P -H hostname:ip…}: replaces every entry; at least one. */
  public static Command setHosts(String pot, List<HostsEntry> hosts) {
    if (hosts.isEmpty()) {
      throw new IllegalArgumentException("set-hosts needs at least one entry");
    }
    List<String> argv =
        new ArrayList<>(List.of("pot", "set-hosts", "-p", PotCommands.potName(pot)));
    for (HostsEntry h : hosts) {
      PotArguments.hostname(h.hostname());
      PotArguments.ipv4(h.ip());
      argv.addAll(List.of("-H", h.toPotArgument()));
    }
    return Command.of(argv);
  }

  /** {@code pot set-cmd -p P -c COMMAND}. */
  public static Command setCommand(String pot, String command) {
    if (PotArguments.confValue("command", command).isBlank()) {
      throw new IllegalArgumentException("command must not be empty");
    }
    return Command.of("pot", "set-cmd", "-p", PotCommands.potName(pot), "-c", command);
  }

  /**
   * {@code pot set-hook -p P -s|-S|-t|-T FILE}: copies the executable FILE to the pot's {@code
   * conf/TYPE.sh} (TYPE prestart, poststart, prestop or poststop).
   */
  public static Command setHook(String pot, String type, String file) {
    String flag =
        switch (type) {
          case "prestart" -> "-s";
          case "poststart" -> "-S";
          case "prestop" -> "-t";
          case "poststop" -> "-T";
          default -> throw new IllegalArgumentException("not a hook type: " + type);
        };
    if (!file.startsWith("/")) {
      throw new IllegalArgumentException("hook file must be absolute: " + file);
    }
    return Command.of("pot", "set-hook", "-p", PotCommands.potName(pot), flag, file);
  }

  /** {@code pot add-dep -p P -P DEP}: appends, no duplicate check in pot. */
  public static Command addDependency(String pot, String dependency) {
    if (PotCommands.potName(pot).equals(PotCommands.potName(dependency))) {
      throw new IllegalArgumentException("a pot cannot depend on itself: " + pot);
    }
    return Command.of("pot", "add-dep", "-p", pot, "-P", dependency);
  }
}
