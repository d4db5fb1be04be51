package org.potctl.controller;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.potctl.schema.LoadOptions;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.schema.diag.SourceLocation;
import org.potctl.schema.model.ImageRef;
import org.potctl.schema.model.MountSource;
import org.potctl.schema.model.MountSpec;
import org.potctl.schema.model.PotSpec;
import org.potctl.schema.model.Spec;
import org.potctl.state.hostdir.HostDirCheck;
import org.potctl.state.hostdir.HostDirResolver;
import org.potctl.state.ssh.SshRealPaths;
import org.potctl.state.ssh.SshRunner;

/**
 * Plan-time check of {@code dir} mounts on the host (DESIGN §2, issues 6 and 14): a source whose
 * real path (symlinks resolved) leads outside the allowed roots is an error, and so is one that
 * exists and is not a directory (a regular file, a FIFO, a socket, a device: pot's {@code mount-in
 * -d} refuses it, and no apply should start on it); a missing one is a warning, since it may be
 * made before apply. The directory of a {@code file://} image URL is checked the same way (pot's
 * {@code fetch} reads it on the host as root); a missing one is left to {@code potctl image build
 * --out} or pot import's own error. Spec flavours' {@code mount-in -d} and {@code copy-in -s} lines
 * are held to the same rule ({@link FlavourHostPaths}).
 */
final class HostDirMounts {

  private HostDirMounts() {}

  /**
   * The same check on a remote host: every mount source and allowed root (with their ancestors) is
   * resolved in one remote command first, then checked from those answers.
   */
  static Diagnostics checkRemote(Spec spec, LoadOptions roots, SshRunner ssh) {
    List<String> paths = new ArrayList<>();
    for (PotSpec pot : spec.pots().values()) {
      for (MountSpec m : pot.mounts()) {
        if (m.source() instanceof MountSource.HostDir dir) {
          paths.add(dir.path().toString());
        }
      }
      pot.options().image().flatMap(ImageRef::fileDirectory).ifPresent(paths::add);
    }
    paths.addAll(FlavourHostPaths.paths(spec));
    if (paths.isEmpty()) {
      return Diagnostics.builder().build();
    }
    roots.allowedHostDirs().forEach(r -> paths.add(r.toString()));
    HostDirResolver resolver = new HostDirResolver(SshRealPaths.prefetch(ssh, paths));
    return check(spec, roots.allowedHostDirs(), resolver, p -> "on the host");
  }

  /**
   * Checks the {@code dir} mounts of {@code spec} through {@code resolver}; {@code onHost} names
   * where a missing directory would have to be made (e.g. the simulated host's tree).
   */
  static Diagnostics check(
      Spec spec, List<Path> allowedRoots, HostDirResolver resolver, Function<Path, String> onHost) {
    Diagnostics.Builder out = Diagnostics.builder();
    for (Map.Entry<String, PotSpec> pot : spec.pots().entrySet()) {
      ResourceAddress owner = ResourceAddress.pot(pot.getKey());
      Optional<String> images = pot.getValue().options().image().flatMap(ImageRef::fileDirectory);
      if (images.isPresent()) {
        String path = "pots." + pot.getKey() + ".image.url";
        spec.locationOf(owner, path)
            .flatMap(at -> imageDirectory(images.get(), allowedRoots, resolver, path, at))
            .ifPresent(out::add);
      }
      List<MountSpec> mounts = pot.getValue().mounts();
      for (int i = 0; i < mounts.size(); i++) {
        if (mounts.get(i).source() instanceof MountSource.HostDir dir) {
          String path = "pots." + pot.getKey() + ".mounts[" + i + "].dir";
          Optional<SourceLocation> where = spec.locationOf(owner, path);
          if (where.isEmpty()) {
            continue;
          }
          SourceLocation at = where.get();
          HostDirCheck check = resolver.check(dir.path(), allowedRoots);
          if (check instanceof HostDirCheck.Refused refused) {
            out.add(Diagnostic.error(path, refused.reason(), at));
          } else if (check instanceof HostDirCheck.Allowed allowed
              && allowed.type().existsAndIsNotADirectory()) {
            out.add(
                Diagnostic.error(
                    path,
                    notADirectory(
                        dir.path(), allowed, "not a directory: pot mount-in cannot mount it"),
                    at));
          } else if (check instanceof HostDirCheck.Allowed allowed && !allowed.directory()) {
            out.add(
                Diagnostic.warning(
                    path,
                    dir.path()
                        + " is not a directory "
                        + onHost.apply(dir.path())
                        + "; pot mount-in will fail until it is",
                    at));
          }
        }
      }
    }
    FlavourHostPaths.check(spec, allowedRoots, resolver, out);
    return out.build();
  }

  /**
   * The error of a {@code file://} image URL whose directory leads outside the allowed roots or is
   * no directory: pot's {@code fetch} reads it on the host as root, as a mount would.
   */
  private static Optional<Diagnostic> imageDirectory(
      String dir, List<Path> roots, HostDirResolver resolver, String path, SourceLocation at) {
    HostDirCheck check = resolver.check(Path.of(dir), roots);
    if (check instanceof HostDirCheck.Refused refused) {
      return Optional.of(Diagnostic.error(path, "file URL: " + refused.reason(), at));
    }
    if (check instanceof HostDirCheck.Allowed allowed
        && allowed.type().existsAndIsNotADirectory()) {
      return Optional.of(
          Diagnostic.error(
              path,
              "file URL: " + notADirectory(Path.of(dir), allowed, "not a directory of images"),
              at));
    }
    return Optional.empty();
  }

  /** {@code GIVEN (it leads to REAL) is a FIFO, TAIL}: a source that exists and is no directory. */
  private static String notADirectory(Path given, HostDirCheck.Allowed allowed, String tail) {
    String leads = allowed.real().equals(given) ? "" : " (it leads to " + allowed.real() + ")";
    return given + leads + " is " + allowed.type().shown() + ", " + tail;
  }
}
