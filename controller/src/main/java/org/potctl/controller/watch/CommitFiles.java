package org.potctl.controller.watch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.SourceLocation;

/**
 * A commit's tree as a plain directory the loader judges as it would the original (the same rule as
 * a followed directory, {@link DirectorySnapshot}): files with their bytes and executable bit,
 * symbolic links as links (the loader refuses a linked Potfile or directory, and the confinement a
 * linked script). What cannot be written is a located problem of the revision, never a silently
 * smaller spec: a submodule, a file over {@link DirectorySnapshot#MAX_FILE_BYTES}, more than {@link
 * #MAX_ENTRIES} entries or {@link #MAX_TOTAL_BYTES} bytes (a "git bomb" stops there, before the
 * disk fills), and the entries of a crafted tree (a name {@code ..}, or one that would be written
 * through a link or over another entry). Nothing is ever written outside the target directory.
 */
final class CommitFiles {

  /** The most entries under the spec path written; far beyond any spec (1,000 Potfiles). */
  static final int MAX_ENTRIES = 10_000;

  /** The most bytes written for one commit. */
  static final long MAX_TOTAL_BYTES = 256L << 20;

  /** The longest symbolic link target read (the kernel's PATH_MAX). */
  private static final int MAX_LINK_BYTES = 4096;

  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

  private final Repository repo;
  private final Optional<Path> target;
  private final Path shownAs;
  private final List<Diagnostic> problems = new ArrayList<>();
  private final Map<Path, String> links = new LinkedHashMap<>();
  private long bytes;

  private CommitFiles(Repository repo, Optional<Path> target, Path shownAs) {
    this.repo = repo;
    this.target = target;
    this.shownAs = shownAs;
  }

  /**
   * Writes {@code tree} (only what is under {@code path} when given) into {@code target} when
   * given, else only judges it; returns the problems, located under {@code shownAs}.
   */
  static List<Diagnostic> export(
      Repository repo, RevTree tree, Optional<String> path, Optional<Path> target, Path shownAs)
      throws IOException {
    CommitFiles files = new CommitFiles(repo, target, shownAs);
    files.walk(tree, path);
    return List.copyOf(files.problems);
  }

  private void walk(RevTree tree, Optional<String> path) throws IOException {
    int entries = 0;
    try (TreeWalk walk = new TreeWalk(repo);
        ObjectReader reader = repo.newObjectReader()) {
      walk.addTree(tree);
      walk.setRecursive(true);
      path.ifPresent(p -> walk.setFilter(PathFilter.create(p)));
      while (walk.next()) {
        String name = walk.getPathString();
        if (++entries > MAX_ENTRIES) {
          problem(name, "more than " + MAX_ENTRIES + " entries in the commit; the rest not read");
          return;
        }
        Optional<Path> relative = relative(name);
        if (relative.isEmpty()) {
          continue;
        }
        if (!entry(reader, walk.getFileMode(0), walk.getObjectId(0), relative.get())) {
          return;
        }
      }
    }
    for (Map.Entry<Path, String> link : links.entrySet()) {
      writeLink(link.getKey(), link.getValue());
    }
  }

  /** One entry; false when the commit's byte limit is reached and the walk must stop. */
  private boolean entry(ObjectReader reader, FileMode mode, ObjectId id, Path rel)
      throws IOException {
    if (mode == FileMode.GITLINK) {
      problem(rel.toString(), "a submodule; potctl does not read submodules");
    } else if (mode == FileMode.SYMLINK) {
      if (reader.getObjectSize(id, Constants.OBJ_BLOB) > MAX_LINK_BYTES) {
        problem(rel.toString(), "a symbolic link longer than " + MAX_LINK_BYTES + " bytes");
      } else {
        byte[] to = reader.open(id, Constants.OBJ_BLOB).getBytes(MAX_LINK_BYTES);
        links.put(rel, new String(to, StandardCharsets.UTF_8));
      }
    } else if (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) {
      long size = reader.getObjectSize(id, Constants.OBJ_BLOB);
      if (size > DirectorySnapshot.MAX_FILE_BYTES) {
        problem(rel.toString(), "larger than " + DirectorySnapshot.MAX_FILE_BYTES + " bytes");
      } else if ((bytes += size) > MAX_TOTAL_BYTES) {
        problem(rel.toString(), "the commit's files pass " + MAX_TOTAL_BYTES + " bytes here");
        return false;
      } else {
        writeFile(reader, id, rel, mode == FileMode.EXECUTABLE_FILE);
      }
    } else {
      problem(rel.toString(), "a tree entry of unknown mode " + mode);
    }
    return true;
  }

  private void writeFile(ObjectReader reader, ObjectId id, Path rel, boolean executable)
      throws IOException {
    Optional<Path> file = place(rel);
    if (file.isEmpty()) {
      return;
    }
    try (OutputStream out = Files.newOutputStream(file.get(), StandardOpenOption.CREATE_NEW)) {
      reader.open(id, Constants.OBJ_BLOB).copyTo(out);
    } catch (FileAlreadyExistsException e) {
      problem(rel.toString(), "a second tree entry of this name (a crafted tree)");
      return;
    }
    if (executable) {
      file.get().toFile().setExecutable(true, false);
    }
  }

  private void writeLink(Path rel, String to) throws IOException {
    Optional<Path> link = place(rel);
    if (link.isEmpty()) {
      return;
    }
    try {
      Files.createSymbolicLink(link.get(), Path.of(to));
    } catch (FileAlreadyExistsException e) {
      problem(rel.toString(), "a second tree entry of this name (a crafted tree)");
    } catch (InvalidPathException | IOException e) {
      problem(rel.toString(), "a symbolic link that cannot be made (" + e.getMessage() + ")");
    }
  }

  /**
   * Where {@code rel} is written: its parent directories made, each a real directory (never a link
   * or a file a crafted tree put there first); empty when only judging or when it cannot be.
   */
  private Optional<Path> place(Path rel) throws IOException {
    if (target.isEmpty()) {
      return Optional.empty();
    }
    Path dir = target.get();
    for (int i = 0; i < rel.getNameCount() - 1; i++) {
      dir = dir.resolve(rel.getName(i).toString());
      if (Files.isSymbolicLink(dir) || (Files.exists(dir) && !Files.isDirectory(dir, NOFOLLOW))) {
        problem(rel.toString(), "written through " + target.get().relativize(dir) + ", not a dir");
        return Optional.empty();
      }
      Files.createDirectories(dir);
    }
    return Optional.of(dir.resolve(rel.getFileName().toString()));
  }

  /** The entry's path as relative parts; empty (a problem) for a name {@code .} or {@code ..}. */
  private Optional<Path> relative(String name) {
    for (String part : name.split("/", -1)) {
      if (part.isEmpty() || part.equals(".") || part.equals("..") || part.indexOf('\0') >= 0) {
        problem(name, "a tree entry named '" + part + "' (a crafted tree); not written");
        return Optional.empty();
      }
    }
    return Optional.of(Path.of(name));
  }

  private void problem(String name, String what) {
    problems.add(
        Diagnostic.error(
            "",
            what + "; the spec would shrink silently",
            SourceLocation.startOf(shownAs.resolve(name.replace('\0', '?')))));
  }
}
