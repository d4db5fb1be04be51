package org.potctl.state.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Keeps directories in step with the modelled mounts: a mounted dataset's files live at its
 * mountpoint; an unmounted one's under {@code DIR/zfs-unmounted}. Only paths inside the simulator's
 * directory are ever touched.
 */
final class ZfsMounts {

  private final ZfsTree tree;
  private final SimState state;
  private final Path dir;

  ZfsMounts(SimState state, Path dir) {
    this.state = state;
    this.tree = new ZfsTree(state);
    this.dir = dir.toAbsolutePath().normalize();
  }

  /** The simulator's directory. */
  Path dir() {
    return dir;
  }

  /** Where every file system is mounted now. */
  Map<String, Optional<String>> snapshot() {
    Map<String, Optional<String>> m = new HashMap<>();
    state.datasets.keySet().stream()
        .filter(n -> !n.contains("@"))
        .forEach(n -> m.put(n, tree.mountedPath(n)));
    return m;
  }

  /**
   * Moves files after mounts changed from {@code before}; {@code renames} maps old to new names.
   */
  void reconcile(Map<String, Optional<String>> before, Map<String, String> renames) {
    List<String> names =
        state.datasets.keySet().stream()
            .filter(n -> !n.contains("@"))
            .sorted(ZfsTree.TREE_ORDER)
            .toList();
    Map<String, String> reverse = new HashMap<>();
    renames.forEach((o, n) -> reverse.put(n, o));
    for (String name : names) {
      String oldName = reverse.getOrDefault(name, name);
      Optional<String> was = before.getOrDefault(oldName, Optional.empty());
      Optional<String> now = tree.mountedPath(name);
      Path from = was.map(this::inside).orElse(stash(oldName));
      Path to = now.map(this::inside).orElse(stash(name));
      if (from != null && to != null && !from.equals(to) && Files.isDirectory(from)) {
        move(from, to);
      } else if (now.isPresent() && to != null) {
        mkdirs(to);
      }
    }
  }

  /**
   * Unmounts {@code names} deepest first, as libzfs's changelist does before it changes a
   * mountpoint (a child with a mountpoint of its own included), and returns {@code before} with
   * them unmounted, so that {@link #reconcile} then mounts them again parents first.
   */
  Map<String, Optional<String>> unmountFirst(
      Map<String, Optional<String>> before, List<String> names) {
    Map<String, Optional<String>> after = new HashMap<>(before);
    for (String name : names.stream().sorted(ZfsTree.TREE_ORDER.reversed()).toList()) {
      Path from = before.getOrDefault(name, Optional.empty()).map(this::inside).orElse(null);
      Path to = stash(name);
      if (from != null && Files.isDirectory(from)) {
        move(from, to);
        if (!Files.exists(from)) {
          after.put(name, Optional.empty());
        }
      }
    }
    return after;
  }

  /** Creates the mountpoint of a new file system. */
  void created(String name) {
    tree.mountedPath(name).map(this::inside).ifPresent(ZfsMounts::mkdirs);
  }

  /** Removes the files of destroyed file systems (mounted or stashed). */
  void destroyed(String name, Optional<String> mountedAt) {
    mountedAt.map(this::inside).ifPresent(ZfsMounts::delete);
    Path stash = stash(name);
    if (stash != null) {
      delete(stash);
    }
  }

  /**
   * Where the files of file system {@code name} are now: its mountpoint when mounted inside the
   * simulator's directory, its stash when unmounted; null when mounted outside it.
   */
  Path filesOf(String name) {
    Optional<String> at = tree.mountedPath(name);
    return at.isPresent() ? inside(at.get()) : stash(name);
  }

  /** The directories where the file systems other than {@code name} keep their files now. */
  List<Path> othersFiles(String name) {
    return state.datasets.keySet().stream()
        .filter(n -> !n.contains("@") && !n.equals(name))
        .map(this::filesOf)
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  private Path inside(String path) {
    Path p = Path.of(path).toAbsolutePath().normalize();
    return p.startsWith(dir) && !p.equals(dir) ? p : null;
  }

  private Path stash(String name) {
    return dir.resolve("zfs-unmounted").resolve(name.replace('/', '%'));
  }

  private static void move(Path from, Path to) {
    try {
      if (Files.isDirectory(to)) {
        try (Stream<Path> s = Files.list(to)) {
          if (s.findAny().isPresent()) {
            return;
          }
        }
        Files.delete(to);
      }
      mkdirs(to.getParent());
      Files.move(from, to);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move " + from + " to " + to, e);
    }
  }

  static void mkdirs(Path p) {
    if (p == null) {
      return;
    }
    try {
      // 0700 whatever the umask (it can only take bits away): the simulator's tree is private
      Files.createDirectories(
          p, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + p, e);
    }
  }

  static void delete(Path p) {
    if (p == null || !Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(q);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + p, e);
    }
  }
}
