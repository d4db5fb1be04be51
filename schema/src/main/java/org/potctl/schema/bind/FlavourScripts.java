package org.potctl.schema.bind;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.potctl.schema.model.FlavourScript;

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
