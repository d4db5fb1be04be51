package org.potctl.state.hostdir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * What a {@code dir} mount's source is on the host once its symlinks are resolved: pot's {@code
 * mount-in -d} mounts only a directory; a missing one may still be made before apply, anything else
 * in its place cannot be mounted.
 */
public enum HostFileType {
  DIRECTORY("a directory"),
  MISSING("missing"),
  REGULAR_FILE("a regular file"),
  FIFO("a FIFO"),
  SOCKET("a socket"),
  CHARACTER_DEVICE("a character device"),
  BLOCK_DEVICE("a block device"),
  OTHER("neither a file nor a directory");

  private static final int S_IFMT = 0170000;

  private final String shown;

  HostFileType(String shown) {
    this.shown = shown;
  }

  /** How a message names it: {@code a FIFO}, {@code a character device}. */
  public String shown() {
    return shown;
  }

  /** Whether an entry of this type exists and is not a directory: pot cannot mount it. */
  public boolean existsAndIsNotADirectory() {
    return this != DIRECTORY && this != MISSING;
  }

  /** The type of the file-type bits of {@code st_mode} ({@code S_IFMT}). */
  public static HostFileType ofMode(int mode) {
    return switch (mode & S_IFMT) {
      case 0040000 -> DIRECTORY;
      case 0100000 -> REGULAR_FILE;
      case 0010000 -> FIFO;
      case 0140000 -> SOCKET;
      case 0020000 -> CHARACTER_DEVICE;
      case 0060000 -> BLOCK_DEVICE;
      default -> OTHER;
    };
  }

  /** The type of {@code path} on this machine, not following a final symbolic link. */
  public static HostFileType local(Path path) {
    try {
      return ofMode((Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS));
    } catch (NoSuchFileException e) {
      return MISSING;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot examine " + path, e);
    }
  }
}
