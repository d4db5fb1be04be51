package org.potctl.state.statedir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.potctl.state.StateException;

/**
 * Files of potctl's private directories (the state directory, the simulator's directory): their
 * directories are made 0700 and files 0600 whatever the umask, and no symbolic link in them is ever
 * followed. A link, an entry owned by another user, a FIFO, socket or device, or a file with more
 * than one hard link is a {@link StateException} naming it; writes go to a new temp file renamed
 * over the target, opens use {@code O_NOFOLLOW}.
 */
public final class NoFollowFiles {

  /** rwx------ */
  static final Set<PosixFilePermission> DIR_MODE = PosixFilePermissions.fromString("rwx------");

  /** rw------- */
  static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");

  private static final FileAttribute<Set<PosixFilePermission>> DIR_ATTR =
      PosixFilePermissions.asFileAttribute(DIR_MODE);
  private static final FileAttribute<Set<PosixFilePermission>> FILE_ATTR =
      PosixFilePermissions.asFileAttribute(FILE_MODE);
  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

  private NoFollowFiles() {}

  /**
   * Makes {@code dir} (and missing parents) 0700, or checks an existing one: a real directory, not
   * a link, owned by this user; group and other permission bits are removed.
   */
  public static Path privateDir(Path dir) {
    try {
      if (!Files.exists(dir, NOFOLLOW)) {
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null && !Files.exists(parent, NOFOLLOW)) {
          privateDir(parent);
        }
        Files.createDirectory(dir, DIR_ATTR);
        Files.setPosixFilePermissions(dir, DIR_MODE);
        return dir;
      }
      PosixFileAttributes a = attributes(dir).orElseThrowIfAbsent(dir);
      if (!a.isDirectory()) {
        throw new StateException(dir + " is not a directory");
      }
      if (PrivateFiles.openToOthers(a.permissions())) {
        Set<PosixFilePermission> tight = new HashSet<>(a.permissions());
        tight.retainAll(DIR_MODE);
        Files.setPosixFilePermissions(dir, tight);
      }
      return dir;
    } catch (java.nio.file.FileAlreadyExistsException e) {
      return privateDir(dir); // made by a concurrent process: check it as an existing one
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
  }

  /**
   * Checks {@code file} without following it: absent, or not a link and owned by this user.
   *
   * @return whether it exists
   */
  public static boolean check(Path file) {
    try {
      return attributes(file).present();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot examine " + file, e);
    }
  }

  /**
   * Opens {@code file} with {@code O_NOFOLLOW}; a file it creates is 0600. An existing file must be
   * this user's and is made 0600. The parent directory must exist.
   */
  public static FileChannel open(Path file, OpenOption... options) {
    check(file);
    Set<OpenOption> all = new HashSet<>(Arrays.asList(options));
    all.add(NOFOLLOW);
    try {
      FileChannel ch = FileChannel.open(file, all, FILE_ATTR);
      if (all.contains(StandardOpenOption.WRITE) || all.contains(StandardOpenOption.APPEND)) {
        tighten(file);
      }
      return ch;
    } catch (IOException e) {
      if (Files.isSymbolicLink(file)) {
        throw new StateException(linkMessage(file), e);
      }
      throw new UncheckedIOException("cannot open " + file, e);
    }
  }

  /** The content of {@code file} (not followed), or null if it does not exist. */
  public static String readOrNull(Path file) {
    if (!check(file)) {
      return null;
    }
    try (FileChannel ch = open(file, StandardOpenOption.READ)) {
      ByteBuffer buf = ByteBuffer.allocate((int) Math.min(ch.size(), Integer.MAX_VALUE - 8));
      while (buf.hasRemaining() && ch.read(buf) >= 0) {
        // read on
      }
      return new String(buf.array(), 0, buf.position(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Replaces {@code target} whole with {@code content}: a new 0600 temp file in its directory (made
   * private if missing), fsync when {@code sync}, then a rename that replaces the name and never
   * follows it. A link or another user's file at {@code target} is refused first.
   */
  public static void replace(Path target, byte[] content, boolean sync) {
    Path dir = privateDir(target.toAbsolutePath().getParent());
    check(target);
    try {
      Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp", FILE_ATTR);
      try {
        try (FileChannel ch = FileChannel.open(tmp, Set.of(StandardOpenOption.WRITE, NOFOLLOW))) {
          ByteBuffer buf = ByteBuffer.wrap(content);
          while (buf.hasRemaining()) {
            ch.write(buf);
          }
          if (sync) {
            ch.force(true);
          }
        }
        Files.setPosixFilePermissions(tmp, FILE_MODE);
        try {
          Files.move(
              tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  private static void tighten(Path file) throws IOException {
    PosixFileAttributes a = Files.readAttributes(file, PosixFileAttributes.class, NOFOLLOW);
    if (a.isRegularFile() && !a.permissions().equals(FILE_MODE)) {
      Files.setPosixFilePermissions(file, FILE_MODE);
    }
  }

  private static String linkMessage(Path file) {
    return file + " is a symbolic link; potctl never follows links in its private directories";
  }

  private record Found(PosixFileAttributes attributes) {
    boolean present() {
      return attributes != null;
    }

    PosixFileAttributes orElseThrowIfAbsent(Path file) throws NoSuchFileException {
      if (attributes == null) {
        throw new NoSuchFileException(file.toString());
      }
      return attributes;
    }
  }

  private static int links(Path file) throws IOException {
    return ((Number) Files.getAttribute(file, "unix:nlink", NOFOLLOW)).intValue();
  }

  private static Found attributes(Path file) throws IOException {
    PosixFileAttributes a;
    try {
      a = Files.readAttributes(file, PosixFileAttributes.class, NOFOLLOW);
    } catch (NoSuchFileException e) {
      return new Found(null);
    }
    if (a.isSymbolicLink()) {
      throw new StateException(linkMessage(file));
    }
    if (!a.isRegularFile() && !a.isDirectory()) {
      // a FIFO blocks the open, a device reads or writes what it is
      throw new StateException(
          file + " is neither a regular file nor a directory; potctl uses only its own files here");
    }
    if (a.isRegularFile() && links(file) > 1) {
      // a hard link reaches a file outside: writes and chmod would change it
      throw new StateException(
          file
              + " has "
              + links(file)
              + " hard links; potctl writes only files of its own in its private directories");
    }
    long owner = PrivateFiles.owner(file, NOFOLLOW);
    long me = PrivateFiles.uid();
    if (owner != me) {
      throw new StateException(
          file + " is owned by uid " + owner + ", not by uid " + me + " who runs potctl");
    }
    return new Found(a);
  }
}
