package org.potctl.controller.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.potctl.controller.ownership.Verdict;
import org.potctl.controller.trash.TrashEntry;
import org.potctl.controller.trash.TrashListing;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.address.ResourceKind;
import org.potctl.state.host.Host;
import org.potctl.state.model.HostState;
import org.potctl.state.pot.PotArguments;
import org.potctl.state.zfs.ZfsCommands;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code potctl restore ADDRESS [--apply ID]}: renames the newest trash entry of a pot or fscomp
 * (or the one of apply ID) back to its dataset name; {@code potctl restore --list [ADDRESS]} shows
 * the trash. Exit 0 restored or listed, 1 nothing in the trash matches, 3 the name is taken again
 * or the lock is held, 64 usage error.
 */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = "Restore a deleted pot or fscomp from potctl's trash, or list the trash.")
final class RestoreCommand implements Callable<Integer> {

  @ParentCommand Main parent;

  @Spec CommandSpec spec;

  @Mixin LockOption lock;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "ADDRESS",
      description = "pot.NAME or fscomp.NAME (with --list: only its entries).")
  String target;

  @Option(names = "--apply", paramLabel = "ID", description = "Restore the entry of this apply.")
  String applyId;

  @Option(names = "--list", description = "List what is in the trash; change nothing.")
  boolean list;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format of --list: text (default) or json.")
  ApplyCommand.Format output;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<ResourceAddress> address =
        Optional.ofNullable(target)
            .map(
                t ->
                    HostSession.address(
                        spec.commandLine(), t, Set.of(ResourceKind.POT, ResourceKind.FSCOMP)));
    if (address.isEmpty() && !list) {
      throw new ParameterException(spec.commandLine(), "Missing ADDRESS (or --list)");
    }
    if (applyId != null) {
      try {
        PotArguments.id("apply id", applyId);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    if (list) {
      try (Host host = HostSession.connect(spec.commandLine(), parent.global)) {
        HostState state = HostSession.observe(host);
        List<TrashEntry> entries =
            address.map(a -> TrashEntry.of(state, a)).orElseGet(() -> TrashEntry.list(state));
        out.print(
            output == ApplyCommand.Format.JSON
                ? TrashListing.json(entries)
                : TrashListing.text(entries, "The trash is empty."));
        out.flush();
        return ExitCode.OK.code();
      }
    }
    return HostSession.refusing(
        err,
        () -> {
          try (HostSession session =
              HostSession.open(
                  spec.commandLine(),
                  parent.global,
                  lock.timeout(spec.commandLine()),
                  "potctl restore " + target)) {
            HostState host = session.observe();
            return restore(
                session, host, address.get(), TrashEntry.of(host, address.get()), out, err);
          }
        });
  }

  private int restore(
      HostSession session,
      HostState host,
      ResourceAddress address,
      List<TrashEntry> entries,
      PrintWriter out,
      PrintWriter err) {
    String dataset = Verdict.dataset(host, address);
    if (host.datasets().containsKey(dataset)) {
      throw new ApplyRefused(
          address
              + " exists on the host ("
              + dataset
              + "); restore never overwrites it: rename or delete it first");
    }
    Optional<TrashEntry> pick =
        entries.stream().filter(e -> applyId == null || e.applyId().equals(applyId)).findFirst();
    if (pick.isEmpty()) {
      err.println(
          "potctl: error: no trash entry for "
              + address
              + (applyId == null ? "" : " from apply " + applyId)
              + (entries.isEmpty()
                  ? "; the trash holds nothing for it (see potctl restore --list)"
                  : "; the trash holds:"));
      if (!entries.isEmpty()) {
        err.print(TrashListing.text(entries, ""));
      }
      err.flush();
      return ExitCode.ERROR.code();
    }
    TrashEntry entry = pick.get();
    out.println(
        "Restoring " + address + " from apply " + entry.applyId() + " (" + entry.dataset() + "):");
    ZfsCommands.restoreFromTrash(host.config().zfsRoot(), entry.dataset(), dataset)
        .forEach(session::run);
    out.println("Restored " + address + " as " + dataset + ".");
    Optional.ofNullable(host.datasets().get(entry.dataset()))
        .flatMap(d -> d.owner())
        .ifPresent(
            owner ->
                out.println(
                    "It still carries potctl:owner="
                        + owner
                        + ": declare "
                        + address
                        + " in that spec again (or 'potctl forget' it), or its next apply moves"
                        + " it back to the trash."));
    out.flush();
    return ExitCode.OK.code();
  }
}
