package org.potctl.state.hostdir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Resolves a {@code dir} mount's host path at plan time (DESIGN §2): follows every symlink on the
 * host and refuses the path unless where it really leads lies under an allowed root (itself
 * resolved, so {@code /srv -> /data/srv} works). A path that does not exist yet is resolved through
 * its longest existing ancestor. Apart from the injected {@link RealPaths} it is pure.
 */
public final class HostDirResolver {

  /** How real paths are found on the host; {@link #LOCAL} uses {@link Path#toRealPath}. */
  @FunctionalInterface
  public interface RealPaths {

    /** The real path of {@code path} (all symlinks resolved), or empty if it does not exist. */
    Optional<Path> realPath(Path path);

    /** What {@code real} (a real path, symlinks resolved) is: a directory, a FIFO, missing... */
    default HostFileType type(Path real) {
      return HostFileType.local(real);
    }

    /** Whether {@code path} itself is a symlink (one whose target is missing has no real path). */
    default boolean isSymlink(Path path) {
      return Files.isSymbolicLink(path);
    }
  }

  /** This machine's file system. */
  public static final RealPaths LOCAL =
      path -> {
        try {
          return Optional.of(path.toRealPath());
        } catch (NoSuchFileException e) {
          return Optional.empty();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot resolve " + path, e);
        }
      };

  private final RealPaths host;

  /** A resolver on the host reached through {@code host}. */
  public HostDirResolver(RealPaths host) {
    this.host = Objects.requireNonNull(host, "host");
  }

  /** A resolver on this machine. */
  public static HostDirResolver local() {
    return new HostDirResolver(LOCAL);
  }

  /**
   * Checks {@code given} (a {@code dir} mount source) against {@code allowedRoots} (absolute paths,
   * e.g. {@code /srv} and each {@code --allow-host-dir}).
   */
  public HostDirCheck check(String given, List<String> allowedRoots) {
    Path path;
    try {
      path = Path.of(given);
    } catch (InvalidPathException e) {
      return new HostDirCheck.Refused(given, given + " is not a valid path");
    }
    if (!path.isAbsolute() || !path.normalize().equals(path) || given.contains("/./")) {
      return new HostDirCheck.Refused(given, given + " is not an absolute, normalised path");
    }
    Optional<Path> resolved = resolve(path);
    if (resolved.isEmpty()) {
      return new HostDirCheck.Refused(
          given, given + " goes through a symlink to a missing target (dangling)");
    }
    Path real = resolved.get();
    for (String root : allowedRoots) {
      Path rootPath = Path.of(root).normalize();
      Optional<Path> realRoot = resolve(rootPath);
      if (realRoot.isPresent() && real.startsWith(realRoot.get())) {
        HostFileType type = host.realPath(real).map(host::type).orElse(HostFileType.MISSING);
        return new HostDirCheck.Allowed(given, real, root, type);
      }
    }
    String roots = String.join(", ", allowedRoots);
    String why =
        real.equals(path)
            ? given + " is outside the allowed roots (" + roots + ")"
            : given + " leads to " + real + ", outside the allowed roots (" + roots + ")";
    return new HostDirCheck.Refused(given, why);
  }

  /**
   * Checks {@code given} against {@code allowedRoots} as paths, e.g. a spec's {@code
   * MountSource.HostDir.path()} and {@code LoadOptions.allowedHostDirs()}.
   */
  public HostDirCheck check(Path given, List<Path> allowedRoots) {
    return check(given.toString(), allowedRoots.stream().map(Path::toString).toList());
  }

  /** Checks several paths at once, in order. */
  public List<HostDirCheck> checkAll(List<String> given, List<String> allowedRoots) {
    return given.stream().map(g -> check(g, allowedRoots)).collect(Collectors.toList());
  }

  /**
   * The real path of {@code path}, through its longest existing ancestor if it is missing; empty if
   * a dangling symlink is on the way (where it would lead is not known until its target exists).
   */
  private Optional<Path> resolve(Path path) {
    Deque<Path> missing = new ArrayDeque<>();
    Path existing = path;
    while (existing != null) {
      Optional<Path> real = host.realPath(existing);
      if (real.isPresent()) {
        Path result = real.get();
        for (Path name : missing) {
          result = result.resolve(name);
        }
        return Optional.of(result);
      }
      if (host.isSymlink(existing)) {
        return Optional.empty();
      }
      missing.addFirst(existing.getFileName());
      existing = existing.getParent();
    }
    return Optional.of(path);
  }
}
