package org.potctl.controller.kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.model.PotSpec;
import org.potctl.schema.model.PotType;
import org.potctl.state.pot.PotLayout;

/**
 * The plan-time check that a pot's mounts (its flavours' {@code mount-in} lines, which {@code pot
 * create} runs first, then its {@code mounts}) use each mount point once, compared as pot records
 * it: the realpath inside the pot ({@link PotLayout#realPath}), so {@code /home/x} and {@code
 * /usr/home/x} of a single pot, or {@code /var/db} and {@code /opt/custom/var/db} of a multi pot,
 * are one mount point. pot's {@code _is_mountpoint_used} (mount-in.sh:26-45) compares the path as
 * written with the realpaths recorded, so it refuses the second one in one order (the apply fails
 * half-way, after the pot's create) and mounts both in the other. Validation compares the paths as
 * written; this check the rest, located at the second mount's {@code at}, or at the pot's {@code
 * flavours} for a flavour's line.
 */
final class MountTargets {

  private MountTargets() {}

  static List<Diagnostic> check(PlanContext ctx, PotSpec spec) {
    boolean multi = spec.type() == PotType.MULTI;
    Map<String, String> used = new HashMap<>();
    List<Diagnostic> errors = new ArrayList<>();
    String base = spec.address().specPath();
    for (FlavourMounts.Entry e :
        FlavourMounts.entries(ctx.spec(), spec, ctx.host().config(), ctx.host().flavours())) {
      String real = PotLayout.realPath(multi, e.at());
      String what = "flavour " + e.flavour() + "'s mount-in -m " + shown(e.at(), real);
      String first = used.putIfAbsent(real, what);
      if (first != null) {
        errors.add(ctx.errorAt(spec.address(), base + ".flavours", clash(what, first)));
      }
    }
    for (int i = 0; i < spec.mounts().size(); i++) {
      String at = spec.mounts().get(i).at();
      String real = PotLayout.realPath(multi, at);
      String first = used.putIfAbsent(real, "mounts[" + i + "] at " + shown(at, real));
      if (first != null) {
        String path = base + ".mounts[" + i + "].at";
        errors.add(
            ctx.errorAt(spec.address(), path, clash("mount point " + shown(at, real), first)));
      }
    }
    return errors;
  }

  private static String shown(String at, String real) {
    return at.equals(real) ? at : at + " (" + real + " inside the pot)";
  }

  private static String clash(String what, String first) {
    return what
        + " is already the mount point of "
        + first
        + ": pot mount-in would refuse the second mount half-way through the apply, or mount"
        + " both there";
  }
}
