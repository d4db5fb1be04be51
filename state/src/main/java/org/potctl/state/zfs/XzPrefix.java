package org.potctl.state.zfs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import org.tukaani.xz.CorruptedInputException;
import org.tukaani.xz.MemoryLimitException;
import org.tukaani.xz.XZFormatException;
import org.tukaani.xz.XZInputStream;

/**
 * Decompression of the first bytes of an xz file, as far as they go: a prefix ends mid-block, so
 * the end of input (or the corruption a cut looks like) ends the data rather than failing. Memory
 * is bounded ({@value #MEMORY_LIMIT_KIB} KiB for the decoder: a hostile file may ask for a huge
 * dictionary) and so is output (callers say how many bytes they want).
 */
final class XzPrefix {

  /** What xz's presets need at most (-9: 64 MiB dictionary, about 65 MiB to decode). */
  static final int MEMORY_LIMIT_KIB = 96 << 10;

  /** Small reads: what a read cut short by the end of input had decoded is lost with it. */
  private static final int CHUNK = 512;

  private XzPrefix() {}

  /** A decompressing stream over {@code xz}, or a refusal when it is no xz file. */
  static InputStream open(byte[] xz) throws SendStreamException {
    try {
      return new XZInputStream(new ByteArrayInputStream(xz), MEMORY_LIMIT_KIB);
    } catch (XZFormatException | EOFException e) {
      throw new SendStreamException("the image is not an xz file");
    } catch (IOException e) {
      throw new SendStreamException("the image is an xz file potctl cannot read");
    }
  }

  /**
   * Up to {@code n} bytes of {@code in}: fewer when its data ends, or (for xz) where a truncated or
   * corrupt part begins.
   */
  static byte[] readUpTo(InputStream in, int n) throws SendStreamException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(n, 1 << 16));
    byte[] chunk = new byte[CHUNK];
    try {
      while (out.size() < n) {
        int got = in.read(chunk, 0, Math.min(CHUNK, n - out.size()));
        if (got <= 0) {
          break; // no stream here returns 0 for a non-empty read; end rather than spin
        }
        out.write(chunk, 0, got);
      }
    } catch (MemoryLimitException e) {
      throw new SendStreamException(
          "the image needs "
              + e.getMemoryNeeded() / 1024
              + " MiB to decompress, over potctl's limit of "
              + MEMORY_LIMIT_KIB / 1024);
    } catch (EOFException | CorruptedInputException e) {
      // the prefix ends here
    } catch (IOException e) {
      throw new SendStreamException("the image is an xz file potctl cannot read");
    }
    return out.toByteArray();
  }
}
