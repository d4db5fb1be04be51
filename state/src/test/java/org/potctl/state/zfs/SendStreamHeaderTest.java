package org.potctl.state.zfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Send-stream headers built by hand ({@link TestNvlist}): both byte orders, xz, truncation. */
class SendStreamHeaderTest {

  private static final String WEB = "zroot/pot/jails/web";

  /** What {@code zfs send -R zroot/pot/jails/web@s1} writes first: the pot and its m child. */
  static byte[] compoundPayload() {
    TestNvlist web =
        TestNvlist.of()
            .str("name", WEB)
            .u64("parentfromsnap", 0)
            .list(
                "props",
                TestNvlist.of()
                    .str("mountpoint", "/usr/local/etc")
                    .u64("compression", 2)
                    .str("org.example:a", "b"))
            .list("snaps", TestNvlist.of().u64("s1", -7L))
            .list("snapprops", TestNvlist.of().list("s1", TestNvlist.of().str("x:y", "z")));
    TestNvlist m =
        TestNvlist.of()
            .str("name", WEB + "/m")
            .list("props", TestNvlist.of().str("sharenfs", "on"))
            .list("snaps", TestNvlist.of().u64("s1", 5))
            .list("snapprops", TestNvlist.of().list("s1", TestNvlist.of()));
    return TestNvlist.of()
        .str("tosnap", "s1")
        .list("fss", TestNvlist.of().list("0x2", m).list("0x1", web))
        .packed();
  }

  private static void assertPot(SendStreamHeader h) {
    assertEquals(WEB + "@s1", h.toName());
    assertTrue(h.compound());
    assertEquals(List.of(WEB, WEB + "/m"), h.datasets().stream().map(StreamDataset::name).toList());
    StreamDataset web = h.datasets().get(0);
    assertEquals(
        Map.of("compression", "2", "mountpoint", "/usr/local/etc", "org.example:a", "b"),
        web.properties());
    assertEquals(Map.of("s1", Map.of("x:y", "z")), web.snapshotProperties());
    assertEquals(Map.of("sharenfs", "on"), h.datasets().get(1).properties());
    assertEquals(Map.of("s1", Map.of()), h.datasets().get(1).snapshotProperties());
  }

  @Test
  void readsACompoundStreamInEitherByteOrder() throws Exception {
    for (ByteOrder o : List.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN)) {
      assertPot(
          SendStreamHeader.fromStreamPrefix(
              TestNvlist.stream(o, 2, WEB + "@s1", compoundPayload())));
    }
  }

  @Test
  void aSubstreamIsOneDatasetWithoutProperties() throws Exception {
    SendStreamHeader h =
        SendStreamHeader.fromStreamPrefix(
            TestNvlist.stream(ByteOrder.BIG_ENDIAN, 1, WEB + "@s1", new byte[0]));
    assertFalse(h.compound());
    assertEquals(
        List.of(new StreamDataset(WEB, new java.util.TreeMap<>(), new java.util.TreeMap<>())),
        h.datasets());
  }

  /** The header, then 2 MiB of data that does not compress, as a pot's files would be. */
  private static byte[] withBody(byte[] stream) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(stream);
    byte[] noise = new byte[2 << 20];
    new Random(7).nextBytes(noise);
    b.writeBytes(noise);
    return b.toByteArray();
  }

  @Test
  void readsTheHeaderFromAnXzPrefix() throws Exception {
    byte[] stream = TestNvlist.stream(ByteOrder.LITTLE_ENDIAN, 2, WEB + "@s1", compoundPayload());
    byte[] xz = TestNvlist.xz(withBody(stream));
    assertPot(SendStreamHeader.fromXzPrefix(xz));
    assertPot(SendStreamHeader.fromXzPrefix(Arrays.copyOf(xz, SendStreamHeader.XZ_PREFIX)));
    for (int cut : new int[] {200, 4096, 60 << 10}) {
      var e =
          assertThrows(
              SendStreamException.class,
              () -> SendStreamHeader.fromXzPrefix(Arrays.copyOf(xz, cut)));
      assertTrue(e.truncated(), e.getMessage());
    }
    byte[] small = TestNvlist.xz(stream);
    assertPot(SendStreamHeader.fromXzPrefix(small));
    assertPot(SendStreamHeader.fromXzPrefix(Arrays.copyOf(small, small.length - 20))); // no index
    var e =
        assertThrows(
            SendStreamException.class,
            () -> SendStreamHeader.fromXzPrefix(Arrays.copyOf(small, small.length / 2)));
    assertTrue(e.truncated() && e.getMessage().startsWith("the image "), e.getMessage());
  }

  @Test
  void refusesWhatIsNotAnXzFileOrNotASendStream() {
    assertEquals(
        "the image is not an xz file",
        assertThrows(
                SendStreamException.class,
                () -> SendStreamHeader.fromXzPrefix("potsim-image 1\n".getBytes()))
            .getMessage());
    assertEquals(
        "the image is not an xz file",
        assertThrows(SendStreamException.class, () -> SendStreamHeader.fromXzPrefix(new byte[3]))
            .getMessage());
    assertEquals(
        "the image is not a zfs send stream (bad magic number)",
        assertThrows(
                SendStreamException.class,
                () -> SendStreamHeader.fromXzPrefix(TestNvlist.xz(new byte[4096])))
            .getMessage());
    byte[] notBegin = TestNvlist.stream(ByteOrder.LITTLE_ENDIAN, 1, WEB + "@s", new byte[0]);
    notBegin[0] = 5;
    assertThrows(SendStreamException.class, () -> SendStreamHeader.fromStreamPrefix(notBegin));
    byte[] unterminated =
        TestNvlist.stream(ByteOrder.LITTLE_ENDIAN, 1, "a".repeat(256), new byte[0]);
    assertThrows(SendStreamException.class, () -> SendStreamHeader.fromStreamPrefix(unterminated));
    byte[] type3 = TestNvlist.stream(ByteOrder.LITTLE_ENDIAN, 3, WEB + "@s", new byte[0]);
    assertThrows(SendStreamException.class, () -> SendStreamHeader.fromStreamPrefix(type3));
  }

  /**
   * An xz file whose block asks for a 512 MiB dictionary (the block header's LZMA2 property byte
   * patched to 34, its CRC32 recomputed) is refused, not allocated.
   */
  @Test
  void refusesAnXzFileNeedingMoreMemoryThanTheLimit() {
    byte[] xz = TestNvlist.xz(new byte[1024]);
    int header = 12;
    int size = ((xz[header] & 0xff) + 1) * 4;
    assertEquals(0x21, xz[header + 2], "the block's one filter is LZMA2");
    xz[header + 4] = 34;
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(xz, header, size - 4);
    java.nio.ByteBuffer.wrap(xz)
        .order(ByteOrder.LITTLE_ENDIAN)
        .putInt(header + size - 4, (int) crc.getValue());
    var e = assertThrows(SendStreamException.class, () -> SendStreamHeader.fromXzPrefix(xz));
    assertTrue(
        e.getMessage().contains("MiB to decompress, over potctl's limit of 96"), e.getMessage());
  }

  @Test
  void refusesAPayloadOverTheCapOrCutShort() {
    byte[] s = TestNvlist.stream(ByteOrder.LITTLE_ENDIAN, 2, WEB + "@s1", compoundPayload());
    java.nio.ByteBuffer.wrap(s).order(ByteOrder.LITTLE_ENDIAN).putInt(4, -16);
    assertEquals(
        "the image's property list is 4294967280 bytes, over potctl's limit of 8388608",
        assertThrows(SendStreamException.class, () -> SendStreamHeader.fromStreamPrefix(s))
            .getMessage());
    byte[] full = TestNvlist.stream(ByteOrder.BIG_ENDIAN, 2, WEB + "@s1", compoundPayload());
    for (int cut : new int[] {0, 100, 311, 312, 320, full.length - 1}) {
      assertThrows(
          SendStreamException.class,
          () -> SendStreamHeader.fromStreamPrefix(Arrays.copyOf(full, cut)),
          "cut at " + cut);
    }
  }

  @Test
  void refusesACompoundHeaderWithoutItsLists() {
    for (TestNvlist l :
        List.of(
            TestNvlist.of().str("tosnap", "s"),
            TestNvlist.of().list("fss", TestNvlist.of()),
            TestNvlist.of().str("tosnap", "s").list("fss", TestNvlist.of().str("0x1", "x")),
            TestNvlist.of()
                .str("tosnap", "s")
                .list("fss", TestNvlist.of().list("0x1", TestNvlist.of().u64("guid", 1))),
            TestNvlist.of()
                .str("tosnap", "s")
                .list(
                    "fss",
                    TestNvlist.of()
                        .list("0x1", TestNvlist.of().str("name", "a"))
                        .list("0x2", TestNvlist.of().str("name", "a"))),
            TestNvlist.of()
                .str("tosnap", "s")
                .list(
                    "fss",
                    TestNvlist.of()
                        .list(
                            "0x1",
                            TestNvlist.of()
                                .str("name", "a")
                                .list("props", TestNvlist.of().list("p", TestNvlist.of())))))) {
      byte[] s = TestNvlist.stream(ByteOrder.LITTLE_ENDIAN, 2, "a@s", l.packed());
      assertThrows(SendStreamException.class, () -> SendStreamHeader.fromStreamPrefix(s));
    }
    byte[] empty = TestNvlist.stream(ByteOrder.LITTLE_ENDIAN, 2, "a@s", new byte[0]);
    assertThrows(SendStreamException.class, () -> SendStreamHeader.fromStreamPrefix(empty));
  }

  /** Random damage to a valid stream, plain and under xz: a header or a refusal, nothing else. */
  @Test
  void damagedStreamsGiveAHeaderOrARefusalNeverAnotherException() {
    byte[] good = TestNvlist.stream(ByteOrder.LITTLE_ENDIAN, 2, WEB + "@s1", compoundPayload());
    byte[] goodXz = TestNvlist.xz(good);
    Random r = new Random(42);
    for (int i = 0; i < 3000; i++) {
      byte[] s = (i % 3 == 0 ? goodXz : good).clone();
      for (int k = 1 + r.nextInt(4); k > 0; k--) {
        int at = i % 3 == 0 ? r.nextInt(s.length) : 312 + r.nextInt(s.length - 312);
        s[at] = (byte) (r.nextInt(4) == 0 ? 0xff : r.nextInt(256));
      }
      try {
        if (i % 3 == 0) {
          SendStreamHeader.fromXzPrefix(s);
        } else {
          SendStreamHeader.fromStreamPrefix(s);
        }
      } catch (SendStreamException expected) {
        assertFalse(expected.getMessage().contains("Exception"), expected.getMessage());
      }
    }
  }
}
