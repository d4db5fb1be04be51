package org.potctl.state.zfs;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The header of a {@code zfs send} stream: its first {@code dmu_replay_record} (a {@code
 * DRR_BEGIN}, OpenZFS include/sys/zfs_ioctl.h) and, for a compound stream ({@code zfs send -R} or
 * {@code -p}), the XDR-packed nvlist after it, whose {@code fss} names every dataset the stream
 * carries and the local properties {@code zfs receive} will set on each. pot's images are such
 * streams under xz; reading this from an image's first bytes lets a hostile image (a {@code
 * mountpoint}, a {@code sharenfs}, a forged user property) be refused before {@code pot import}
 * receives it.
 *
 * @param toName the stream's {@code drr_toname}, {@code pool/ds@snap} on the sending side
 * @param compound whether the stream is compound (carries properties) or a plain substream
 * @param datasets the datasets carried, by name; a substream's one dataset has no properties
 */
public record SendStreamHeader(String toName, boolean compound, List<StreamDataset> datasets) {

  /** The largest header list read: a larger one is refused, not allocated. */
  public static final int MAX_PAYLOAD = 8 << 20;

  /**
   * How many bytes of an xz file are enough for a typical header: xz's LZMA2 chunks are up to 64
   * KiB compressed and a chunk decodes only whole, so a prefix must hold every chunk the header
   * touches. A header whose compressed size exceeds a few KiB (many snapshots) needs more; {@link
   * SendStreamException#truncated()} says so.
   */
  public static final int XZ_PREFIX = 72 << 10;

  static final int RECORD_SIZE = 312;
  static final long BACKUP_MAGIC = 0x2F5bacbacL;
  private static final int NAME_OFFSET = 56;
  private static final int NAME_SIZE = 256;
  private static final int SUBSTREAM = 1;
  private static final int COMPOUNDSTREAM = 2;

  /** Unmodifiable copy. */
  public SendStreamHeader {
    datasets = List.copyOf(datasets);
  }

  /** The dataset the stream was sent from: {@link #toName} without its {@code @snapshot}. */
  public String dataset() {
    int at = toName.indexOf('@');
    return at < 0 ? toName : toName.substring(0, at);
  }

  /**
   * Reads the header from the first bytes of an xz-compressed send stream (a prefix: truncated
   * input is normal, as long as the header is in it: see {@link #XZ_PREFIX}).
   */
  public static SendStreamHeader fromXzPrefix(byte[] xzPrefix) throws SendStreamException {
    try (InputStream in = XzPrefix.open(xzPrefix)) {
      return read(in);
    } catch (java.io.IOException e) {
      throw new SendStreamException("the image could not be decompressed");
    }
  }

  /** The same from uncompressed stream bytes (a prefix). */
  public static SendStreamHeader fromStreamPrefix(byte[] prefix) throws SendStreamException {
    return read(new ByteArrayInputStream(prefix));
  }

  private static SendStreamHeader read(InputStream in) throws SendStreamException {
    byte[] record = XzPrefix.readUpTo(in, RECORD_SIZE);
    if (record.length < RECORD_SIZE) {
      throw new SendStreamException(
          "the image ends within its first record, or is no zfs send stream", true);
    }
    ByteBuffer b = ByteBuffer.wrap(record).order(ByteOrder.LITTLE_ENDIAN);
    long magic = b.getLong(8);
    if (magic != BACKUP_MAGIC) {
      if (Long.reverseBytes(magic) != BACKUP_MAGIC) {
        throw new SendStreamException("the image is not a zfs send stream (bad magic number)");
      }
      b.order(ByteOrder.BIG_ENDIAN);
    }
    if (b.getInt(0) != 0) {
      throw new SendStreamException(
          "the image's zfs send stream does not start with a begin record");
    }
    long payloadLength = b.getInt(4) & 0xffffffffL;
    int headerType = (int) (b.getLong(16) & 3);
    String toName = toName(record);
    if (headerType == SUBSTREAM) {
      String ds = toName.contains("@") ? toName.substring(0, toName.indexOf('@')) : toName;
      return new SendStreamHeader(
          toName, false, List.of(new StreamDataset(ds, new TreeMap<>(), new TreeMap<>())));
    }
    if (headerType != COMPOUNDSTREAM) {
      throw new SendStreamException(
          "the image's zfs send stream has an unknown header type " + headerType);
    }
    if (payloadLength == 0) {
      throw new SendStreamException("the image's compound zfs send stream has no property list");
    }
    if (payloadLength > MAX_PAYLOAD) {
      throw new SendStreamException(
          "the image's property list is "
              + payloadLength
              + " bytes, over potctl's limit of "
              + MAX_PAYLOAD);
    }
    byte[] payload = XzPrefix.readUpTo(in, (int) payloadLength);
    if (payload.length < payloadLength) {
      throw new SendStreamException(
          "the image ends within its property list ("
              + payload.length
              + " of "
              + payloadLength
              + " bytes)",
          true);
    }
    return new SendStreamHeader(
        toName, true, datasets(XdrNvlist.decode(payload, 0, payload.length)));
  }

  private static String toName(byte[] record) throws SendStreamException {
    int end = NAME_OFFSET;
    while (end < NAME_OFFSET + NAME_SIZE && record[end] != 0) {
      end++;
    }
    if (end == NAME_OFFSET + NAME_SIZE) {
      throw new SendStreamException("the image's stream name is not terminated");
    }
    return XdrReader.text(Arrays.copyOfRange(record, NAME_OFFSET, end));
  }

  private static List<StreamDataset> datasets(Nvlist header) throws SendStreamException {
    header.text("tosnap", "property list");
    if (!header.lists().containsKey("fss")) {
      throw new SendStreamException("the image's property list has no list of datasets (fss)");
    }
    Nvlist fss = header.listOrEmpty("fss");
    if (!fss.values().isEmpty()) {
      throw new SendStreamException(
          "the image's list of datasets holds an entry that is no dataset");
    }
    List<StreamDataset> out = new ArrayList<>();
    java.util.Set<String> names = new java.util.HashSet<>();
    for (Nvlist fs : fss.lists().values()) {
      String name = fs.text("name", "dataset entry");
      if (!names.add(name)) {
        throw new SendStreamException("the image names the dataset " + name + " twice");
      }
      SortedMap<String, SortedMap<String, String>> snaps = new TreeMap<>();
      for (Map.Entry<String, Nvlist> s : fs.listOrEmpty("snapprops").lists().entrySet()) {
        snaps.put(s.getKey(), props(s.getValue(), name + "@" + s.getKey()));
      }
      out.add(new StreamDataset(name, props(fs.listOrEmpty("props"), name), snaps));
    }
    out.sort(Comparator.comparing(StreamDataset::name));
    return out;
  }

  private static SortedMap<String, String> props(Nvlist props, String of)
      throws SendStreamException {
    if (!props.lists().isEmpty()) {
      throw new SendStreamException(
          "the image gives " + of + " a property " + props.lists().firstKey() + " that is a list");
    }
    return props.values();
  }
}
