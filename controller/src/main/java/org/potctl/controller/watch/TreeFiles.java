package org.potctl.controller.watch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/** Writes a git tree into a plain directory, and removes directory trees. */
final class TreeFiles {

  private TreeFiles() {}

  /**
   * Writes the regular and executable files of {@code tree} (only those under {@code path} when
   * given) into {@code target}. Symbolic links and submodules are skipped: a spec never needs them
   * and a link could point outside the checkout.
   */
  static void export(Repository repo, RevTree tree, Optional<String> path, Path target)
      throws IOException {
    try (TreeWalk walk = new TreeWalk(repo)) {
      walk.addTree(tree);
      walk.setRecursive(true);
      path.ifPresent(p -> walk.setFilter(PathFilter.create(p)));
      while (walk.next()) {
        FileMode mode = walk.getFileMode(0);
        boolean executable = mode == FileMode.EXECUTABLE_FILE;
        if (mode != FileMode.REGULAR_FILE && !executable) {
          continue;
        }
        Path file = target.resolve(walk.getPathString()).normalize();
        if (!file.startsWith(target)) {
          continue;
        }
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
          repo.open(walk.getObjectId(0)).copyTo(out);
        }
        if (executable) {
          file.toFile().setExecutable(true, false);
        }
      }
    }
  }

  /** Deletes {@code dir} and everything under it; a missing directory is fine. */
  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.deleteIfExists(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof NoSuchFileException) {
              return FileVisitResult.CONTINUE;
            }
            throw e;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            Files.deleteIfExists(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
