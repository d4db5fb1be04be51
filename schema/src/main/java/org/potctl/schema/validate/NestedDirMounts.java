package org.potctl.schema.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.potctl.schema.address.ResourceKind;
import org.potctl.schema.bind.Declared;
import org.potctl.schema.bind.Fields;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.schema.yaml.JsonPath;
import tools.jackson.databind.JsonNode;

/**
 * No {@code dir} mount, flavour {@code mount-in -d} or {@code copy-in -s} source lies strictly
 * inside a directory that a pot of the spec mounts read-write ({@code dir} or flavour {@code
 * mount-in -d} without {@code -r}). pot mounts a host directory with {@code mount_nullfs SRC} at
 * every start (common.sh:1115), and the kernel follows symbolic links in {@code SRC}; a jail can
 * replace any directory inside its read-write mount with a link to {@code /}, so the other mount
 * would reach the host's root at the next start, after every check potctl made; {@code copy-in}
 * mounts its source's directory the same way (copy-in.sh:45-57). (Mounting the same directory twice
 * is fine: a jail cannot replace the root of its own mount.)
 */
final class NestedDirMounts implements SpecRule {

  /**
   * One host path a pot reaches: where it is written ({@code at}, the node to locate), how messages
   * name it, the path, and whether the pot mounts it read-write.
   */
  private record DirMount(
      Declared owner, JsonPath at, String name, Path source, boolean readWrite) {}

  @Override
  public void check(CheckContext ctx, Diagnostics.Builder out) {
    List<DirMount> all = new ArrayList<>();
    for (Declared pot : ctx.declarations().pots().values()) {
      JsonNode mounts = pot.field(Fields.MOUNTS);
      for (int i = 0; mounts.isArray() && i < mounts.size(); i++) {
        JsonNode dir = mounts.get(i).path(Fields.DIR);
        if (dir.isString() && SafePath.absoluteProblem(dir.stringValue()).isEmpty()) {
          boolean readWrite = !mounts.get(i).path(Fields.READONLY).asBoolean(false);
          JsonPath path = pot.at(Fields.MOUNTS).index(i);
          all.add(
              new DirMount(
                  pot,
                  path.child(Fields.DIR),
                  path.toString(),
                  Path.of(dir.stringValue()),
                  readWrite));
        }
      }
    }
    for (Declared flavour : ctx.declarations().of(ResourceKind.FLAVOUR).values()) {
      JsonNode commands = flavour.field(Fields.COMMANDS);
      for (int i = 0; commands.isArray() && i < commands.size(); i++) {
        JsonPath at = flavour.at(Fields.COMMANDS).index(i);
        if (!commands.get(i).isString()) {
          continue;
        }
        FlavourLine.of(commands.get(i).stringValue())
            .ifPresent(line -> flavourPath(flavour, at, line).ifPresent(all::add));
      }
    }
    for (DirMount inner : all) {
      all.stream()
          .filter(outer -> outer.readWrite() && isStrictlyInside(inner.source(), outer.source()))
          .findFirst()
          .ifPresent(outer -> out.add(error(inner, outer)));
    }
  }

  /** A flavour line's {@code mount-in -d} or {@code copy-in -s} host path, if it is a safe one. */
  private static Optional<DirMount> flavourPath(Declared flavour, JsonPath at, FlavourLine line) {
    boolean mount = line.sub().equals("mount-in");
    Optional<String> source = line.get(mount ? 'd' : 's');
    if (!(mount || line.sub().startsWith("copy-in"))
        || source.isEmpty()
        || SafePath.absoluteProblem(source.get()).isPresent()) {
      return Optional.empty();
    }
    boolean readWrite = mount && line.get('r').isEmpty();
    return Optional.of(new DirMount(flavour, at, at.toString(), Path.of(source.get()), readWrite));
  }

  private static boolean isStrictlyInside(Path inner, Path outer) {
    return inner.startsWith(outer) && !inner.equals(outer);
  }

  private static Diagnostic error(DirMount inner, DirMount outer) {
    return Diagnostic.error(
        inner.at().toString(),
        "host path "
            + inner.source()
            + " lies inside "
            + outer.source()
            + ", which "
            + outer.name()
            + " mounts read-write ("
            + outer.owner().locate(outer.at())
            + "): that jail could replace a directory on the way with a symbolic link, and pot"
            + " mounts what it points to at each start",
        inner.owner().locate(inner.at()),
        outer.owner().locate(outer.at()));
  }
}
