package org.potctl.controller.kind;

import java.util.Optional;
import org.potctl.state.model.Dataset;

/** Whose a dataset is, from potctl's point of view (DESIGN §3.3). */
enum Ownership {
  /** No such dataset: potctl may create it. */
  ABSENT,
  /** Stamped with this spec id: potctl may change or delete it. */
  OWNED,
  /** No stamp: potctl never touches it; {@code potctl adopt} can stamp it. */
  UNOWNED,
  /** Stamped with another spec id: never touched. */
  FOREIGN;

  static Ownership of(Optional<Dataset> dataset, String specId) {
    if (dataset.isEmpty()) {
      return ABSENT;
    }
    if (dataset.get().owner().isEmpty()) {
      return UNOWNED;
    }
    return dataset.get().ownedBy(specId) ? OWNED : FOREIGN;
  }

  /** The plan error for an object potctl must not touch, or empty when it may. */
  static Optional<String> problem(Optional<Dataset> dataset, PlanContext ctx, String address) {
    String specId = ctx.specId();
    return switch (of(dataset, specId)) {
      case ABSENT, OWNED -> Optional.empty();
      case UNOWNED ->
          Optional.of(
              dataset.get().name()
                  + " exists but carries no potctl:owner stamp; potctl does not touch it."
                  + " Run '"
                  + adoptCommand(ctx, address)
                  + "' to manage it with this spec");
      case FOREIGN ->
          Optional.of(
              address
                  + " is owned by another spec: "
                  + dataset.get().name()
                  + " belongs to "
                  + OtherSpecs.describe(ctx, dataset.get().owner().get())
                  + " (potctl:owner); potctl does not touch it for spec '"
                  + specId
                  + "'. Rename it in this spec");
    };
  }

  /**
   * {@code potctl adopt [--spec-id ID] DIR ADDRESS}: DIR shell-quoted when needed, {@code
   * --spec-id} when the id is not DIR's name.
   */
  static String adoptCommand(PlanContext ctx, String address) {
    return "potctl adopt " + adoptArgs(ctx) + address;
  }

  private static String adoptArgs(PlanContext ctx) {
    String dir = ctx.specDir();
    String word =
        dir.matches("[A-Za-z0-9_@%+=:,./-]+") ? dir : "'" + dir.replace("'", "'\\''") + "'";
    java.nio.file.Path name = java.nio.file.Path.of(dir).toAbsolutePath().normalize().getFileName();
    boolean derived = name != null && name.toString().equals(ctx.specId());
    return (derived ? "" : "--spec-id " + ctx.specId() + " ") + word + " ";
  }

  /** Whether the dataset carries potctl's protect stamp. */
  static boolean protectedOnHost(Dataset dataset) {
    return dataset
        .property(org.potctl.state.zfs.ZfsCommands.PROTECT)
        .filter("on"::equals)
        .isPresent();
  }
}
