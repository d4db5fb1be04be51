package org.potctl.state.statedir;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Checks for files only their owner may read: the owner is this process's user (or root) and
 * neither group nor others have any permission bit, as OpenSSH demands of a private key.
 */
public final class PrivateFiles {

  private static final Set<PosixFilePermission> GROUP_OR_OTHERS =
      EnumSet.of(
          PosixFilePermission.GROUP_READ,
          PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.GROUP_EXECUTE,
          PosixFilePermission.OTHERS_READ,
          PosixFilePermission.OTHERS_WRITE,
          PosixFilePermission.OTHERS_EXECUTE);

  private PrivateFiles() {}

  /** This process's user id. */
  public static long uid() {
    return new UnixSystem().getUid();
  }

  /** Whether {@code perms} give group or others anything. */
  public static boolean openToOthers(Set<PosixFilePermission> perms) {
    return perms.stream().anyMatch(GROUP_OR_OTHERS::contains);
  }

  /** The file's owner uid ({@code unix:uid}); {@code links} decides whether a link is followed. */
  public static long owner(Path file, LinkOption... links) throws IOException {
    return ((Number) Files.getAttribute(file, "unix:uid", links)).longValue();
  }

  /**
   * What is wrong with {@code file} as a secret only this user may read (symbolic links followed:
   * the file reached decides), or empty when nothing is: not a regular file, owned by another user
   * than this one or root, or with a permission bit for group or others.
   *
   * @throws IOException when the file cannot be examined (it does not exist, say)
   */
  public static Optional<String> secretProblem(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Optional.of(file + " is not a regular file");
    }
    long owner = owner(file);
    long me = uid();
    if (owner != me && owner != 0) {
      String allowed = me == 0 ? "root" : "uid " + me + " or root";
      return Optional.of(file + " is owned by uid " + owner + ", not by " + allowed);
    }
    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
    if (openToOthers(perms)) {
      return Optional.of(
          "permissions "
              + mode(perms)
              + " for "
              + file
              + " are too open: group or others may use it (chmod 600 "
              + file
              + ")");
    }
    return Optional.empty();
  }

  /** The octal mode of {@code perms}, e.g. {@code 0644}. */
  public static String mode(Set<PosixFilePermission> perms) {
    int bits = 0;
    for (PosixFilePermission p : perms) {
      bits |= 1 << (8 - p.ordinal());
    }
    return String.format("%04o", bits);
  }
}
