package org.potctl.state.pot;

import java.util.ArrayList;
import java.util.List;
import org.potctl.state.exec.Command;

/**
 * Builds the argv of the pot sub-commands that make, start, stop and destroy pots, fscomps, bridges
 * and mounts, exactly as reference/pot.md documents the flags; the settings of a pot are {@link
 * PotSetCommands}, images {@link PotImageCommands}. Every input is checked ({@link PotArguments});
 * an invalid one throws {@link IllegalArgumentException} before anything runs. Nothing here
 * executes a command.
 */
public final class PotCommands {

  private PotCommands() {}

  /** {@code pot create -p P -t T [-l L] -b B -N N [-i IP|auto] [-B BR] [-f F]…}. */
  public static Command create(PotCreate create) {
    return Command.of(create.argv());
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

  static String potName(String pot) {
    return PotArguments.name("pot", pot);
  }
}
