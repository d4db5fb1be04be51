package org.potctl.controller.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.potctl.state.statedir.NoFollowFiles;

/**
 * The {@code <work>/checkouts} directory both sources keep their revisions in: one directory per
 * revision, written under a temporary name and renamed into place, so a revision's files never
 * change once it is fetched and a drift check always reads the revision it names.
 *
 * <p>The work directory (the watcher applies what it holds, as root) is kept private like the state
 * directory, by the same code ({@link NoFollowFiles#privateDir}): it and {@code checkouts} are made
 * {@code 0700} whatever the umask, and a symbolic link, a FIFO, a socket, a device or another
 * user's entry in their place, or as a checkout, is a {@link org.potctl.state.StateException}
 * naming it; no link there is followed.
 */
final class Checkouts {

  private final Path work;
  private final Path dir;

  Checkouts(Path workDir) {
    this.work = workDir;
    this.dir = workDir.resolve("checkouts");
  }

  /** Makes the work directory and {@code checkouts} private, or refuses what is in their place. */
  void prepare() {
    NoFollowFiles.privateDir(work);
    NoFollowFiles.privateDir(dir);
  }

  /** Whether the checkout {@code name} exists (a directory of this user, not a link). */
  boolean has(String name) {
    Path p = of(name);
    return NoFollowFiles.check(p) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
  }

  /** The checkout of revision {@code name} (a commit id or {@code sha256-<hex>}). */
  Path of(String name) {
    return dir.resolve(name);
  }

  /** A fresh, empty temporary directory to write the checkout {@code name} into. */
  Path temporary(String name) throws IOException {
    prepare();
    Path temp = dir.resolve(".tmp-" + name);
    TreeFiles.deleteTree(temp);
    Files.createDirectories(temp);
    return temp;
  }

  /** Moves a written temporary directory to {@link #of}{@code (name)}, unless that exists. */
  Path commit(Path temp, String name) throws IOException {
    Path target = of(name);
    if (has(name)) {
      TreeFiles.deleteTree(temp);
    } else {
      Files.move(temp, target);
    }
    return target;
  }

  /** Deletes every checkout but those of {@code keep}; a failure is retried by the next call. */
  void retainOnly(Collection<Revision> keep) {
    Set<Path> kept = keep.stream().map(Revision::root).collect(Collectors.toSet());
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> dirs = Files.list(dir)) {
      for (Path d : dirs.toList()) {
        if (!kept.contains(d)) {
          TreeFiles.deleteTree(d);
        }
      }
    } catch (IOException e) {
      // old checkouts stay until the next call; they hold no state
    }
  }
}
