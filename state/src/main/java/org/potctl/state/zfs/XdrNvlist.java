package org.potctl.state.zfs;

import java.util.HexFormat;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The decoder of an XDR-packed nvlist ({@code nvlist_pack(..., NV_ENCODE_XDR)}, libnvpair's {@code
 * nvs_xdr_*}), the form a compound send stream's header list takes. Bounded for hostile input:
 * lengths are checked by {@link XdrReader}, nesting is capped at {@value #MAX_DEPTH}, pairs at
 * {@value #MAX_PAIRS} in all, and a repeated name is refused (receive would act on one of them).
 *
 * <p>Values become text: integers as decimals (unsigned types unsigned), {@code boolean} (a name
 * without a value) as the empty string, byte arrays as hex, other arrays joined with commas.
 */
final class XdrNvlist {

  static final int MAX_DEPTH = 16;
  static final int MAX_PAIRS = 100_000;
  private static final int MAX_STRING = 1 << 20;
  private static final int NV_ENCODE_XDR = 1;
  private static final int NV_VERSION = 0;

  private final XdrReader in;
  private int pairs;

  private XdrNvlist(XdrReader in) {
    this.in = in;
  }

  /** Decodes the packed list in {@code length} bytes of {@code buf} from {@code offset}. */
  static Nvlist decode(byte[] buf, int offset, int length) throws SendStreamException {
    if (length < 4) {
      throw new SendStreamException("the image's property list is too short to be one");
    }
    if (buf[offset] != NV_ENCODE_XDR) {
      throw new SendStreamException(
          "the image's property list is not XDR-encoded (encoding " + buf[offset] + ")");
    }
    return new XdrNvlist(new XdrReader(buf, offset + 4, length - 4)).list(0);
  }

  private Nvlist list(int depth) throws SendStreamException {
    if (depth > MAX_DEPTH) {
      throw new SendStreamException(
          "the image's property list nests deeper than " + MAX_DEPTH + " levels");
    }
    int version = in.int32();
    in.int32(); // nvflag
    if (version != NV_VERSION) {
      throw new SendStreamException("the image's property list has version " + version);
    }
    SortedMap<String, String> values = new TreeMap<>();
    SortedMap<String, Nvlist> lists = new TreeMap<>();
    while (true) {
      in.int32(); // encoded size, unused by libnvpair's decoder too
      int decoded = in.int32();
      if (decoded == 0) {
        return new Nvlist(values, lists);
      }
      if (decoded < 0 || ++pairs > MAX_PAIRS) {
        throw new SendStreamException(
            "the image's property list is malformed or holds over " + MAX_PAIRS + " entries");
      }
      String name = in.string(MAX_STRING);
      int type = in.int32();
      int nelem = in.int32();
      if (values.containsKey(name) || lists.containsKey(name)) {
        throw new SendStreamException("the image's property list repeats the name " + name);
      }
      if (type == NvType.NVLIST) {
        single(name, nelem);
        lists.put(name, list(depth + 1));
      } else {
        values.put(name, value(name, type, nelem));
      }
    }
  }

  private static void single(String name, int nelem) throws SendStreamException {
    if (nelem != 1) {
      throw new SendStreamException(
          "the image's property list gives " + name + " " + nelem + " values where it takes one");
    }
  }

  private String value(String name, int type, int nelem) throws SendStreamException {
    if (type == NvType.BOOLEAN) {
      if (nelem != 0) {
        throw new SendStreamException(
            "the image's property list gives the flag " + name + " a value");
      }
      return "";
    }
    if (NvType.isScalar(type)) {
      single(name, nelem);
      return scalar(type);
    }
    if (nelem < 0 || nelem > in.remaining()) {
      throw new SendStreamException(
          "the image's property list gives " + name + " " + nelem + " values, more than it holds");
    }
    if (nelem == 0 && NvType.isArray(type)) {
      return ""; // libnvpair writes no data for an empty array
    }
    if (type == NvType.BYTE_ARRAY) {
      return HexFormat.of().formatHex(in.opaque(nelem));
    }
    if (type == NvType.STRING_ARRAY) {
      StringJoiner j = new StringJoiner(",");
      for (int i = 0; i < nelem; i++) {
        j.add(in.string(MAX_STRING));
      }
      return j.toString();
    }
    int element = NvType.arrayElement(type);
    if (element < 0) {
      throw new SendStreamException(
          "the image's property list holds "
              + name
              + " of a type potctl does not read ("
              + type
              + ")");
    }
    if (in.uint32() != nelem) {
      throw new SendStreamException("the image's property list miscounts the values of " + name);
    }
    StringJoiner j = new StringJoiner(",");
    for (int i = 0; i < nelem; i++) {
      j.add(scalar(element));
    }
    return j.toString();
  }

  private String scalar(int type) throws SendStreamException {
    return switch (type) {
      case NvType.UINT64 -> Long.toUnsignedString(in.int64());
      case NvType.INT64, NvType.HRTIME -> Long.toString(in.int64());
      case NvType.DOUBLE -> Double.toString(Double.longBitsToDouble(in.int64()));
      case NvType.UINT32 -> Long.toString(in.uint32());
      case NvType.UINT16 -> Integer.toString(in.int32() & 0xffff);
      case NvType.BYTE, NvType.UINT8 -> Integer.toString(in.int32() & 0xff);
      case NvType.INT16 -> Integer.toString((short) in.int32());
      case NvType.INT8 -> Integer.toString((byte) in.int32());
      case NvType.STRING -> in.string(MAX_STRING);
      default -> Integer.toString(in.int32()); // INT32, BOOLEAN_VALUE
    };
  }
}
