package org.potctl.schema.validate;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.potctl.schema.bind.Declared;
import org.potctl.schema.bind.Fields;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.schema.yaml.JsonPath;
import org.potctl.schema.yaml.Text;
import tools.jackson.databind.JsonNode;

/**
 * A mount has exactly one of {@code fscomp} and {@code dir}; targets are safe paths inside the pot
 * ({@link SafePath#mountTargetProblem}: absolute, not {@code /}, {@code /dev}, {@code /proc},
 * {@code /etc} or {@code /tmp}), unique per pot; {@code dir} sources are safe absolute paths under
 * an allowed root. The host is never consulted.
 */
final class MountRules implements SpecRule {

  @Override
  public void check(CheckContext ctx, Diagnostics.Builder out) {
    for (Declared pot : ctx.declarations().pots().values()) {
      JsonNode mounts = pot.field(Fields.MOUNTS);
      Map<String, JsonPath> targets = new HashMap<>();
      for (int i = 0; mounts.isArray() && i < mounts.size(); i++) {
        JsonPath path = pot.at(Fields.MOUNTS).index(i);
        if (mounts.get(i).isObject()) {
          checkMount(pot, path, mounts.get(i), targets, ctx.allowedHostDirs(), out);
        }
      }
    }
  }

  private static void checkMount(
      Declared pot,
      JsonPath path,
      JsonNode mount,
      Map<String, JsonPath> targets,
      List<Path> roots,
      Diagnostics.Builder out) {
    boolean fscomp = mount.has(Fields.FSCOMP);
    boolean dir = mount.has(Fields.DIR);
    if (fscomp == dir) {
      out.add(
          Diagnostic.error(
              path.toString(), "a mount needs exactly one of fscomp or dir", pot.locate(path)));
    }
    JsonNode at = mount.path(Fields.AT);
    if (at.isString()) {
      checkTarget(pot, path.child(Fields.AT), at.stringValue(), targets, out);
    }
    JsonNode source = mount.path(Fields.DIR);
    if (source.isString()) {
      checkHostDir(pot, path.child(Fields.DIR), source.stringValue(), roots, out);
    }
  }

  private static void checkTarget(
      Declared pot,
      JsonPath path,
      String at,
      Map<String, JsonPath> targets,
      Diagnostics.Builder out) {
    Optional<String> problem = SafePath.mountTargetProblem(at);
    if (problem.isPresent()) {
      out.add(
          Diagnostic.error(
              path.toString(),
              "mount target " + problem.get() + ", got " + Text.quote(at),
              pot.locate(path)));
      return;
    }
    JsonPath first = targets.putIfAbsent(at, path);
    if (first != null) {
      out.add(
          Diagnostic.error(
              path.toString(),
              "mount target "
                  + at
                  + " is already used by "
                  + first.parent()
                  + " ("
                  + pot.locate(first)
                  + ")",
              pot.locate(path),
              pot.locate(first)));
    }
  }

  private static void checkHostDir(
      Declared pot, JsonPath path, String dir, List<Path> roots, Diagnostics.Builder out) {
    Optional<String> problem = SafePath.absoluteProblem(dir);
    if (problem.isPresent()) {
      out.add(
          Diagnostic.error(
              path.toString(),
              "host directory " + problem.get() + ", got " + Text.quote(dir),
              pot.locate(path)));
      return;
    }
    Path p = Path.of(dir);
    if (roots.stream().noneMatch(p::startsWith)) {
      String allowed = String.join(", ", roots.stream().map(Path::toString).toList());
      out.add(
          Diagnostic.error(
              path.toString(),
              "host directory "
                  + dir
                  + " is not under an allowed root ("
                  + allowed
                  + "); add one with --allow-host-dir",
              pot.locate(path)));
    }
  }
}
