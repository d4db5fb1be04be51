package org.potctl.controller.watch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.SourceLocation;

/**
 * Reads a followed directory ({@code --dir}) as one revision: the SHA-256 of every entry's relative
 * path, type and content (dot-entries skipped, as the loader skips them), and optionally a copy of
 * it. The copy keeps what the loader judges: directories, file bytes and modes, symbolic links as
 * links, a file's extra hard links (as a link inside {@code .potctl-links/}, which the loader does
 * not read). A FIFO, device or socket, or a file over {@link #MAX_FILE_BYTES}, cannot be copied: it
 * is a located problem of the revision, so the spec never shrinks silently.
 */
final class DirectorySnapshot {

  /** The largest file copied; a spec holds no file near it (a Potfile is at most 4 MiB). */
  static final long MAX_FILE_BYTES = 64L << 20;

  /** The digest ({@code sha256:<hex>}) and the problems found. */
  record Result(String id, List<Diagnostic> problems) {}

  private record Entry(Path relative, BasicFileAttributes attrs) {}

  private DirectorySnapshot() {}

  /**
   * Reads {@code dir}, copying it into {@code copy} when given (an empty directory); problems are
   * located under {@code shownAs} (the revision's root), so they read relative to it.
   */
  static Result read(Path dir, Optional<Path> copy, Path shownAs) throws IOException {
    MessageDigest all = sha256();
    List<Diagnostic> problems = new ArrayList<>();
    int links = 0;
    for (Entry e : entries(dir)) {
      Path from = dir.resolve(e.relative());
      Path to = copy.map(c -> c.resolve(e.relative().toString())).orElse(null);
      String type = e.attrs().isDirectory() ? "d" : e.attrs().isSymbolicLink() ? "l" : "f";
      all.update((type + e.relative() + "\0").getBytes(StandardCharsets.UTF_8));
      if (e.attrs().isDirectory()) {
        if (to != null) {
          Files.createDirectories(to);
        }
      } else if (e.attrs().isSymbolicLink()) {
        Path target = Files.readSymbolicLink(from);
        all.update(target.toString().getBytes(StandardCharsets.UTF_8));
        if (to != null) {
          Files.createSymbolicLink(to, target);
        }
      } else if (!e.attrs().isRegularFile()) {
        problems.add(problem(shownAs, e, "not a regular file (a FIFO, device or socket)"));
      } else if (e.attrs().size() > MAX_FILE_BYTES) {
        problems.add(problem(shownAs, e, "larger than " + MAX_FILE_BYTES + " bytes; not followed"));
      } else {
        all.update(file(from, to));
        if (to != null && hardLinks(from) > 1) {
          Path link = copy.get().resolve(".potctl-links").resolve(Integer.toString(links++));
          Files.createDirectories(link.getParent());
          Files.createLink(link, to);
        }
      }
    }
    return new Result("sha256:" + HexFormat.of().formatHex(all.digest()), problems);
  }

  private static byte[] file(Path from, Path to) throws IOException {
    MessageDigest one = sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(from), one);
        OutputStream out =
            to == null ? OutputStream.nullOutputStream() : Files.newOutputStream(to)) {
      in.transferTo(out);
    }
    if (to != null) {
      Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
    }
    return one.digest();
  }

  private static int hardLinks(Path file) throws IOException {
    return Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS) instanceof Integer n
        ? n
        : 1;
  }

  private static Diagnostic problem(Path shownAs, Entry e, String what) {
    return Diagnostic.error(
        "",
        what + "; the spec would shrink silently",
        SourceLocation.startOf(shownAs.resolve(e.relative())));
  }

  /** Every entry under {@code dir} but dot-entries, links not followed, sorted by path. */
  private static List<Entry> entries(Path dir) throws IOException {
    List<Entry> found = new ArrayList<>();
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
            if (d.equals(dir)) {
              return FileVisitResult.CONTINUE;
            }
            if (d.getFileName().toString().startsWith(".")) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            found.add(new Entry(dir.relativize(d), attrs));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
            if (!f.getFileName().toString().startsWith(".")) {
              found.add(new Entry(dir.relativize(f), attrs));
            }
            return FileVisitResult.CONTINUE;
          }
        });
    found.sort(Comparator.comparing(e -> e.relative().toString()));
    return found;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }
}
