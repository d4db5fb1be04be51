package org.potctl.controller;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.potctl.controller.export.ImageTag;
import org.potctl.controller.kind.BuildSteps;
import org.potctl.controller.kind.Handler;
import org.potctl.controller.kind.PlanContext;
import org.potctl.controller.kind.ResourcePlan;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.ChangeReason;
import org.potctl.controller.plan.HostPlan;
import org.potctl.controller.plan.Risk;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Severity;
import org.potctl.schema.model.PotSpec;
import org.potctl.schema.model.PotType;
import org.potctl.schema.model.Spec;
import org.potctl.state.host.Host;
import org.potctl.state.model.HostState;
import org.potctl.state.observe.HostObserver;
import org.potctl.state.statedir.Inventory;
import org.potctl.state.statedir.InventorySnapshot;

/**
 * The plan of {@code image build}: the spec flavours the pot names written to pot's flavour
 * directory as an apply writes them (and recorded for the spec), then {@link BuildSteps} — one
 * sequence, each step after the one before. A pot that cannot be exported (a clone, a multi pot, no
 * such pot, a flavour neither in the spec nor on the host) fails before any step; a pot of that
 * name on the host, or a spec flavour of that name another spec owns, is refused.
 */
final class ImageBuildDraft {

  private ImageBuildDraft() {}

  static Drafted draft(
      Host host,
      HostState state,
      InventorySnapshot inventory,
      HostChange.ImageBuild build,
      Pipeline.Loaded loaded,
      String id) {
    Spec spec = loaded.spec().orElseThrow();
    PotSpec pot = spec.pots().get(build.pot());
    Optional<String> problem = problem(spec, pot, build.pot());
    if (problem.isPresent()) {
      return new Drafted.Stop(new ChangeOutcome.Failed(List.of(problem.get())));
    }
    if (state.pots().containsKey(pot.name())) {
      return refused(
          "pot "
              + pot.name()
              + " exists on the host; image build creates (and destroys) a pot of that name,"
              + " so build on a host without it");
    }
    String specId = build.spec().resolvedSpecId();
    String specDir = Pipeline.location(build.spec().dir());
    String flavourDir =
        HostObserver.flavourDirectory(host.files(), state.config().fsRoot(), Optional.empty());
    PlanContext ctx = new PlanContext(spec, specDir, state, specId, id, flavourDir, inventory);
    HostPlanBuilder b = new HostPlanBuilder("image build", host, state).sequential();
    List<String> missing = new ArrayList<>();
    for (String f : pot.flavours()) {
      if (!spec.flavours().containsKey(f)) {
        if (!state.flavours().containsKey(f)) {
          missing.add(f);
        }
        continue;
      }
      ResourceAddress address = ResourceAddress.flavour(f);
      ResourcePlan written = Handler.forKind(address.kind()).plan(ctx, address);
      List<String> errors =
          written.diagnostics().stream()
              .filter(d -> d.severity() == Severity.ERROR)
              .map(Diagnostic::message)
              .toList();
      if (!errors.isEmpty()) {
        return refused(address + ": " + String.join("; ", errors));
      }
      if (!written.steps().isEmpty()) {
        b.change(written.change(), written.steps());
        if (written.change().action() == Action.CREATE) {
          b.inventory(new HostPlan.InventoryEdit(true, specId, Inventory.Kind.FLAVOUR, f));
        }
      }
    }
    if (!missing.isEmpty()) {
      return new Drafted.Stop(
          new ChangeOutcome.Failed(
              List.of(
                  "flavours "
                      + String.join(", ", missing)
                      + " are neither spec flavours nor installed on the host")));
    }
    String tag = build.tag().orElseGet(() -> ImageTag.of(spec, pot));
    String file = build.out() + "/" + pot.name() + "_" + tag + ".xz";
    b.change(
        ResourceAddress.pot(pot.name()),
        Action.CREATE,
        Risk.NONE,
        ChangeReason.IMAGE_BUILT.because(
            "image "
                + file
                + " (.meta, .skein"
                + (build.signKey().isPresent() ? ", .skein.sig" : "")
                + "): pot's build sequence; the build pot is destroyed again"),
        List.of(HostPlanBuilder.field("image", null, file)),
        BuildSteps.of(pot, tag, build.out(), build.signKey(), flavourDir));
    b.note("image: " + file);
    b.note(
        "use it: image: {url: \"file://"
            + build.out()
            + "\", name: "
            + pot.name()
            + ", tag: \""
            + tag
            + "\"}");
    return new Drafted.Ready(b.build(specDir, specId, "", id));
  }

  private static Drafted refused(String reason) {
    return new Drafted.Stop(new ChangeOutcome.Refused(List.of(reason), Optional.empty()));
  }

  private static Optional<String> problem(Spec s, PotSpec p, String name) {
    if (p == null) {
      return Optional.of(
          "the spec has no pot " + name + " (pots: " + String.join(", ", s.pots().keySet()) + ")");
    }
    if (p.isClone()) {
      return Optional.of(
          "pot "
              + name
              + " is cloned from an image or a template; image build makes images of"
              + " pots created from a base");
    }
    if (p.type() != PotType.SINGLE) {
      return Optional.of("pot " + name + " is a multi pot; pot export takes only single pots");
    }
    return Optional.empty();
  }
}
