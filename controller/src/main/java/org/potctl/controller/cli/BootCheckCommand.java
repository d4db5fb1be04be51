package org.potctl.controller.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.potctl.controller.ApplyRequest;
import org.potctl.controller.HostChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code potctl boot-check [--dry-run] [--yes]}: before pot's rc scripts start the pots marked
 * {@code start-at-boot}/{@code early-start-at-boot} (the {@code potctl_boot} rc script runs it at
 * boot), checks each stopped one's tree and its dependencies' as potctl does before its own {@code
 * pot start}, and turns the start at boot off for each unsafe pot of a spec. A plan of its own
 * through {@link org.potctl.controller.Engine#change} (shown, journalled, {@code --dry-run}, {@code
 * -o json}). Exit 0 done or nothing unsafe, 1 a failed step, 3 not confirmed or the lock is held,
 * 64 usage error.
 */
@Command(
    name = "boot-check",
    mixinStandardHelpOptions = true,
    description =
        "Check the trees of the pots pot's rc scripts start at boot; turn the start at boot off"
            + " for each unsafe pot of a spec (pot set-attribute -V NO).")
final class BootCheckCommand implements Callable<Integer> {

  @ParentCommand Main parent;

  @Spec CommandSpec spec;

  @Mixin LockOption lock;

  @Mixin HostChangeOptions options;

  @Override
  public Integer call() {
    return new HostChanges(spec.commandLine(), options, "boot-check")
        .run(
            new HostChange.BootCheck(Optional.ofNullable(parent.global.host())),
            ApplyRequest.of("potctl boot-check")
                .withLockWait(lock.timeout(spec.commandLine()))
                .withJournalsKept(parent.global.journalsKept()));
  }
}
