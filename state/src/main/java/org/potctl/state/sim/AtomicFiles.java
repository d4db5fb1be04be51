package org.potctl.state.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.potctl.state.statedir.NoFollowFiles;

/**
 * File writes a concurrent reader never sees half done, and a killed process never leaves torn:
 * temp file in the same directory, then rename over the target. No fsync: the simulator's files
 * must survive the death of a process (kill -9), which the rename alone guarantees as the written
 * pages stay in the kernel's cache; surviving a power loss is not the simulator's job, and an fsync
 * per file cost about 30 ms per simulated command, more than the latency it simulates.
 */
final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * Replaces {@code target} with {@code content} atomically: a 0600 temp file renamed over it. A
   * link or another user's file at {@code target} or as its directory is refused, never followed.
   */
  static void write(Path target, String content) {
    write(target, content.getBytes(StandardCharsets.UTF_8));
  }

  /** The same with bytes. */
  static void write(Path target, byte[] content) {
    Path dir = target.toAbsolutePath().getParent();
    NoFollowFiles.check(dir);
    NoFollowFiles.replace(target, content, false);
  }

  /**
   * Appends one line with a single write on an O_APPEND, O_NOFOLLOW channel, so lines never
   * interleave; a new file is 0600.
   */
  static void appendLine(Path file, String line) {
    Path dir = file.toAbsolutePath().getParent();
    NoFollowFiles.check(dir);
    NoFollowFiles.privateDir(dir);
    try (FileChannel ch =
        NoFollowFiles.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      ch.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to " + file, e);
    }
  }

  /** The file's content, or empty if it does not exist. */
  static String readOrEmpty(Path file) {
    String text = NoFollowFiles.readOrNull(file);
    return text == null ? "" : text;
  }
}
