package org.potctl.controller.plan;

import java.util.List;
import java.util.Optional;

/**
 * The kinds of the steps of journals written before steps carried a kind (their {@code
 * step_started} lines have no {@code kind} field), as those versions ran them: {@code pot create}
 * and {@code pot create-fscomp} created datasets, {@code zfs set mountpoint=none DATASET} began a
 * move into the trash and {@code zfs rename} ended it. Only such old lines are read this way, so an
 * interruption recorded before an upgrade is still repaired; a line with a kind never is.
 */
final class LegacyJournalKinds {

  private static final List<String> UNMOUNT = List.of("zfs", "set", "mountpoint=none");

  private LegacyJournalKinds() {}

  /** The kind {@code argv} had in an old journal, when it is one the evidence needs. */
  static Optional<StepKind> of(List<String> argv) {
    if (argv.size() < 2) {
      return Optional.empty();
    }
    String program = argv.get(0);
    String sub = argv.get(1);
    if (program.equals("pot") && sub.equals("create")) {
      return Optional.of(StepKind.CREATE_POT);
    }
    if (program.equals("pot") && sub.equals("create-fscomp")) {
      return Optional.of(StepKind.CREATE_FSCOMP);
    }
    if (argv.size() == 4 && argv.subList(0, 3).equals(UNMOUNT)) {
      return Optional.of(StepKind.TRASH_UNMOUNT);
    }
    if (program.equals("zfs") && sub.equals("rename")) {
      return Optional.of(StepKind.TRASH_RENAME);
    }
    return Optional.empty();
  }
}
