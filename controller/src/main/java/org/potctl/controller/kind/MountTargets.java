package org.potctl.controller.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.potctl.schema.bind.StartWrites;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.model.PotSpec;
import org.potctl.schema.model.PotType;
import org.potctl.state.pot.PotLayout;

/**
 * The plan-time check of a pot's mount points (its flavours' {@code mount-in} lines, which {@code
 * pot create} runs first, then its {@code mounts}), compared as pot records them: the realpath
 * inside the pot ({@link PotLayout#realPath}), so {@code /home/x} and {@code /usr/home/x} of a
 * single pot, or {@code /var/db} and {@code /opt/custom/var/db} of a multi pot, are one mount
 * point. Validation compares the paths as written; this check the rest, located at the mount's
 * {@code at}, or at the pot's {@code flavours} for a flavour's line:
 *
 * <ul>
 *   <li>each mount point once: pot's {@code _is_mountpoint_used} (mount-in.sh:26-45) compares the
 *       path as written with the realpaths recorded, so it refuses the second one in one order (the
 *       apply fails half-way, after the pot's create) and mounts both in the other;
 *   <li>none at or above what pot start writes ({@link StartWrites}: {@code /opt/custom} of a multi
 *       pot holds its {@code /etc});
 *   <li>none under another: {@code _pot_mount} mounts them in order, so the inner mount point is
 *       reached through the outer mount's content, which the jail writes and no check of the
 *       stopped tree sees ({@code x -> /etc} in the fscomp at {@code /mnt} puts the fscomp of
 *       {@code /mnt/x/cron.d} over the host's {@code /etc/cron.d}).
 * </ul>
 */
final class MountTargets {

  private MountTargets() {}

  /**
   * One mount point: where it lies in the pot, how its own error names it, how another's names it,
   * where to locate its error.
   */
  private record Point(String real, String self, String what, String path) {}

  private record Found(String path, String message) {}

  static List<Diagnostic> check(PlanContext ctx, PotSpec spec) {
    boolean multi = spec.type() == PotType.MULTI;
    String base = spec.address().specPath();
    List<Point> points = new ArrayList<>();
    for (FlavourMounts.Entry e :
        FlavourMounts.entries(ctx.spec(), spec, ctx.host().config(), ctx.host().flavours())) {
      String real = PotLayout.realPath(multi, e.at());
      String what = "flavour " + e.flavour() + "'s mount-in -m " + shown(e.at(), real);
      points.add(new Point(real, what, what, base + ".flavours"));
    }
    for (int i = 0; i < spec.mounts().size(); i++) {
      String at = spec.mounts().get(i).at();
      String real = PotLayout.realPath(multi, at);
      points.add(
          new Point(
              real,
              "mount point " + shown(at, real),
              "mounts[" + i + "] at " + shown(at, real),
              base + ".mounts[" + i + "].at"));
    }
    List<Diagnostic> errors = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      problem(points, i, multi)
          .ifPresent(f -> errors.add(ctx.errorAt(spec.address(), f.path(), f.message())));
    }
    return errors;
  }

  /** The error of point {@code i}: on its own, or against the other points. */
  private static Optional<Found> problem(List<Point> points, int i, boolean multi) {
    Point p = points.get(i);
    Optional<String> written = StartWrites.problem(p.real(), x -> PotLayout.realPath(multi, x));
    if (written.isPresent()) {
      return Optional.of(new Found(p.path(), p.self() + " " + written.get()));
    }
    for (int j = 0; j < points.size(); j++) {
      Point q = points.get(j);
      if (j < i && q.real().equals(p.real())) {
        return Optional.of(new Found(p.path(), clash(p.self(), q.what())));
      }
      if (p.real().startsWith(q.real() + "/")) {
        return Optional.of(new Found(p.path(), nested(p.self(), q.what())));
      }
    }
    return Optional.empty();
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

  private static String nested(String what, String outer) {
    return what
        + " lies under the mount point of "
        + outer
        + ": pot start would reach it through the outer mount's content, where a link the jail"
        + " leaves leads it to the host; mount it beside, not inside, the other";
  }
}
