package org.potctl.controller.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.potctl.controller.Engine;
import org.potctl.controller.EngineRequest;
import org.potctl.controller.PlanResult;
import org.potctl.controller.ownership.AdoptCheck;
import org.potctl.controller.ownership.Verdict;
import org.potctl.controller.plan.InventoryAddresses;
import org.potctl.controller.plan.PlanRequest;
import org.potctl.controller.render.DiagnosticsRenderer;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.address.ResourceKind;
import org.potctl.state.HostObserver;
import org.potctl.state.model.HostState;
import org.potctl.state.statedir.Inventory;
import org.potctl.state.zfs.ZfsCommands;
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
 * address is refused, nothing is stamped. Exit 0 adopted (or already this spec's), 1 invalid spec,
 * 3 refused (absent, another spec's, not matching, lock held), 64 usage error.
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

  private Path dir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> targets = new ArrayList<>(words);
    dir = SpecDirs.leading(targets);
    if (targets.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Missing ADDRESS");
    }
    Set<ResourceAddress> addresses = new LinkedHashSet<>();
    Set<ResourceKind> kinds =
        Set.of(ResourceKind.POT, ResourceKind.FSCOMP, ResourceKind.BRIDGE, ResourceKind.FLAVOUR);
    targets.forEach(t -> addresses.add(HostSession.address(spec.commandLine(), t, kinds)));
    EngineRequest options = PlanningArgs.options(spec.commandLine(), parent.global, dir);
    String command = "potctl adopt " + dir + " " + String.join(" ", targets);
    return HostSession.refusing(
        err,
        () -> {
          try (HostSession session =
              HostSession.open(
                  spec.commandLine(), parent.global, lock.timeout(spec.commandLine()), command)) {
            PlanResult result = Engine.create().planOn(session.host(), options);
            if (!(result instanceof PlanResult.Planned planned)) {
              DiagnosticsRenderer.text().render(result.specDiagnostics(), err);
              return ExitCode.ERROR.code();
            }
            if (!planned.specDiagnostics().isEmpty()) {
              DiagnosticsRenderer.text().render(planned.specDiagnostics(), err);
            }
            return adopt(session, planned, List.copyOf(addresses), out);
          }
        });
  }

  private int adopt(
      HostSession session,
      PlanResult.Planned planned,
      List<ResourceAddress> addresses,
      PrintWriter out) {
    HostState host = planned.state();
    Inventory inventory = new Inventory(session.host().state());
    PlanRequest request =
        new PlanRequest(
                planned.spec(),
                dir.toString(),
                planned.specId(),
                host,
                session.host().driver(),
                HostObserver.flavourDirectory(
                    session.host().files(), host.config().fsRoot(), Optional.empty()),
                planned.plan().applyId())
            .withInventory(inventory.snapshot());
    List<Verdict> verdicts = AdoptCheck.check(request, addresses);
    List<String> refusals = new ArrayList<>();
    for (Verdict v : verdicts) {
      if (v.outcome() == Verdict.Outcome.REFUSED) {
        refusals.add(v.address() + " cannot be adopted:");
        v.lines().forEach(l -> refusals.add("  " + l));
      }
    }
    if (!refusals.isEmpty()) {
      throw new ApplyRefused(refusals);
    }
    for (Verdict v : verdicts) {
      if (v.outcome() == Verdict.Outcome.ALREADY_OWNED) {
        out.println(v.address() + ": already managed by spec '" + planned.specId() + "'");
        continue;
      }
      out.println("Adopting " + v.address() + " for spec '" + planned.specId() + "':");
      if (Verdict.isDataset(v.address())) {
        String dataset = Verdict.dataset(host, v.address());
        session.run(ZfsCommands.stampOwner(dataset, planned.specId()));
        session.run(ZfsCommands.stampApply(dataset, request.applyId()));
        if (v.protect()) {
          session.run(ZfsCommands.stampProtect(dataset));
        }
      } else {
        inventory.record(
            planned.specId(), InventoryAddresses.kind(v.address()), v.address().name());
        out.println("  recorded in " + inventory.file());
      }
      if (!v.lines().isEmpty()) {
        out.println("  the next apply will:");
        v.lines().forEach(l -> out.println("    " + l));
      }
    }
    out.flush();
    return ExitCode.OK.code();
  }
}
