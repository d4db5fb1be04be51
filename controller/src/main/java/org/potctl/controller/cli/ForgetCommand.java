package org.potctl.controller.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.potctl.controller.ApplyRequest;
import org.potctl.controller.HostChange;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.address.ResourceKind;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code potctl forget [DIR] ADDRESS...}: the spec (id: {@code --spec-id}, else DIR's name) lets go
 * of objects without deleting anything: {@code zfs inherit} of {@code potctl:owner}, {@code
 * potctl:apply} and {@code potctl:protect} on a dataset; the inventory record of a bridge or
 * flavour. All or nothing; a plan of its own through {@link org.potctl.controller.Engine#change}
 * (shown, confirmed, journalled, {@code --dry-run}, {@code -o json}). Exit 0 forgotten (or nothing
 * to forget), 1 a failed step, 3 another spec's, lock held or not confirmed, 64 usage error.
 */
@picocli.CommandLine.Command(
    name = "forget",
    mixinStandardHelpOptions = true,
    description = "Remove a spec's ownership stamp from objects; deletes nothing.")
final class ForgetCommand implements Callable<Integer> {

  @ParentCommand Main parent;

  @Spec CommandSpec spec;

  @Mixin LockOption lock;

  @Parameters(
      arity = "1..*",
      paramLabel = "[DIR] ADDRESS",
      description =
          "The spec directory (default: the working directory; its name is the spec id unless"
              + " --spec-id), then pot.NAME, fscomp.NAME, bridge.NAME or flavour.NAME.")
  List<String> words;

  @Mixin HostChangeOptions options;

  @Override
  public Integer call() {
    List<String> rest = new ArrayList<>(words);
    String specId = specId(rest);
    if (rest.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Missing ADDRESS");
    }
    Set<ResourceKind> kinds =
        Set.of(ResourceKind.POT, ResourceKind.FSCOMP, ResourceKind.BRIDGE, ResourceKind.FLAVOUR);
    Set<ResourceAddress> addresses = new LinkedHashSet<>();
    rest.forEach(t -> addresses.add(HostSession.address(spec.commandLine(), t, kinds)));
    String command = "potctl forget --spec-id " + specId + " " + String.join(" ", rest);
    return new HostChanges(spec.commandLine(), options, "forget")
        .run(
            new HostChange.Forget(
                Optional.ofNullable(parent.global.host()), specId, List.copyOf(addresses)),
            ApplyRequest.of(command)
                .withLockWait(lock.timeout(spec.commandLine()))
                .withJournalsKept(parent.global.journalsKept()));
  }

  /** The spec id (--spec-id, else DIR's name); takes DIR, if given, off the front of rest. */
  private String specId(List<String> rest) {
    Path dir = SpecDirs.leading(rest);
    return PlanningArgs.options(spec.commandLine(), parent.global, dir).resolvedSpecId();
  }
}
