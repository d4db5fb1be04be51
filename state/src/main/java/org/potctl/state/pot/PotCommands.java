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
 * Builds the argv of every pot sub-command potctl runs, exactly as reference/pot.md documents the
 * flags. Every input is checked ({@link PotArguments}); an invalid one throws {@link
 * IllegalArgumentException} before anything runs. Nothing here executes a command.
 */
public final class PotCommands {

  /** An attribute name as pot's sed expression {@code /^pot.attr.NAME=.*\/d} can hold it. */
  private static final Pattern ATTRIBUTE = Pattern.compile("[a-z][a-z_-]{0,31}");

  private static final Pattern MEMORY = Pattern.compile("[1-9][0-9]*[bBkKmMgG]?");

  private PotCommands() {}

  /** {@code pot create -p P -t T [-l L] -b B -N N [-i IP|auto] [-B BR] [-f F]…}. */
  public static Command create(PotCreate create) {
    return Command.of(create.argv());
  }

  /** {@code pot import -p NAME -t TAG -U URL}: creates pot {@code NAME_TAG} (dots made _). */
  public static Command importImage(String name, String tag, String url) {
    return importImage(name, tag, url, Optional.empty());
  }

  /**
   * {@code pot import -p NAME -t TAG -U URL [-C PUBKEY]}: with a key pot fetches {@code .skein.sig}
   * and refuses the image unless {@code signify -V} verifies it with {@code PUBKEY}, an absolute
   * path on the host.
   */
  public static Command importImage(String name, String tag, String url, Optional<String> key) {
    if (!name.matches("[A-Za-z][A-Za-z0-9_.-]{0,54}")
        || !tag.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")) {
      throw new IllegalArgumentException("invalid image name or tag: " + name + " " + tag);
    }
    if (!url.matches("(https?|file)://\\S*")) {
      throw new IllegalArgumentException("invalid image URL: " + url);
    }
    List<String> argv = new ArrayList<>(List.of("pot", "import", "-p", name, "-t", tag, "-U", url));
    key.ifPresent(
        k -> {
          argv.add("-C");
          argv.add(PotArguments.absolutePath("image key", k));
        });
    return Command.of(argv);
  }

  /**
   * {@code mkdir -p DIR}: the directory {@code pot export -D} writes into, created on the host
   * (export.sh refuses a missing one). The only {@code mkdir} form the runner allows.
   */
  public static Command imageDirectory(String dir) {
    return Command.of("mkdir", "-p", PotArguments.absolutePath("image directory", dir));
  }

  /** {@code pot export -p P -t TAG -D DIR}: {@code DIR/P_TAG.xz} with .meta and .skein. */
  public static Command export(String pot, String tag, String dir) {
    return export(pot, tag, dir, Optional.empty());
  }

  /**
   * {@code pot export -p P -t TAG -D DIR [-S SECKEY]}: with a signify secret key (an absolute path
   * on the host) pot also writes {@code .skein.sig}.
   */
  public static Command export(String pot, String tag, String dir, Optional<String> signKey) {
    if (!tag.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")) {
      throw new IllegalArgumentException("invalid image tag: " + tag);
    }
    List<String> argv =
        new ArrayList<>(
            List.of(
                "pot",
                "export",
                "-p",
                potName(pot),
                "-t",
                tag,
                "-D",
                PotArguments.absolutePath("dir", dir)));
    signKey.ifPresent(k -> argv.addAll(List.of("-S", PotArguments.absolutePath("sign key", k))));
    return Command.of(argv);
  }

  /** {@code pot create-base -r RELEASE}: the base is named after the release. */
  public static Command createBase(String release) {
    return Command.of("pot", "create-base", "-r", PotArguments.release(release));
  }

  /**
   * The level-0 pot {@code pot create-base -r RELEASE} creates beside the base: {@code base-}
   * followed by the release with its first dot made an underscore ({@code base-14_1}), as pot's
   * {@code _cb_base_pot} names it.
   */
  public static String basePotName(String release) {
    return "base-" + release.replaceFirst("\\.", "_");
  }

  /** {@code pot create-fscomp -f F}; pot succeeds if it already exists. */
  public static Command createFscomp(String fscomp) {
    return Command.of("pot", "create-fscomp", "-f", PotArguments.name("fscomp", fscomp));
  }

  /** {@code pot create-private-bridge -B B -S SIZE}; {@code size} pots, at least 2. */
  public static Command createPrivateBridge(String bridge, int size) {
    if (size < 2 || size > 65534) {
      throw new IllegalArgumentException("bridge size must be 2..65534: " + size);
    }
    return Command.of(
        "pot",
        "create-private-bridge",
        "-B",
        PotArguments.name("bridge", bridge),
        "-S",
        String.valueOf(size));
  }

  /** {@code pot mount-in -p P -f F -m TARGET [-r]}: an fscomp into a pot. */
  public static Command mountInFscomp(String pot, String fscomp, String target, boolean readOnly) {
    return mountIn(pot, "-f", PotArguments.name("fscomp", fscomp), target, readOnly);
  }

  /** {@code pot mount-in -p P -d DIR -m TARGET [-r]}: a host directory into a pot. */
  public static Command mountInDirectory(String pot, String dir, String target, boolean readOnly) {
    return mountIn(pot, "-d", PotArguments.absolutePath("host directory", dir), target, readOnly);
  }

  private static Command mountIn(
      String pot, String flag, String source, String target, boolean ro) {
    checkTarget(target);
    List<String> argv =
        new ArrayList<>(List.of("pot", "mount-in", "-p", potName(pot), flag, source, "-m", target));
    if (ro) {
      argv.add("-r");
    }
    return Command.of(argv);
  }

  /** {@code pot mount-out -p P -m TARGET} (unreliable on new-format lines, pot.md §6.8). */
  public static Command mountOut(String pot, String target) {
    checkTarget(target);
    return Command.of("pot", "mount-out", "-p", potName(pot), "-m", target);
  }

  private static void checkTarget(String target) {
    if (PotArguments.absolutePath("mount target", target).equals("/")) {
      throw new IllegalArgumentException("/ is not a valid mount point");
    }
  }

  /** {@code pot export-ports -p P -e E…}: replaces the whole list; at least one port. */
  public static Command exportPorts(String pot, List<PortExport> ports) {
    if (ports.isEmpty()) {
      throw new IllegalArgumentException("export-ports needs at least one port");
    }
    List<String> argv = new ArrayList<>(List.of("pot", "export-ports", "-p", potName(pot)));
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
    return Command.of("pot", "set-attribute", "-p", potName(pot), "-A", attribute, "-V", value);
  }

  /** {@code pot set-rss -p P [-C CPUS] [-M MEMORY]}; at least one of them. */
  public static Command setRss(String pot, OptionalInt cpus, Optional<String> memory) {
    List<String> argv = new ArrayList<>(List.of("pot", "set-rss", "-p", potName(pot)));
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
    List<String> argv = new ArrayList<>(List.of("pot", "set-env", "-p", potName(pot)));
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
    List<String> argv = new ArrayList<>(List.of("pot", "set-hosts", "-p", potName(pot)));
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
    return Command.of("pot", "set-cmd", "-p", potName(pot), "-c", command);
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
    return Command.of("pot", "set-hook", "-p", potName(pot), flag, file);
  }

  /** {@code pot add-dep -p P -P DEP}: appends, no duplicate check in pot. */
  public static Command addDependency(String pot, String dependency) {
    if (potName(pot).equals(potName(dependency))) {
      throw new IllegalArgumentException("a pot cannot depend on itself: " + pot);
    }
    return Command.of("pot", "add-dep", "-p", pot, "-P", dependency);
  }

  /** {@code pot start -p P}. */
  public static Command start(String pot) {
    return Command.of("pot", "start", "-p", potName(pot));
  }

  /** {@code pot stop -p P}; exits 0 for a missing pot. */
  public static Command stop(String pot) {
    return Command.of("pot", "stop", "-p", potName(pot));
  }

  /** {@code pot destroy -p P [-F]}; {@code -F} stops a running pot first. */
  public static Command destroy(String pot, boolean force) {
    return force
        ? Command.of("pot", "destroy", "-p", potName(pot), "-F")
        : Command.of("pot", "destroy", "-p", potName(pot));
  }

  /** {@code pot destroy -f F}: destroys the fscomp's dataset (no check whether it is mounted). */
  public static Command destroyFscomp(String fscomp) {
    return Command.of("pot", "destroy", "-f", PotArguments.name("fscomp", fscomp));
  }

  /** {@code pot destroy -B B}: deletes the bridge file; refused while a pot uses it. */
  public static Command destroyBridge(String bridge) {
    return Command.of("pot", "destroy", "-B", PotArguments.name("bridge", bridge));
  }

  /** {@code pot snapshot -p P}: an epoch-named recursive snapshot; refused while running. */
  public static Command snapshot(String pot) {
    return Command.of("pot", "snapshot", "-p", potName(pot));
  }

  /** {@code pot snapshot -f F}: an epoch-named snapshot of an fscomp. */
  public static Command snapshotFscomp(String fscomp) {
    return Command.of("pot", "snapshot", "-f", PotArguments.name("fscomp", fscomp));
  }

  private static String potName(String pot) {
    return PotArguments.name("pot", pot);
  }
}
