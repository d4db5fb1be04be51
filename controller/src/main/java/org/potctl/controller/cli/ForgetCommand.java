package org.potctl.controller.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.potctl.controller.ownership.Verdict;
import org.potctl.controller.plan.InventoryAddresses;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.address.ResourceKind;
import org.potctl.state.exec.Command;
import org.potctl.state.model.Dataset;
import org.potctl.state.model.HostState;
import org.potctl.state.statedir.Inventory;
import org.potctl.state.statedir.InventorySnapshot;
import org.potctl.state.zfs.ZfsCommands;
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
 * flavour. All or nothing. Exit 0 forgotten (or nothing to forget), 3 another spec's or lock held,
 * 64 usage error.
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

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
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
    return HostSession.refusing(
        spec.commandLine().getErr(),
        () -> {
          try (HostSession session =
              HostSession.open(
                  spec.commandLine(), parent.global, lock.timeout(spec.commandLine()), command)) {
            return forget(session, specId, addresses, out);
          }
        });
  }

  /** The spec id (--spec-id, else DIR's name); takes DIR, if given, off the front of rest. */
  private String specId(List<String> rest) {
    Path dir = SpecDirs.leading(rest);
    return PlanningArgs.options(spec.commandLine(), parent.global, dir).resolvedSpecId();
  }

  private int forget(
      HostSession session, String specId, Set<ResourceAddress> addresses, PrintWriter out) {
    HostState host = session.observe();
    Inventory inventory = new Inventory(session.host().state());
    InventorySnapshot recorded = inventory.snapshot();
    List<String> refusals = new ArrayList<>();
    for (ResourceAddress a : addresses) {
      owner(host, recorded, a)
          .filter(o -> !o.equals(specId))
          .ifPresent(
              o ->
                  refusals.add(
                      a + " belongs to spec '" + o + "', not '" + specId + "'; left alone"));
    }
    if (!refusals.isEmpty()) {
      throw new ApplyRefused(refusals);
    }
    for (ResourceAddress a : addresses) {
      if (owner(host, recorded, a).isEmpty()) {
        out.println(
            a
                + ": "
                + (exists(host, a) ? "not managed by any spec" : "not on the host")
                + "; nothing to forget");
      } else if (Verdict.isDataset(a)) {
        out.println("Forgetting " + a + " (spec '" + specId + "'); nothing is deleted:");
        unstamp(host.datasets().get(Verdict.dataset(host, a))).forEach(session::run);
      } else {
        out.println("Forgetting " + a + " (spec '" + specId + "'); nothing is deleted:");
        inventory.remove(specId, InventoryAddresses.kind(a), a.name());
        out.println("  removed from " + inventory.file());
      }
    }
    out.flush();
    return ExitCode.OK.code();
  }

  private static Optional<String> owner(
      HostState host, InventorySnapshot recorded, ResourceAddress a) {
    if (!Verdict.isDataset(a)) {
      return recorded.owner(InventoryAddresses.kind(a), a.name());
    }
    return Optional.ofNullable(host.datasets().get(Verdict.dataset(host, a)))
        .flatMap(Dataset::owner);
  }

  private static boolean exists(HostState host, ResourceAddress a) {
    return switch (a.kind()) {
      case BRIDGE -> host.bridges().containsKey(a.name());
      case FLAVOUR -> host.flavours().containsKey(a.name());
      default -> host.datasets().containsKey(Verdict.dataset(host, a));
    };
  }

  private static List<Command> unstamp(Dataset d) {
    List<Command> commands = new ArrayList<>();
    commands.add(ZfsCommands.removeOwner(d.name()));
    if (d.applyId().isPresent()) {
      commands.add(ZfsCommands.inheritProperty(d.name(), ZfsCommands.APPLY));
    }
    if (d.property(ZfsCommands.PROTECT).isPresent()) {
      commands.add(ZfsCommands.removeProtect(d.name()));
    }
    return commands;
  }
}
