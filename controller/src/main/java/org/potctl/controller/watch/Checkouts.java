package org.potctl.controller.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code <work>/checkouts} directory both sources keep their revisions in: one directory per
 * revision, written under a temporary name and renamed into place, so a revision's files never
 * change once it is fetched and a drift check always reads the revision it names.
 */
final class Checkouts {

  private final Path dir;

  Checkouts(Path workDir) {
    this.dir = workDir.resolve("checkouts");
  }

  /** The checkout of revision {@code name} (a commit id or {@code sha256-<hex>}). */
  Path of(String name) {
    return dir.resolve(name);
  }

  /** A fresh, empty temporary directory to write the checkout {@code name} into. */
  Path temporary(String name) throws IOException {
    Path temp = dir.resolve(".tmp-" + name);
    TreeFiles.deleteTree(temp);
    Files.createDirectories(temp);
    return temp;
  }

  /** Moves a written temporary directory to {@link #of}{@code (name)}, unless that exists. */
  Path commit(Path temp, String name) throws IOException {
    Path target = of(name);
    if (Files.isDirectory(target)) {
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
