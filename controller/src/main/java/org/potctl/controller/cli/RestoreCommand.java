package org.potctl.controller.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.potctl.controller.ApplyRequest;
import org.potctl.controller.HostChange;
import org.potctl.controller.render.TrashJson;
import org.potctl.controller.trash.ApplyTimes;
import org.potctl.controller.trash.TrashEntry;
import org.potctl.controller.trash.TrashListing;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.address.ResourceKind;
import org.potctl.state.host.Host;
import org.potctl.state.model.HostState;
import org.potctl.state.pot.PotArguments;
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
 * the trash. A restore is a plan of its own through {@link org.potctl.controller.Engine#change}
 * (shown, confirmed, journalled, {@code --dry-run}, {@code -o json}). Exit 0 restored or listed, 1
 * nothing in the trash matches or a failed step, 3 the name is taken again, the lock is held or not
 * confirmed, 64 usage error.
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

  @Mixin HostChangeOptions options;

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
        ApplyTimes times = ApplyTimes.of(host.state());
        List<TrashEntry> entries =
            address
                .map(a -> TrashEntry.of(state, a, times))
                .orElseGet(() -> TrashEntry.list(state, times));
        out.print(
            options.json()
                ? TrashJson.write(entries)
                : TrashListing.text(entries, "The trash is empty."));
        out.flush();
        return ExitCode.OK.code();
      }
    }
    String command = "potctl restore " + target + (applyId == null ? "" : " --apply " + applyId);
    return new HostChanges(spec.commandLine(), options, "restore")
        .run(
            new HostChange.Restore(
                Optional.ofNullable(parent.global.host()),
                address.get(),
                Optional.ofNullable(applyId)),
            ApplyRequest.of(command)
                .withLockWait(lock.timeout(spec.commandLine()))
                .withJournalsKept(parent.global.journalsKept()));
  }
}
