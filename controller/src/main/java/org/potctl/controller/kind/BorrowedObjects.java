package org.potctl.controller.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.potctl.controller.plan.ImageConfinement;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.model.PotSpec;
import org.potctl.state.model.Dataset;
import org.potctl.state.statedir.Inventory;

/**
 * What a spec's pot would take from another spec on the host: a clone source (a {@code template},
 * or the {@code <name>_<tag>} pot of an {@code image} that spec imported: {@code pot clone -F}
 * would snapshot that spec's pot and copy its data, and its image may come from another URL), or a
 * flavour recorded for another spec id (its lines were checked against that spec: its fscomps, the
 * operator's flags when it was applied). Each is a plan error at the pot naming that spec. A clone
 * source potctl does not manage (made by hand) is the host's data: cloned only when the operator
 * allows it ({@code --allow-template}, {@link org.potctl.controller.plan.Allowances}); a host
 * flavour made by hand is the operator's configuration and may be named.
 */
final class BorrowedObjects {

  private BorrowedObjects() {}

  /** The errors of {@code pot}, a pot of the spec {@code ctx} plans. */
  static List<Diagnostic> of(PlanContext ctx, PotSpec pot) {
    List<Diagnostic> found = new ArrayList<>();
    cloneSource(ctx, pot).ifPresent(found::add);
    presentImage(ctx, pot).ifPresent(found::add);
    for (String f : pot.flavours()) {
      if (!ctx.spec().flavours().containsKey(f)) {
        ctx.inventory()
            .owner(Inventory.Kind.FLAVOUR, f)
            .filter(o -> !o.equals(ctx.specId()))
            .ifPresent(
                o ->
                    found.add(
                        OtherSpecs.at(
                            ctx,
                            pot,
                            "flavours",
                            "flavour "
                                + f
                                + " belongs to "
                                + OtherSpecs.describe(ctx, o)
                                + "; a pot names only its spec's flavours or flavours potctl"
                                + " does not manage")));
      }
    }
    return found;
  }

  /**
   * An image pot already on the host (imported by an earlier apply, maybe under options this run
   * does not give, or before {@link ImageConfinement} existed) that this pot is to be cloned from
   * (it is not on the host, or was cloned from something else) is held to the rule its import step
   * is held to, at plan time: what it carries, {@code pot clone} copies into this pot.
   */
  private static Optional<Diagnostic> presentImage(PlanContext ctx, PotSpec pot) {
    return pot.options()
        .image()
        .filter(
            i ->
                !ctx.host().pots().containsKey(pot.name())
                    || !CloneSource.observed(ctx.host(), pot.name())
                        .orElse("")
                        .equals(i.localName()))
        .flatMap(i -> Optional.ofNullable(ctx.host().pots().get(i.localName())))
        .map(image -> ImageConfinement.problems(PotCreateSteps.confined(ctx, image.name()), image))
        .filter(problems -> !problems.isEmpty())
        .map(
            problems ->
                OtherSpecs.at(
                    ctx,
                    pot,
                    "image.name",
                    "the image pot "
                        + pot.options().image().orElseThrow().localName()
                        + " on the host is not cloned: "
                        + String.join("; ", problems)));
  }

  private static Optional<Diagnostic> cloneSource(PlanContext ctx, PotSpec pot) {
    Optional<String> from = pot.options().clonedFrom();
    if (from.isEmpty() || ctx.spec().pots().containsKey(from.get())) {
      return Optional.empty();
    }
    String source = from.get();
    Dataset ds = ctx.host().datasets().get(ctx.host().config().potDataset(source));
    boolean image = pot.options().image().isPresent();
    if (ds == null) {
      // an image's pot is made by the plan's own pot import; a template must exist already
      return image
          ? Optional.empty()
          : Optional.of(
              OtherSpecs.at(
                  ctx,
                  pot,
                  "template",
                  "pot "
                      + source
                      + " is neither a pot of this spec nor on the host; pot clone -P needs an"
                      + " existing pot to copy"));
    }
    String field = image ? "image.name" : "template";
    Optional<String> owner = ds.owner();
    if (owner.isEmpty()) {
      return ctx.allowances().template(source)
          ? Optional.empty()
          : Optional.of(
              OtherSpecs.at(
                  ctx,
                  pot,
                  field,
                  "pot "
                      + source
                      + " is not managed by potctl, and pot clone would copy its file system"
                      + " into this pot; a spec clones only its own pots, or those the operator"
                      + " allows every spec to read: --allow-template "
                      + source
                      + " (or allow-template = "
                      + source
                      + " in potctl.conf)"));
    }
    return owner
        .filter(o -> !o.equals(ctx.specId()))
        .map(
            o ->
                OtherSpecs.at(
                    ctx,
                    pot,
                    field,
                    "pot "
                        + source
                        + " belongs to "
                        + OtherSpecs.describe(ctx, o)
                        + "; a spec clones only its own pots or pots the operator allows"
                        + " (--allow-template)"));
  }
}
