package org.potctl.controller.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.Change;
import org.potctl.controller.plan.ChangeReason;
import org.potctl.controller.plan.FieldChange;
import org.potctl.controller.plan.Risk;
import org.potctl.controller.plan.StepKind;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.model.FlavourScript;
import org.potctl.schema.model.FlavourSpec;
import org.potctl.state.exec.Command;
import org.potctl.state.model.Fingerprints;
import org.potctl.state.model.Flavour;
import org.potctl.state.pot.PotArguments;

/**
 * Spec flavours are files in pot's flavour directory, written with {@code tee FILE} and the content
 * on standard input: {@code <name>} (the command lines) and {@code <name>.sh} (the script). A
 * changed flavour is rewritten the same way; it only affects pots created later. Only flavours the
 * inventory records for this spec are rewritten or, once gone from the spec, removed.
 */
final class FlavourHandler implements Handler {

  @Override
  public ResourcePlan plan(PlanContext ctx, ResourceAddress address) {
    Optional<Flavour> host = Optional.ofNullable(ctx.host().flavours().get(address.name()));
    Observed observed = new Observed().put(address.toString(), host.map(Flavour::fingerprint));
    FlavourSpec spec = ctx.spec().flavours().get(address.name());
    Optional<String> problem = Recorded.problem(ctx, address, host.isPresent());
    if (problem.isPresent()) {
      return ResourcePlan.noop(address, List.of(ctx.error(address, problem.get())), observed);
    }
    if (spec == null) {
      return host.isPresent()
          ? delete(ctx, address, observed)
          : ResourcePlan.noop(address, List.of(), observed);
    }
    String dir = ctx.flavourDir();
    String name = PotArguments.name("flavour", spec.name());
    List<StepDraft> steps = new ArrayList<>();
    List<FieldChange> fields = new ArrayList<>();
    String commands = commandFile(spec);
    Optional<String> hostCommands = host.flatMap(Flavour::commands);
    if (!spec.commands().isEmpty() && !hostCommands.equals(Optional.of(commands))) {
      steps.add(
          StepDraft.withStdin(StepKind.WRITE_FLAVOUR, List.of("tee", dir + "/" + name), commands));
      fields.add(
          new FieldChange(
              "commands",
              hostCommands.map(c -> Json.list(c.lines().toList())).orElse(null),
              Json.list(spec.commands())));
    }
    Optional<String> hostScript = host.flatMap(Flavour::scriptDigest);
    if (spec.script().isPresent()) {
      FlavourScript script = spec.script().get();
      String digest = Fingerprints.sha256(script.content());
      if (!hostScript.equals(Optional.of(digest))) {
        steps.add(
            StepDraft.withStdin(
                StepKind.WRITE_FLAVOUR,
                List.of("tee", dir + "/" + name + ".sh"),
                script.content()));
        fields.add(
            new FieldChange("script", Json.text(hostScript.orElse(null)), Json.text(digest)));
      }
    }
    if (steps.isEmpty()) {
      return ResourcePlan.noop(address, List.of(), observed);
    }
    Change change =
        new Change(
            address,
            host.isPresent() ? Action.UPDATE : Action.CREATE,
            Risk.NONE,
            List.of(
                host.isPresent()
                    ? ChangeReason.CONTENT_DIFFERS.because(
                        "content differs from the spec; only pots created later see it")
                    : ChangeReason.NOT_ON_HOST.because("not in pot's flavour directory " + dir)),
            FscompHandler.sorted(fields));
    return new ResourcePlan(change, steps, List.of(), observed.map());
  }

  /** Removes both files of a flavour this spec wrote and no longer declares ({@code rm -f}). */
  private static ResourcePlan delete(PlanContext ctx, ResourceAddress address, Observed observed) {
    String file = ctx.flavourDir() + "/" + PotArguments.name("flavour", address.name());
    Change change =
        new Change(
            address,
            Action.DELETE,
            Risk.NONE,
            List.of(
                ChangeReason.GONE_FROM_SPEC.because("written by this spec and no longer declared")),
            List.of(new FieldChange("flavour", Json.text(address.name()), null)));
    return new ResourcePlan(
        change,
        List.of(
            StepDraft.of(StepKind.REMOVE_FLAVOUR, Command.of("rm", "-f", file)),
            StepDraft.of(StepKind.REMOVE_FLAVOUR, Command.of("rm", "-f", file + ".sh"))),
        List.of(),
        observed.map());
  }

  /** The command file: one line per command, each ending in a newline. */
  static String commandFile(FlavourSpec spec) {
    StringBuilder b = new StringBuilder();
    spec.commands().forEach(c -> b.append(c).append('\n'));
    return b.toString();
  }
}
