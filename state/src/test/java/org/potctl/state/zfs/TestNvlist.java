package org.potctl.state.zfs;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The tests' encoder of XDR-packed nvlists and send-stream begin records, written from libnvpair's
 * {@code nvs_xdr_*} and zfs_ioctl.h independently of the decoder, so it can serve as its oracle.
 */
final class TestNvlist {

  private final ByteArrayOutputStream pairs = new ByteArrayOutputStream();

  static TestNvlist of() {
    return new TestNvlist();
  }

  TestNvlist str(String name, String value) {
    return raw(name, NvType.STRING, 1, xdrString(value.getBytes(StandardCharsets.UTF_8)));
  }

  TestNvlist u64(String name, long value) {
    return raw(name, NvType.UINT64, 1, ByteBuffer.allocate(8).putLong(value).array());
  }

  TestNvlist i32(String name, int type, int value) {
    return raw(name, type, 1, ByteBuffer.allocate(4).putInt(value).array());
  }

  TestNvlist bool(String name) {
    return raw(name, NvType.BOOLEAN, 0, new byte[0]);
  }

  TestNvlist list(String name, TestNvlist nested) {
    return raw(name, NvType.NVLIST, 1, nested.body());
  }

  /** A pair with a hand-made value: encoded size, decoded size, name, type, nelem, value. */
  TestNvlist raw(String name, int type, int nelem, byte[] value) {
    byte[] n = xdrString(name.getBytes(StandardCharsets.UTF_8));
    int encoded = 4 * 4 + n.length + value.length;
    int32(pairs, encoded);
    int32(pairs, encoded + 32);
    pairs.writeBytes(n);
    int32(pairs, type);
    int32(pairs, nelem);
    pairs.writeBytes(value);
    return this;
  }

  /** Version, flags (NV_UNIQUE_NAME), the pairs and the two zeros that end the list. */
  byte[] body() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int32(b, 0);
    int32(b, 1);
    b.writeBytes(pairs.toByteArray());
    int32(b, 0);
    int32(b, 0);
    return b.toByteArray();
  }

  /** {@code nvlist_pack(NV_ENCODE_XDR)}: the 4-byte header, then the body. */
  byte[] packed() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(new byte[] {1, 1, 0, 0});
    b.writeBytes(body());
    return b.toByteArray();
  }

  static byte[] xdrString(byte[] s) {
    ByteBuffer b = ByteBuffer.allocate(4 + ((s.length + 3) & ~3));
    return b.putInt(s.length).put(s).array();
  }

  static void int32(ByteArrayOutputStream out, int v) {
    out.writeBytes(ByteBuffer.allocate(4).putInt(v).array());
  }

  /** A 312-byte DRR_BEGIN in {@code order}, header type {@code hdrtype}, then {@code payload}. */
  static byte[] stream(ByteOrder order, int hdrtype, String toName, byte[] payload) {
    ByteBuffer b = ByteBuffer.allocate(312 + payload.length).order(order);
    b.putInt(0, 0);
    b.putInt(4, payload.length);
    b.putLong(8, 0x2F5bacbacL);
    b.putLong(16, hdrtype | (4L << 2));
    b.putLong(24, 1_700_000_000L);
    b.putInt(32, 2);
    b.putInt(36, 0);
    b.putLong(40, 0x1234_5678_9abcL);
    b.putLong(48, 0);
    byte[] name = toName.getBytes(StandardCharsets.UTF_8);
    b.put(56, name);
    b.put(312, payload);
    return b.array();
  }

  /** xz of {@code data}, as {@code xz} writes it by default (CRC64, preset 6). */
  static byte[] xz(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var x = new org.tukaani.xz.XZOutputStream(out, new org.tukaani.xz.LZMA2Options())) {
      x.write(data);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
