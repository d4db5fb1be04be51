package org.potctl.controller.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.potctl.controller.trash.TrashEntry;
import org.potctl.controller.trash.TrashListing;
import org.potctl.controller.watch.Durations;
import org.potctl.state.model.HostState;
import org.potctl.state.zfs.ZfsCommands;
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
 * kept (with a warning). Exit 0 done or nothing to purge, 3 not confirmed or the lock is held, 64
 * usage error.
 */
@Command(
    name = "gc",
    mixinStandardHelpOptions = true,
    description = "Destroy trash entries older than a duration (zfs destroy -r, for good).")
final class GcCommand implements Callable<Integer> {

  private static final Pattern DAYS = Pattern.compile("([0-9]{1,6})d");

  @ParentCommand Main parent;

  @Spec CommandSpec spec;

  @Mixin LockOption lock;

  @Option(
      names = "--older-than",
      required = true,
      paramLabel = "DURATION",
      description = "Purge entries trashed longer ago than this (e.g. 7d, 12h).")
  String olderThan;

  @Option(names = "--dry-run", description = "Only list what would be destroyed.")
  boolean dryRun;

  @Option(names = "--yes", description = "Destroy without asking (required off a terminal).")
  boolean yes;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Duration age = age(olderThan);
    Duration wait = lock.timeout(spec.commandLine());
    return HostSession.refusing(
        err,
        () -> {
          try (HostSession session =
              HostSession.open(
                  spec.commandLine(), parent.global, wait, "potctl gc --older-than " + olderThan)) {
            HostState host = session.observe();
            Instant cutoff = Instant.now().minus(age);
            List<TrashEntry> all = TrashEntry.list(host);
            for (TrashEntry e : all) {
              if (e.time().isEmpty()) {
                err.println(
                    "potctl: warning: kept "
                        + e.dataset()
                        + ": its apply id '"
                        + e.applyId()
                        + "' has no timestamp, so its age is unknown");
              }
            }
            List<TrashEntry> old =
                all.stream()
                    .filter(e -> e.time().filter(t -> t.isBefore(cutoff)).isPresent())
                    .toList();
            if (old.isEmpty()) {
              out.println(
                  "Nothing in the trash is older than "
                      + olderThan
                      + " ("
                      + all.size()
                      + " kept).");
              out.flush();
              return ExitCode.OK.code();
            }
            out.println(
                "Trash entries older than "
                    + olderThan
                    + " ("
                    + old.size()
                    + " of "
                    + all.size()
                    + "), to destroy for good:");
            out.print(TrashListing.text(old, ""));
            if (dryRun) {
              out.println("Dry run: nothing was destroyed.");
              out.flush();
              return ExitCode.OK.code();
            }
            out.flush();
            confirm(old.size());
            for (TrashEntry e : old) {
              session.run(ZfsCommands.destroyTrashed(host.config().zfsRoot(), e.dataset()));
            }
            out.println("Destroyed " + entries(old.size()) + ".");
            out.flush();
            return ExitCode.OK.code();
          }
        });
  }

  /** {@code 7d} (days, which {@link Durations} leaves out), or any duration it reads. */
  private Duration age(String text) {
    Matcher days = DAYS.matcher(text);
    try {
      if (days.matches() && Long.parseLong(days.group(1)) > 0) {
        return Duration.ofDays(Long.parseLong(days.group(1)));
      }
      return Durations.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(),
          "--older-than: '" + text + "' is not a duration longer than zero; use e.g. 12h or 7d");
    }
  }

  private static String entries(int count) {
    return count + (count == 1 ? " trash entry" : " trash entries");
  }

  private void confirm(int count) {
    if (yes) {
      return;
    }
    Console console = System.console();
    if (console == null) {
      throw new ApplyRefused(
          "not on a terminal and --yes not given; rerun with --yes to destroy " + entries(count));
    }
    String answer =
        console.readLine("Destroy %s?%n  Only 'yes' will be accepted: ", entries(count));
    if (answer == null || !answer.strip().equals("yes")) {
      throw new ApplyRefused("gc cancelled: the answer was not 'yes'");
    }
  }
}
