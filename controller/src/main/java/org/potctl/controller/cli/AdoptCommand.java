package org.potctl.controller.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.potctl.controller.ApplyRequest;
import org.potctl.controller.EngineRequest;
import org.potctl.controller.HostChange;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.address.ResourceKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code potctl adopt [DIR] ADDRESS...}: puts existing, unowned objects that match the spec in DIR
 * under its management: {@code potctl:owner}, {@code potctl:apply} (and {@code potctl:protect}) on
 * a pot's or fscomp's dataset; an inventory record for a bridge or flavour. All or nothing: if any
 * address is refused, nothing is stamped. A plan of its own through {@link
 * org.potctl.controller.Engine#change}: shown, confirmed ({@code --yes} off a terminal),
 * journalled, {@code --dry-run}, {@code -o json}. Exit 0 adopted (or already this spec's), 1
 * invalid spec or a failed step, 3 refused (absent, another spec's, not matching, lock held, not
 * confirmed), 64 usage error.
 */
@Command(
    name = "adopt",
    mixinStandardHelpOptions = true,
    description = "Stamp existing objects that match the spec so that it manages them.")
final class AdoptCommand implements Callable<Integer> {

  @ParentCommand Main parent;

  @Spec CommandSpec spec;

  @Mixin LockOption lock;

  @Parameters(
      arity = "1..*",
      paramLabel = "[DIR] ADDRESS",
      description =
          "The spec directory (default: the working directory), then pot.NAME, fscomp.NAME,"
              + " bridge.NAME or flavour.NAME.")
  List<String> words;

  @Mixin HostChangeOptions options;

  @Override
  public Integer call() {
    List<String> targets = new ArrayList<>(words);
    Path dir = SpecDirs.leading(targets);
    if (targets.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Missing ADDRESS");
    }
    Set<ResourceAddress> addresses = new LinkedHashSet<>();
    Set<ResourceKind> kinds =
        Set.of(ResourceKind.POT, ResourceKind.FSCOMP, ResourceKind.BRIDGE, ResourceKind.FLAVOUR);
    targets.forEach(t -> addresses.add(HostSession.address(spec.commandLine(), t, kinds)));
    EngineRequest request =
        PlanningArgs.options(spec.commandLine(), parent.global, dir)
            .withOrigin(Optional.empty(), true); // adopt takes the spec id over deliberately
    String command = "potctl adopt " + dir + " " + String.join(" ", targets);
    return new HostChanges(spec.commandLine(), options, "adopt")
        .run(
            new HostChange.Adopt(request, List.copyOf(addresses)),
            ApplyRequest.of(command)
                .withLockWait(lock.timeout(spec.commandLine()))
                .withJournalsKept(parent.global.journalsKept()));
  }
}
