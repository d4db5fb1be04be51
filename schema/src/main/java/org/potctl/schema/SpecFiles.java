package org.potctl.schema;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.potctl.schema.bind.FlavourScripts;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.schema.diag.SourceLocation;
import org.potctl.schema.yaml.Text;

/** Finds and reads the Potfiles of a spec directory, within fixed bounds. */
final class SpecFiles {

  static final int MAX_FILES = 1000;
  static final int MAX_DEPTH = 16;
  static final long MAX_BYTES = 4 << 20;
  static final long MAX_TOTAL_BYTES = 64 << 20;

  /** A Potfile found: its path as reported and its path relative to the spec directory. */
  record Found(Path file, String relative) {}

  private SpecFiles() {}

  static List<Found> discover(Path dir, Diagnostics.Builder out) {
    List<Found> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          dir, EnumSet.noneOf(FileVisitOption.class), MAX_DEPTH, new Visitor(dir, found, out));
    } catch (IOException e) {
      out.add(
          Diagnostic.error(
              "", "cannot read spec directory " + dir + ": " + FlavourScripts.reason(e)));
    }
    found.sort(Comparator.comparing(Found::relative));
    if (found.size() > MAX_FILES) {
      out.add(
          Diagnostic.error(
              "",
              "more than " + MAX_FILES + " Potfiles in " + dir + "; none is read",
              SourceLocation.startOf(found.get(MAX_FILES).file())));
      return List.of();
    }
    if (totalBytes(found) > MAX_TOTAL_BYTES) {
      out.add(
          Diagnostic.error(
              "", "the Potfiles in " + dir + " hold more than " + MAX_TOTAL_BYTES + " bytes"));
      return List.of();
    }
    return found;
  }

  private static long totalBytes(List<Found> found) {
    long total = 0;
    for (Found f : found) {
      try {
        total += Files.size(f.file());
      } catch (IOException e) {
        continue;
      }
    }
    return total;
  }

  static Optional<String> read(Found f, Diagnostics.Builder out) {
    SourceLocation start = SourceLocation.startOf(f.file());
    try {
      if (Files.size(f.file()) > MAX_BYTES) {
        out.add(Diagnostic.error("", "file is larger than " + MAX_BYTES + " bytes", start));
        return Optional.empty();
      }
      if (Files.getAttribute(f.file(), "unix:nlink", LinkOption.NOFOLLOW_LINKS) instanceof Integer n
          && n > 1) {
        // potctl reads it as root: a hard link to a file outside the spec (master.passwd) would
        // be read, and quoted in the errors, as a flavour script's would (FlavourScripts)
        out.add(
            Diagnostic.error(
                "", "Potfile has " + n + " hard links; it must be a file with one link", start));
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(f.file());
      String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
      return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (CharacterCodingException e) {
      out.add(Diagnostic.error("", "file is not valid UTF-8", start));
    } catch (IOException | UnsupportedOperationException e) {
      out.add(Diagnostic.error("", "cannot read file: " + FlavourScripts.reason(e), start));
    }
    return Optional.empty();
  }

  private static final class Visitor extends SimpleFileVisitor<Path> {
    private final Path root;
    private final List<Found> found;
    private final Diagnostics.Builder out;

    Visitor(Path root, List<Found> found, Diagnostics.Builder out) {
      this.root = root;
      this.found = found;
      this.out = out;
    }

    /**
     * An entry (Potfile, other file, directory) whose name holds a character {@link Text#isControl}
     * refuses (a file named {@code web.yaml} and a line feed would list as a Potfile): the error
     * names its kind and code point, as a value's does.
     */
    private boolean badName(Path p) {
      String name = p.getFileName().toString();
      int c = Text.firstControl(name);
      if (p.equals(root) || c < 0) {
        return false;
      }
      out.add(
          Diagnostic.error(
              "",
              String.format(
                  "file name %s holds %s character U+%04X", Text.quote(name), Text.kind(c), c),
              SourceLocation.startOf(p)));
      return true;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
      if (badName(d)) {
        return FileVisitResult.SKIP_SUBTREE;
      }
      boolean hidden = !d.equals(root) && d.getFileName().toString().startsWith(".");
      if (!hidden && !d.equals(root) && PotfileNames.isPotfile(d)) {
        out.add(
            Diagnostic.error(
                "", "a directory named like a Potfile is not allowed", SourceLocation.startOf(d)));
      }
      return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
      if (attrs.isDirectory()) {
        // walkFileTree hands directories at the depth limit to visitFile: never skip silently
        if (!f.getFileName().toString().startsWith(".")) {
          out.add(
              Diagnostic.error(
                  "",
                  "directory is nested deeper than "
                      + MAX_DEPTH
                      + " levels; potctl does not read it",
                  SourceLocation.startOf(f)));
        }
        return FileVisitResult.CONTINUE;
      }
      if (!attrs.isRegularFile() && !attrs.isSymbolicLink()) {
        out.add(
            Diagnostic.error(
                "",
                "not a regular file (a FIFO, device or socket); the spec would shrink silently",
                SourceLocation.startOf(f)));
        return FileVisitResult.CONTINUE;
      }
      if (badName(f)) {
        return FileVisitResult.CONTINUE;
      }
      if (PotfileNames.looksLikePotfile(f)) {
        // a Potfile whose suffix is in the wrong case would be missing from the spec without a word
        out.add(
            Diagnostic.error(
                "",
                "a Potfile's name ends in .yaml or .yml, in lower case and with nothing after it:"
                    + " rename "
                    + Text.quote(f.getFileName().toString())
                    + " (potctl does not read it as it is, and would not skip it silently)",
                SourceLocation.startOf(f)));
        return FileVisitResult.CONTINUE;
      }
      if ((!PotfileNames.isPotfile(f) && !attrs.isSymbolicLink()) || found.size() > MAX_FILES) {
        return FileVisitResult.CONTINUE;
      }
      String relative = root.relativize(f).toString().replace('\\', '/');
      if (attrs.isSymbolicLink() && !PotfileNames.isPotfile(f)) {
        if (Files.isDirectory(f) && !f.getFileName().toString().startsWith(".")) {
          // its Potfiles would be silently missing from the spec: refuse, as for a linked Potfile
          out.add(
              Diagnostic.error(
                  "",
                  "directory is a symbolic link; potctl does not follow links",
                  SourceLocation.startOf(f)));
        }
        return FileVisitResult.CONTINUE;
      }
      if (attrs.isSymbolicLink()) {
        out.add(
            Diagnostic.error(
                "",
                "Potfile is a symbolic link; potctl does not follow links",
                SourceLocation.startOf(f)));
      } else if (attrs.isRegularFile()) {
        found.add(new Found(f, relative));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path f, IOException e) {
      out.add(
          Diagnostic.error(
              "", "cannot read: " + FlavourScripts.reason(e), SourceLocation.startOf(f)));
      return FileVisitResult.CONTINUE;
    }
  }
}
