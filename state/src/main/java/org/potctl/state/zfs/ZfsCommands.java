package org.potctl.state.zfs;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.potctl.state.exec.Command;
import org.potctl.state.pot.PotArguments;

/**
 * Builds the zfs commands potctl runs itself (DESIGN §3.2–§3.3): allowlisted properties, the
 * ownership stamp and the soft delete into {@code <POT_ZFS_ROOT>/potctl-trash}. Every input is
 * checked; an invalid one throws {@link IllegalArgumentException}. Nothing here executes.
 */
public final class ZfsCommands {

  /** The user property holding the owning spec id. */
  public static final String OWNER = "potctl:owner";

  /** The user property holding the id of the apply that created or stamped the dataset. */
  public static final String APPLY = "potctl:apply";

  /**
   * The user property {@code potctl:protect}: {@code on} on a dataset whose spec says {@code
   * protect: true}, so potctl still knows it is protected once it is gone from the spec.
   */
  public static final String PROTECT = "potctl:protect";

  /** The trash's dataset name below {@code POT_ZFS_ROOT}. */
  public static final String TRASH = "potctl-trash";

  /** ZFS properties a spec may set on an fscomp (DESIGN §2). */
  public static final Set<String> PROPERTIES =
      Set.of(
          "compression",
          "quota",
          "reservation",
          "recordsize",
          "atime",
          "exec",
          "setuid",
          "readonly");

  private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+-]{0,31}");
  private static final Pattern KIND = Pattern.compile("[a-z]{1,16}");

  private ZfsCommands() {}

  /** {@code zfs set PROPERTY=VALUE DATASET} for an allowlisted property. */
  public static Command setProperty(String dataset, String property, String value) {
    if (!PROPERTIES.contains(property)) {
      throw new IllegalArgumentException(
          "property '" + property + "' is not in potctl's allowlist " + PROPERTIES);
    }
    if (value == null || !VALUE.matcher(value).matches()) {
      throw new IllegalArgumentException("invalid value '" + value + "' for " + property);
    }
    return set(dataset, property + "=" + value);
  }

  /** {@code zfs inherit PROPERTY DATASET}: back to the inherited or default value. */
  public static Command inheritProperty(String dataset, String property) {
    if (!PROPERTIES.contains(property) && !Set.of(OWNER, APPLY, PROTECT).contains(property)) {
      throw new IllegalArgumentException("property '" + property + "' is not potctl's to reset");
    }
    return Command.of("zfs", "inherit", property, PotArguments.dataset(dataset));
  }

  /** {@code zfs set potctl:owner=SPEC_ID DATASET}: the ownership stamp. */
  public static Command stampOwner(String dataset, String specId) {
    return set(dataset, OWNER + "=" + PotArguments.id("spec id", specId));
  }

  /** {@code zfs set potctl:apply=APPLY_ID DATASET}: which apply last stamped it. */
  public static Command stampApply(String dataset, String applyId) {
    return set(dataset, APPLY + "=" + PotArguments.id("apply id", applyId));
  }

  /** {@code zfs set potctl:protect=on DATASET}: the protect stamp (DESIGN §3.3). */
  public static Command stampProtect(String dataset) {
    return set(dataset, PROTECT + "=on");
  }

  /** {@code zfs inherit potctl:protect DATASET}: removes the protect stamp. */
  public static Command removeProtect(String dataset) {
    return inheritProperty(dataset, PROTECT);
  }

  /** {@code zfs inherit potctl:owner DATASET}: removes the stamp ({@code potctl forget}). */
  public static Command removeOwner(String dataset) {
    return inheritProperty(dataset, OWNER);
  }

  /** {@code <zfsRoot>/potctl-trash}. */
  public static String trashParent(String zfsRoot) {
    return PotArguments.dataset(zfsRoot) + "/" + TRASH;
  }

  /** {@code <zfsRoot>/potctl-trash/<kind>-<name>-<applyId>}. */
  public static String trashName(String zfsRoot, String kind, String name, String applyId) {
    if (!KIND.matcher(kind).matches()) {
      throw new IllegalArgumentException("invalid kind '" + kind + "'");
    }
    PotArguments.base(name);
    return PotArguments.dataset(
        trashParent(zfsRoot)
            + "/"
            + kind
            + "-"
            + name
            + "-"
            + PotArguments.id("apply id", applyId));
  }

  /** {@code zfs create -o mountpoint=none <zfsRoot>/potctl-trash}, when it does not exist yet. */
  public static Command createTrashParent(String zfsRoot) {
    return Command.of("zfs", "create", "-o", "mountpoint=none", trashParent(zfsRoot));
  }

  /**
   * The soft delete of DESIGN §3.3: {@code zfs set mountpoint=none DATASET} (zfs-fuse refuses to
   * rename a mounted dataset, and the trash needs no mount), then {@code zfs rename DATASET
   * <trash>/<kind>-<name>-<applyId>}.
   */
  public static List<Command> moveToTrash(
      String zfsRoot, String dataset, String kind, String name, String applyId) {
    String target = trashName(zfsRoot, kind, name, applyId);
    if (!PotArguments.dataset(dataset).startsWith(PotArguments.dataset(zfsRoot) + "/")) {
      throw new IllegalArgumentException(dataset + " is not below " + zfsRoot);
    }
    return List.of(set(dataset, "mountpoint=none"), Command.of("zfs", "rename", dataset, target));
  }

  /**
   * {@code zfs inherit -r mountpoint DATASET}: before a multi pot or a clone goes into the trash,
   * its datasets with a local mountpoint (a multi pot's {@code zfs-remount} {@code usr.local} and
   * {@code custom}: pot's stop sets it, common.sh:1185; a clone's {@code m}: pot clone makes it
   * with one, clone.sh:102) inherit again, so that {@code mountpoint=none} on the pot unmounts them
   * too and its restore mounts them back where pot expects them.
   */
  public static Command inheritMountpoints(String dataset) {
    return Command.of("zfs", "inherit", "-r", "mountpoint", PotArguments.dataset(dataset));
  }

  /**
   * Restores a trashed dataset: {@code zfs rename TRASHED DATASET}, then {@code zfs inherit -r
   * mountpoint DATASET} so it and every dataset below it mount where pot expects them again (also a
   * clone's {@code m} trashed with its local mountpoint, before {@link #inheritMountpoints}).
   */
  public static List<Command> restoreFromTrash(String zfsRoot, String trashed, String dataset) {
    requireInTrash(zfsRoot, trashed);
    return List.of(
        Command.of("zfs", "rename", trashed, PotArguments.dataset(dataset)),
        Command.of("zfs", "inherit", "-r", "mountpoint", PotArguments.dataset(dataset)));
  }

  /** {@code zfs destroy -r TRASHED}: only ever for a dataset inside the trash ({@code gc}). */
  public static Command destroyTrashed(String zfsRoot, String trashed) {
    requireInTrash(zfsRoot, trashed);
    return Command.of("zfs", "destroy", "-r", trashed);
  }

  private static void requireInTrash(String zfsRoot, String trashed) {
    String prefix = trashParent(zfsRoot) + "/";
    if (!PotArguments.dataset(trashed).startsWith(prefix)
        || trashed.indexOf('/', prefix.length()) >= 0) {
      throw new IllegalArgumentException(
          trashed + " is not a dataset directly inside " + trashParent(zfsRoot));
    }
  }

  private static Command set(String dataset, String assignment) {
    return Command.of("zfs", "set", assignment, PotArguments.dataset(dataset));
  }
}
