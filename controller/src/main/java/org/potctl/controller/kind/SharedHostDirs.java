package org.potctl.controller.kind;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.model.FlavourSpec;
import org.potctl.schema.model.MountSource;
import org.potctl.schema.model.MountSpec;
import org.potctl.schema.model.PotSpec;
import org.potctl.schema.validate.FlavourLine;
import org.potctl.state.model.Mount;
import org.potctl.state.model.Pot;

/**
 * The nested-mount rule of validation ({@code NestedDirMounts}, within one spec) held against the
 * host directories the other pots on the host mount (other specs' pots, and pots potctl does not
 * manage, from their {@code fscomp.conf}). pot mounts a host directory with {@code mount_nullfs
 * SRC} at every start, following links in {@code SRC}, and a jail can replace any directory inside
 * its read-write mount with a link ({@code /srv/b -> /etc}). So a {@code dir} mount of this spec
 * strictly inside a directory another pot mounts read-write would reach what that pot's jail
 * chooses at its next start (two specs of one author: the host's {@code /etc}, read-write), and a
 * read-write {@code dir} mount of this spec strictly containing another pot's source would let this
 * spec's jail choose what that pot mounts. Each is a plan error at the {@code dir} node, naming the
 * other pot and its spec.
 */
final class SharedHostDirs {

  private SharedHostDirs() {}

  /** The errors of the spec's {@code dir} mounts against the other pots' on the host. */
  static List<Diagnostic> check(PlanContext ctx) {
    List<Diagnostic> found = new ArrayList<>();
    for (Pot other : ctx.host().pots().values()) {
      if (ctx.spec().pots().containsKey(other.name())) {
        continue; // the spec's own pot: validation judged the spec's mounts together
      }
      Optional<String> holder = OtherSpecs.holder(ctx, other.name());
      if (holder.isEmpty()) {
        continue; // a pot of this spec id that the spec no longer declares: it is removed
      }
      for (Mount theirs : other.mounts()) {
        if (theirs.isHostDirectory()) {
          against(
              ctx,
              other.name() + holder.get() + (holder.get().startsWith(",") ? "," : ""),
              theirs,
              found);
        }
      }
    }
    return found;
  }

  /** A host directory the spec mounts: where it is written, and whether read-write. */
  private record Mine(ResourceAddress owner, String path, Path dir, boolean readWrite) {}

  private static List<Mine> mine(PlanContext ctx) {
    List<Mine> out = new ArrayList<>();
    for (PotSpec pot : ctx.spec().pots().values()) {
      List<MountSpec> mounts = pot.mounts();
      for (int i = 0; i < mounts.size(); i++) {
        if (mounts.get(i).source() instanceof MountSource.HostDir dir) {
          String at = pot.address().specPath() + ".mounts[" + i + "].dir";
          out.add(new Mine(pot.address(), at, dir.path(), !mounts.get(i).readonly()));
        }
      }
    }
    for (FlavourSpec f : ctx.spec().flavours().values()) {
      for (int i = 0; i < f.commands().size(); i++) {
        Optional<FlavourLine> line = FlavourLine.of(f.commands().get(i));
        if (line.isPresent() && line.get().sub().equals("mount-in")) {
          String at = "flavours." + f.name() + ".commands[" + i + "]";
          boolean rw = line.get().get('r').isEmpty();
          line.get()
              .get('d')
              .filter(d -> d.startsWith("/"))
              .ifPresent(
                  d -> out.add(new Mine(ResourceAddress.flavour(f.name()), at, Path.of(d), rw)));
        }
      }
    }
    return out;
  }

  private static void against(
      PlanContext ctx, String otherPot, Mount theirs, List<Diagnostic> found) {
    Path their = Path.of(theirs.source()).normalize();
    for (Mine m : mine(ctx)) {
      Path mine = m.dir().normalize();
      String problem = null;
      if (!theirs.readOnly() && inside(mine, their)) {
        problem =
            " lies inside "
                + their
                + ", which pot "
                + otherPot
                + " mounts read-write: its jail can replace a directory there with a link, and"
                + " pot mounts through it at every start of this pot";
      } else if (m.readWrite() && inside(their, mine)) {
        problem =
            " contains "
                + their
                + ", which pot "
                + otherPot
                + " mounts: this pot's jail could replace it with a link and choose what that"
                + " pot mounts at its next start";
      }
      if (problem != null) {
        found.add(
            ctx.errorAt(
                m.owner(),
                m.path(),
                "host directory " + mine + problem + "; mount directories side by side"));
      }
    }
  }

  private static boolean inside(Path inner, Path outer) {
    return !inner.equals(outer) && inner.startsWith(outer);
  }
}
