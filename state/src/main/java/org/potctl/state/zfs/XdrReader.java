package org.potctl.state.zfs;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A bounded cursor over XDR data (RFC 4506: big-endian 4-byte units, strings and opaques padded to
 * 4): every read is checked against what remains, so a hostile length is an exception, never an
 * out-of-bounds read or a large allocation.
 */
final class XdrReader {

  private static final String OVERRUN =
      "the image's property list is malformed: a length runs past its end";

  private final byte[] buf;
  private final int end;
  private int pos;

  XdrReader(byte[] buf, int offset, int length) {
    this.buf = buf;
    this.pos = offset;
    this.end = offset + length;
  }

  int remaining() {
    return end - pos;
  }

  private void need(long n) throws SendStreamException {
    if (n < 0 || n > remaining()) {
      throw new SendStreamException(OVERRUN);
    }
  }

  int int32() throws SendStreamException {
    need(4);
    int v =
        (buf[pos] & 0xff) << 24
            | (buf[pos + 1] & 0xff) << 16
            | (buf[pos + 2] & 0xff) << 8
            | buf[pos + 3] & 0xff;
    pos += 4;
    return v;
  }

  long uint32() throws SendStreamException {
    return int32() & 0xffffffffL;
  }

  long int64() throws SendStreamException {
    long hi = uint32();
    return hi << 32 | uint32();
  }

  /** {@code n} bytes and the padding to the next 4-byte unit. */
  byte[] opaque(long n) throws SendStreamException {
    need(n);
    long padded = (n + 3) & ~3L;
    need(padded);
    byte[] out = new byte[(int) n];
    System.arraycopy(buf, pos, out, 0, (int) n);
    pos += (int) padded;
    return out;
  }

  /** An XDR string of at most {@code max} bytes: UTF-8 text without NUL (C would cut it there). */
  String string(int max) throws SendStreamException {
    long n = uint32();
    if (n > max) {
      throw new SendStreamException(
          "the image's property list holds a name or value of " + n + " bytes, over " + max);
    }
    return text(opaque(n));
  }

  /** {@code b} as UTF-8 text, refused when it holds a NUL or is not UTF-8. */
  static String text(byte[] b) throws SendStreamException {
    for (byte c : b) {
      if (c == 0) {
        throw new SendStreamException(
            "the image's property list holds a name or value with a NUL character");
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b))
          .toString();
    } catch (CharacterCodingException e) {
      throw new SendStreamException(
          "the image's property list holds a name or value that is not UTF-8 text");
    }
  }
}
