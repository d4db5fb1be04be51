package org.potctl.state.statedir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Whole-file replacement a reader never sees half done (temp file, fsync, rename), and appends. */
final class AtomicWrite {

  private AtomicWrite() {}

  /**
   * Replaces {@code target} with {@code content}: 0600 temp file beside it, fsync, rename; never
   * through a link ({@link NoFollowFiles#replace}).
   */
  static void replace(Path target, String content) {
    NoFollowFiles.replace(target, content.getBytes(StandardCharsets.UTF_8), true);
  }

  /** Writes {@code text} whole to {@code ch} (the kernel has it when this returns). */
  static void writeAll(FileChannel ch, String text) throws IOException {
    ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    while (buf.hasRemaining()) {
      ch.write(buf);
    }
  }
}
