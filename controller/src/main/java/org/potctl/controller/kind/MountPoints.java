package org.potctl.controller.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.model.MountSpec;
import org.potctl.schema.model.PotSpec;
import org.potctl.schema.model.PotType;
import org.potctl.state.model.Pot;
import org.potctl.state.pot.PotLayout;

/**
 * The plan-time check of a multi pot's mount points: {@code pot mount-in} makes a missing mount
 * point with {@code mkdir -p}, which fails in the base a multi pot mounts read-only (mount-in.sh:
 * 66-72, {@link PotLayout#unmountable}), also one its flavours make ({@link FlavourMounts}). A
 * mount the pot already has is not judged again. The level is the observed pot's, else its
 * template's, else 1 (what {@code pot create -t multi} makes). The error is located at the mount's
 * {@code at} node.
 */
final class MountPoints {

  private MountPoints() {}

  static List<Diagnostic> check(PlanContext ctx, PotSpec spec) {
    if (spec.type() != PotType.MULTI) {
      return List.of();
    }
    Optional<Pot> pot = multi(ctx, spec.name());
    SortedSet<String> have =
        pot.map(p -> PotValues.mounts(p, ctx.host().config())).orElseGet(TreeSet::new);
    int level =
        pot.or(() -> spec.options().clonedFrom().flatMap(t -> multi(ctx, t)))
            .map(Pot::level)
            .orElse(1);
    List<Diagnostic> errors = new ArrayList<>();
    for (int i = 0; i < spec.mounts().size(); i++) {
      MountSpec m = spec.mounts().get(i);
      if (!have.contains(PotValues.mount(spec, m))) {
        String path = spec.address().specPath() + ".mounts[" + i + "].at";
        PotLayout.unmountable(true, level, m.at())
            .ifPresent(why -> errors.add(ctx.errorAt(spec.address(), path, "mount point " + why)));
      }
    }
    // a flavour's mount-in fails the same way, and pot's undo then leaves the pot (create.sh:47-60)
    for (FlavourMounts.Entry e :
        FlavourMounts.entries(ctx.spec(), spec, ctx.host().config(), ctx.host().flavours())) {
      if (!have.contains(e.comparable())) {
        String path = spec.address().specPath() + ".flavours";
        PotLayout.unmountable(true, level, e.at())
            .ifPresent(
                why ->
                    errors.add(
                        ctx.errorAt(
                            spec.address(),
                            path,
                            "flavour " + e.flavour() + ": mount-in -m " + why)));
      }
    }
    return errors;
  }

  private static Optional<Pot> multi(PlanContext ctx, String name) {
    return Optional.ofNullable(ctx.host().pots().get(name))
        .filter(p -> p.type() == org.potctl.state.model.PotType.MULTI);
  }
}
