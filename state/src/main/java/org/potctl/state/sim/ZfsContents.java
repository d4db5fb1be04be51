package org.potctl.state.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files a modelled snapshot holds, as ZFS keeps them: {@code zfs snapshot} copies a file
 * system's own files (not those of the file systems mounted below it) to {@code
 * DIR/zfs-snapshots/NAME@SNAP}; {@code zfs rollback} puts them back in place of the current ones,
 * {@code zfs clone} starts the new file system with them, destroying the snapshot removes them, a
 * rename moves them. A snapshot taken before the simulator kept contents rolls back nothing.
 */
final class ZfsContents {

  private final ZfsMounts mounts;
  private final Path store;

  ZfsContents(ZfsMounts mounts) {
    this.mounts = mounts;
    this.store = mounts.dir().resolve("zfs-snapshots");
  }

  /** {@code zfs snapshot}: keeps the own files of the snapshot's file system. */
  void taken(String snapshot) {
    Path saved = saved(snapshot);
    ZfsMounts.delete(saved);
    ZfsMounts.mkdirs(saved);
    Path files = mounts.filesOf(fs(snapshot));
    if (files != null && Files.isDirectory(files)) {
      copyOwn(files, saved, mounts.othersFiles(fs(snapshot)));
    }
  }

  /** {@code zfs rollback}: the file system's own files become the snapshot's again. */
  void rolledBack(String snapshot) {
    Path saved = saved(snapshot);
    Path files = mounts.filesOf(fs(snapshot));
    if (!Files.isDirectory(saved) || files == null) {
      return;
    }
    List<Path> others = mounts.othersFiles(fs(snapshot));
    deleteOwn(files, others);
    ZfsMounts.mkdirs(files);
    copyOwn(saved, files, List.of());
  }

  /** {@code zfs clone}: the new file system {@code target} starts with the snapshot's files. */
  void cloned(String snapshot, String target) {
    Path saved = saved(snapshot);
    Path files = mounts.filesOf(target);
    if (Files.isDirectory(saved) && files != null) {
      ZfsMounts.mkdirs(files);
      copyOwn(saved, files, List.of());
    }
  }

  /** The snapshot is destroyed. */
  void destroyed(String snapshot) {
    ZfsMounts.delete(saved(snapshot));
  }

  /**
   * {@code zfs rename}: {@code renames} maps every old name (snapshots included) to its new one.
   */
  void renamed(Map<String, String> renames) {
    renames.forEach(
        (from, to) -> {
          Path saved = saved(from);
          if (from.contains("@") && Files.isDirectory(saved)) {
            try {
              Files.move(saved, saved(to), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
              throw new UncheckedIOException("cannot move " + saved, e);
            }
          }
        });
  }

  private Path saved(String snapshot) {
    return store.resolve(snapshot.replace('/', '%'));
  }

  private static String fs(String snapshot) {
    return snapshot.substring(0, snapshot.indexOf('@'));
  }

  /** Copies {@code from}'s tree into {@code to}, leaving out the directories in {@code others}. */
  private static void copyOwn(Path from, Path to, List<Path> others) {
    for (Path child : children(from)) {
      Path target = to.resolve(child.getFileName().toString());
      if (others.contains(child)) {
        continue;
      }
      try {
        if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
          if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectory(target);
          }
          copyOwn(child, target, others);
        } else {
          Files.copy(
              child,
              target,
              LinkOption.NOFOLLOW_LINKS,
              StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.COPY_ATTRIBUTES);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot copy " + child, e);
      }
    }
  }

  /** Deletes {@code dir}'s tree but the directories in {@code others} and those leading to them. */
  private static void deleteOwn(Path dir, List<Path> others) {
    for (Path child : children(dir)) {
      if (others.contains(child)) {
        continue;
      }
      if (others.stream().anyMatch(o -> o.startsWith(child))) {
        deleteOwn(child, others);
      } else {
        ZfsMounts.delete(child);
      }
    }
  }

  private static List<Path> children(Path dir) {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
