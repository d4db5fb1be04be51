package org.potctl.controller;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.schema.diag.SourceLocation;
import org.potctl.schema.model.FlavourSpec;
import org.potctl.schema.model.Spec;
import org.potctl.schema.validate.FlavourLine;
import org.potctl.state.hostdir.HostDirCheck;
import org.potctl.state.hostdir.HostDirResolver;

/**
 * The plan-time host check of a spec flavour's host paths, the rule of a {@code dir} mount ({@link
 * HostDirMounts}): a {@code mount-in -d DIR} or a {@code copy-in}/{@code copy-in-flv -s SRC} whose
 * real path (links resolved on the host) leads outside the allowed roots is an error at the line,
 * and so is a {@code mount-in -d} source that exists and is no directory. Validation held the text
 * of the path under an allowed root; only the host knows whether a link there leads to {@code
 * /etc}, and pot's {@code mount_nullfs} and {@code cp} follow it.
 */
final class FlavourHostPaths {

  private FlavourHostPaths() {}

  /** One host path a flavour line names. */
  private record Named(String flavour, int line, char option, Path path) {}

  private static List<Named> named(Spec spec) {
    List<Named> out = new ArrayList<>();
    for (FlavourSpec f : spec.flavours().values()) {
      for (int i = 0; i < f.commands().size(); i++) {
        Optional<FlavourLine> line = FlavourLine.of(f.commands().get(i));
        if (line.isEmpty()) {
          continue;
        }
        char option = line.get().sub().equals("mount-in") ? 'd' : 's';
        if (line.get().sub().startsWith("copy-in") || option == 'd') {
          final int at = i;
          line.get()
              .get(option)
              .filter(p -> p.startsWith("/"))
              .ifPresent(p -> out.add(new Named(f.name(), at, option, Path.of(p))));
        }
      }
    }
    return out;
  }

  /** The host paths to resolve for {@link #check} (a remote host's one prefetch). */
  static List<String> paths(Spec spec) {
    return named(spec).stream().map(n -> n.path().toString()).toList();
  }

  /**
   * Adds the errors of {@code spec}'s flavour lines, judged through {@code resolver}, to {@code
   * out}.
   */
  static void check(
      Spec spec, List<Path> roots, HostDirResolver resolver, Diagnostics.Builder out) {
    for (Named n : named(spec)) {
      String path = "flavours." + n.flavour() + ".commands[" + n.line() + "]";
      Optional<SourceLocation> at = spec.locationOf(ResourceAddress.flavour(n.flavour()), path);
      if (at.isEmpty()) {
        continue;
      }
      HostDirCheck check = resolver.check(n.path(), roots);
      if (check instanceof HostDirCheck.Refused refused) {
        out.add(Diagnostic.error(path, "-" + n.option() + " " + refused.reason(), at.get()));
      } else if (n.option() == 'd'
          && check instanceof HostDirCheck.Allowed allowed
          && allowed.type().existsAndIsNotADirectory()) {
        String leads =
            allowed.real().equals(n.path()) ? "" : " (it leads to " + allowed.real() + ")";
        out.add(
            Diagnostic.error(
                path,
                "-d "
                    + n.path()
                    + leads
                    + " is "
                    + allowed.type().shown()
                    + ", not a directory: pot mount-in cannot mount it",
                at.get()));
      }
    }
  }
}
