package org.potctl.controller.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.potctl.schema.diag.Diagnostic;

/**
 * Follows a plain directory ({@code --dir}). Its "commit" is the SHA-256 of every entry's relative
 * path, type and content (dot-entries skipped), so any edit, addition or removal is a new revision.
 * Like a git commit, each new revision is copied into {@code <work>/checkouts/sha256-<hex>}: the
 * watcher validates, applies and later heals drift against that copy, so an invalid edit in the
 * directory never changes what the last good revision holds.
 */
public final class DirectorySource implements Source {

  private final Path dir;
  private final Checkouts checkouts;

  /**
   * Follows {@code dir}, keeping revisions under {@code workDir}{@code /checkouts} (made private
   * now: a link, FIFO or another user's entry there is a {@link org.potctl.state.StateException}).
   */
  public DirectorySource(Path dir, Path workDir) {
    this.dir = dir.toAbsolutePath().normalize();
    this.checkouts = new Checkouts(workDir.toAbsolutePath().normalize());
    checkouts.prepare();
  }

  @Override
  public Revision fetch() throws SourceException {
    if (!Files.isDirectory(dir)) {
      throw new SourceException("directory " + dir + " does not exist or is not a directory");
    }
    try {
      checkouts.prepare();
      DirectorySnapshot.Result now = DirectorySnapshot.read(dir, Optional.empty(), dir);
      Path root = checkouts.of(name(now.id()));
      if (!checkouts.has(name(now.id()))) {
        Path temp = checkouts.temporary(name(now.id()));
        // the copy's own digest names it: the directory may have changed since it was read
        now = DirectorySnapshot.read(dir, Optional.of(temp), dir);
        root = checkouts.commit(temp, name(now.id()));
      }
      List<Diagnostic> problems =
          now.problems().isEmpty()
              ? List.of()
              : DirectorySnapshot.read(dir, Optional.empty(), root).problems();
      return new Revision(now.id(), root, root, Optional.empty(), "", problems);
    } catch (IOException | RuntimeException e) {
      throw new SourceException("cannot read directory " + dir + ": " + e.getMessage(), e);
    }
  }

  private static String name(String id) {
    return id.replace(':', '-');
  }

  @Override
  public void retainOnly(Collection<Revision> keep) {
    checkouts.retainOnly(keep);
  }

  @Override
  public String describe() {
    return "dir " + dir;
  }
}
