package org.potctl.schema.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.potctl.schema.bind.Declared;
import org.potctl.schema.bind.Fields;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.schema.yaml.JsonPath;
import tools.jackson.databind.JsonNode;

/**
 * No {@code dir} mount lies strictly inside a directory that a pot of the spec mounts read-write.
 * pot mounts a host directory with {@code mount_nullfs SRC} at every start (common.sh:1115), and
 * the kernel follows symbolic links in {@code SRC}; a jail can replace any directory inside its
 * read-write mount with a link to {@code /}, so the other mount would reach the host's root at the
 * next start, after every check potctl made. (Mounting the same directory twice is fine: a jail
 * cannot replace the root of its own mount.)
 */
final class NestedDirMounts implements SpecRule {

  /** One {@code dir} mount: its source, whether read-write, and where it is written. */
  private record DirMount(Declared pot, JsonPath path, Path source, boolean readWrite) {}

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
          all.add(new DirMount(pot, path, Path.of(dir.stringValue()), readWrite));
        }
      }
    }
    for (DirMount inner : all) {
      all.stream()
          .filter(outer -> outer.readWrite() && isStrictlyInside(inner.source(), outer.source()))
          .findFirst()
          .ifPresent(outer -> out.add(error(inner, outer)));
    }
  }

  private static boolean isStrictlyInside(Path inner, Path outer) {
    return inner.startsWith(outer) && !inner.equals(outer);
  }

  private static Diagnostic error(DirMount inner, DirMount outer) {
    JsonPath at = inner.path().child(Fields.DIR);
    JsonPath outerAt = outer.path().child(Fields.DIR);
    return Diagnostic.error(
        at.toString(),
        "host directory "
            + inner.source()
            + " lies inside "
            + outer.source()
            + ", which "
            + outer.path()
            + " mounts read-write ("
            + outer.pot().locate(outerAt)
            + "): that jail could replace a directory on the way with a symbolic link, and pot"
            + " mounts what it points to at each start",
        inner.pot().locate(at),
        outer.pot().locate(outerAt));
  }
}
