package org.potctl.schema.bind;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.SourceLocation;
import org.potctl.schema.model.FlavourScript;
import org.potctl.schema.yaml.JsonPath;
import org.potctl.schema.yaml.Text;

/** Finds and reads flavour scripts, which must stay inside the spec directory. */
public final class FlavourScripts {

  /** The largest script potctl reads. */
  public static final long MAX_BYTES = 1 << 20;

  private FlavourScripts() {}

  /**
   * The real path of {@code script} (relative to {@code potfile}'s directory) when it is a regular
   * file inside {@code specDir} once symlinks are resolved, or why not. {@code role} names the file
   * in the messages: {@code script} (a flavour's), {@code hook script}, {@code resolv.conf}.
   */
  public static Outcome<Path> locate(Path specDir, Path potfile, String role, String script) {
    Path parent = potfile.toAbsolutePath().getParent();
    Path candidate = parent.resolve(script).normalize();
    if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS) && !Files.exists(candidate)) {
      return Outcome.fail(role + " " + script + " does not exist (looked for " + candidate + ")");
    }
    try {
      Path real = candidate.toRealPath();
      Path root = specDir.toRealPath();
      if (!real.startsWith(root)) {
        return Outcome.fail(role + " " + script + " resolves outside the spec directory");
      }
      if (!Files.isRegularFile(real)) {
        return Outcome.fail(role + " " + script + " is not a regular file");
      }
      Object links = Files.getAttribute(real, "unix:nlink");
      if (links instanceof Integer n && n > 1) {
        return Outcome.fail(
            role + " " + script + " has " + n + " hard links; it must be a file with one link");
      }
      if (Files.size(real) > MAX_BYTES) {
        return Outcome.fail(role + " " + script + " is larger than " + MAX_BYTES + " bytes");
      }
      return Outcome.ok(real);
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      return Outcome.fail(role + " " + script + " cannot be read: " + reason(e));
    }
  }

  /** Reads a located script as UTF-8; {@code role} as for {@link #locate}. */
  public static Outcome<FlavourScript> read(Path real, String role) {
    try {
      byte[] bytes = Files.readAllBytes(real);
      String text =
          StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      return Outcome.ok(new FlavourScript(real, text));
    } catch (CharacterCodingException e) {
      return Outcome.fail(role + " " + real.getFileName() + " is not valid UTF-8");
    } catch (IOException e) {
      return Outcome.fail(role + " " + real.getFileName() + " cannot be read: " + reason(e));
    }
  }

  /**
   * Where {@code text} (a script or a resolv.conf read by {@link #read}) holds a character that a
   * reader of the spec would not see as it is, with why: a control character other than a tab or a
   * line feed (a carriage return, an escape sequence that rewrites the terminal showing the file),
   * a line or paragraph separator, a bidirectional formatting or an invisible character ({@link
   * Text#isControl}, the rule of every Potfile string). Such a file can read as one thing in a
   * review and run as another (pot runs flavour scripts in the jail and hooks on the host as root,
   * and copies a resolv.conf into the jail), so it is refused, as the same characters are in a
   * Potfile. Empty when there is none.
   *
   * @return the 1-based line and column (in code points) and the description
   */
  public static Optional<Hidden> hidden(String text) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (c == '\n') {
        line++;
        column = 1;
      } else if (c != '\t' && Text.isControl(c)) {
        return Optional.of(
            new Hidden(line, column, String.format("%s character U+%04X", Text.kind(c), c)));
      } else {
        column++;
      }
      i += Character.charCount(c);
    }
    return Optional.empty();
  }

  /**
   * The error for a file of {@code d} named at {@code path} whose content {@link #hidden} refuses,
   * located at the character in that file (the Potfile field as the related location).
   */
  static Optional<Diagnostic> hiddenError(
      Declared d, JsonPath path, String role, FlavourScript read) {
    String script = d.node(path).stringValue();
    return hidden(read.content())
        .map(
            h ->
                Diagnostic.error(
                    path.toString(),
                    role
                        + " "
                        + script
                        + " holds "
                        + h.what()
                        + " (of the control characters only tab and line feed are allowed, no"
                        + " bidirectional or invisible one: what a review shows must be what pot"
                        + " uses)",
                    new SourceLocation(
                        d.doc().file().resolveSibling(script).normalize(), h.line(), h.column()),
                    d.locate(path)));
  }

  /**
   * A character {@link #hidden} refuses.
   *
   * @param line its 1-based line
   * @param column its 1-based column, in code points
   * @param what the character and its kind, e.g. {@code bidirectional formatting character U+202E}
   */
  public record Hidden(int line, int column, String what) {}

  /** A short reason for a user, without Java class names. */
  public static String reason(Exception e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file (a symbolic link to a missing file?)";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemLoopException) {
      return "symbolic link loop";
    }
    if (e instanceof SecurityException) {
      return "not allowed";
    }
    return "I/O error";
  }
}
