package org.potctl.state.sim;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/**
 * The header {@code zfs send -R POT@SNAP} writes, in its real format, for the simulator's images: a
 * little-endian compound {@code DRR_BEGIN} record and its XDR-packed nvlist ({@code tosnap}, {@code
 * fss} with the pot and its {@code /m} child and their user properties), so that what reads a real
 * image's header ({@link org.potctl.state.zfs.SendStreamHeader}) reads the simulator's too. Where a
 * real stream goes on with its substreams, the simulator's body follows.
 */
final class SimSendStream {

  private static final int RECORD_SIZE = 312;
  private static final long BACKUP_MAGIC = 0x2F5bacbacL;
  private static final int COMPOUNDSTREAM = 2;
  private static final int STRING = 9;
  private static final int UINT64 = 8;
  private static final int NVLIST = 19;

  private SimSendStream() {}

  /**
   * xz of the header for {@code dataset} at the last of {@code snapshots} with {@code properties}
   * (by dataset suffix: {@code ""}, {@code /m}), then {@code body}.
   */
  static byte[] xz(
      String dataset,
      List<String> snapshots,
      Map<String, Map<String, String>> properties,
      byte[] body) {
    String tosnap = snapshots.get(snapshots.size() - 1);
    Nv fss = new Nv();
    for (String suffix : List.of("", "/m")) {
      String name = dataset + suffix;
      Nv snaps = new Nv();
      Nv snapprops = new Nv();
      for (String s : snapshots) {
        snaps.u64(s, guid(name + "@" + s));
        snapprops.list(s, new Nv());
      }
      Nv props = new Nv();
      properties.getOrDefault(suffix, Map.of()).forEach(props::str);
      Nv fs = new Nv().str("name", name).u64("parentfromsnap", 0);
      fs.list("props", props).list("snaps", snaps).list("snapprops", snapprops);
      fss.list("0x" + Long.toHexString(guid(name)), fs);
    }
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    packed.writeBytes(new byte[] {1, 1, 0, 0}); // NV_ENCODE_XDR, little-endian host
    packed.writeBytes(new Nv().str("tosnap", tosnap).list("fss", fss).body());
    byte[] payload = packed.toByteArray();
    ByteBuffer rec = ByteBuffer.allocate(RECORD_SIZE).order(ByteOrder.LITTLE_ENDIAN);
    rec.putInt(0, 0).putInt(4, payload.length).putLong(8, BACKUP_MAGIC);
    rec.putLong(16, COMPOUNDSTREAM).putLong(40, guid(dataset + "@" + tosnap));
    rec.put(56, (dataset + "@" + tosnap).getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XZOutputStream xz = new XZOutputStream(out, new LZMA2Options(0))) {
      xz.write(rec.array());
      xz.write(payload);
      xz.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Where the body starts in a decompressed stream whose header has been read: after the record and
   * its payload, in the record's byte order.
   */
  static int bodyOffset(byte[] stream) {
    ByteBuffer b = ByteBuffer.wrap(stream).order(ByteOrder.LITTLE_ENDIAN);
    if (b.getLong(8) != BACKUP_MAGIC) {
      b.order(ByteOrder.BIG_ENDIAN);
    }
    return RECORD_SIZE + b.getInt(4);
  }

  /** A stable stand-in for a dataset's or snapshot's guid. */
  private static long guid(String name) {
    return name.hashCode() & 0xffffffffL | 1L << 40;
  }

  /** An nvlist being XDR-encoded (libnvpair's nvs_xdr: sizes, name, type, count, value). */
  private static final class Nv {
    private final ByteArrayOutputStream pairs = new ByteArrayOutputStream();

    Nv str(String name, String value) {
      return pair(name, STRING, string(value), value.getBytes(StandardCharsets.UTF_8).length + 1);
    }

    Nv u64(String name, long value) {
      return pair(name, UINT64, ByteBuffer.allocate(8).putLong(value).array(), 8);
    }

    Nv list(String name, Nv nested) {
      return pair(name, NVLIST, nested.body(), 24); // sizeof (nvlist_t)
    }

    /**
     * A pair: its XDR size, its decoded size ({@code NVP_SIZE_CALC}: the 16-byte nvpair_t and the
     * NUL-ended name, 8-aligned, then the native value, 8-aligned), name, type, one element, value.
     */
    private Nv pair(String name, int type, byte[] value, int nativeValue) {
      byte[] n = string(name);
      int size = 4 * 4 + n.length + value.length;
      int nameBytes = name.getBytes(StandardCharsets.UTF_8).length + 1;
      int decoded = align8(16 + nameBytes) + align8(nativeValue);
      pairs.writeBytes(ByteBuffer.allocate(8).putInt(size).putInt(decoded).array());
      pairs.writeBytes(n);
      pairs.writeBytes(ByteBuffer.allocate(8).putInt(type).putInt(1).array());
      pairs.writeBytes(value);
      return this;
    }

    /** Version 0, NV_UNIQUE_NAME, the pairs, the two zeros ending the list. */
    byte[] body() {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      b.writeBytes(ByteBuffer.allocate(8).putInt(0).putInt(1).array());
      b.writeBytes(pairs.toByteArray());
      b.writeBytes(new byte[8]);
      return b.toByteArray();
    }

    private static int align8(int n) {
      return (n + 7) & ~7;
    }

    private static byte[] string(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      return ByteBuffer.allocate(4 + ((b.length + 3) & ~3)).putInt(b.length).put(b).array();
    }
  }
}
