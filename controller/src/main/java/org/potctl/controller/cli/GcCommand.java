package org.potctl.controller.cli;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.potctl.controller.ApplyRequest;
import org.potctl.controller.HostChange;
import org.potctl.state.exec.Durations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code potctl gc --older-than 7d [--dry-run] [--yes]}: destroys the trash entries whose apply id
 * says they were trashed longer ago than the duration. Entries whose apply id has no timestamp are
 * kept (with a warning). A plan of its own through {@link org.potctl.controller.Engine#change}
 * (shown, confirmed, journalled, {@code --dry-run}, {@code -o json}). Exit 0 done or nothing to
 * purge, 1 a failed step, 3 not confirmed or the lock is held, 64 usage error.
 */
@Command(
    name = "gc",
    mixinStandardHelpOptions = true,
    description = "Destroy trash entries older than a duration (zfs destroy -r, for good).")
final class GcCommand implements Callable<Integer> {

  @ParentCommand Main parent;

  @Spec CommandSpec spec;

  @Mixin LockOption lock;

  @Option(
      names = "--older-than",
      required = true,
      paramLabel = "DURATION",
      description = "Purge entries trashed longer ago than this (e.g. 7d, 12h).")
  String olderThan;

  @Mixin HostChangeOptions options;

  @Override
  public Integer call() {
    Duration age = age(olderThan);
    return new HostChanges(spec.commandLine(), options, "gc")
        .run(
            new HostChange.Gc(Optional.ofNullable(parent.global.host()), age, olderThan),
            ApplyRequest.of("potctl gc --older-than " + olderThan)
                .withLockWait(lock.timeout(spec.commandLine()))
                .withJournalsKept(parent.global.journalsKept()));
  }

  /** {@code 7d}, {@code 12h}: any duration longer than zero. */
  private Duration age(String text) {
    try {
      return Durations.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(),
          "--older-than: '" + text + "' is not a duration longer than zero; use e.g. 12h or 7d");
    }
  }
}
