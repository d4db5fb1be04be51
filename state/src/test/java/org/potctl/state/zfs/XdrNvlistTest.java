package org.potctl.state.zfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The XDR nvlist decoder's types and its bounds, on lists built by {@link TestNvlist}. */
class XdrNvlistTest {

  private static Nvlist decode(TestNvlist l) throws SendStreamException {
    byte[] b = l.packed();
    return XdrNvlist.decode(b, 0, b.length);
  }

  private static String refusal(TestNvlist l) {
    return assertThrows(SendStreamException.class, () -> decode(l)).getMessage();
  }

  @Test
  void readsEveryTypeASendHeaderUsesAsText() throws Exception {
    Nvlist n =
        decode(
            TestNvlist.of()
                .str("s", "héllo")
                .u64("u64", -1L)
                .i32("i32", NvType.INT32, -5)
                .i32("u32", NvType.UINT32, -1)
                .i32("bv", NvType.BOOLEAN_VALUE, 1)
                .bool("flag")
                .raw("i64", NvType.INT64, 1, ByteBuffer.allocate(8).putLong(-2).array())
                .raw("bytes", NvType.BYTE_ARRAY, 3, new byte[] {1, 2, (byte) 0xff, 0})
                .raw(
                    "u64s",
                    NvType.UINT64_ARRAY,
                    2,
                    ByteBuffer.allocate(20).putInt(2).putLong(3).putLong(-1).array())
                .raw(
                    "strs",
                    NvType.STRING_ARRAY,
                    2,
                    ByteBuffer.allocate(16)
                        .put(TestNvlist.xdrString("a".getBytes()))
                        .put(TestNvlist.xdrString("bc".getBytes()))
                        .array())
                .raw("none", NvType.UINT32_ARRAY, 0, new byte[0])
                .list("l", TestNvlist.of().str("k", "v")));
    assertEquals(
        Map.ofEntries(
            Map.entry("s", "héllo"),
            Map.entry("u64", "18446744073709551615"),
            Map.entry("i32", "-5"),
            Map.entry("u32", "4294967295"),
            Map.entry("bv", "1"),
            Map.entry("flag", ""),
            Map.entry("i64", "-2"),
            Map.entry("bytes", "0102ff"),
            Map.entry("u64s", "3,18446744073709551615"),
            Map.entry("strs", "a,bc"),
            Map.entry("none", "")),
        n.values());
    assertEquals(Map.of("k", "v"), n.lists().get("l").values());
  }

  @Test
  void refusesHostileLengthsAndCounts() {
    byte[] huge = ByteBuffer.allocate(8).putInt(0x7fffffff).putInt(0).array();
    assertTrue(refusal(TestNvlist.of().raw("s", NvType.STRING, 1, huge)).contains("bytes"));
    assertTrue(
        refusal(TestNvlist.of().raw("a", NvType.UINT64_ARRAY, 0x7fffffff, new byte[8]))
            .contains("more than it holds"));
    assertTrue(
        refusal(
                TestNvlist.of()
                    .raw("a", NvType.UINT64_ARRAY, 2, ByteBuffer.allocate(12).putInt(3).array()))
            .contains("miscounts"));
    assertTrue(refusal(TestNvlist.of().raw("x", NvType.UINT64, 2, new byte[16])).contains("one"));
    assertTrue(refusal(TestNvlist.of().raw("x", NvType.BOOLEAN, 1, new byte[4])).contains("flag"));
    assertTrue(
        refusal(TestNvlist.of().raw("x", NvType.NVLIST_ARRAY, 1, new byte[4])).contains("type"));
    assertTrue(refusal(TestNvlist.of().raw("x", 99, 1, new byte[4])).contains("type"));
    assertTrue(refusal(TestNvlist.of().str("a", "1").u64("a", 1)).contains("repeats the name a"));
    assertTrue(refusal(TestNvlist.of().str("a\0b", "1")).contains("NUL"));
    assertTrue(
        refusal(
                TestNvlist.of()
                    .raw("s", NvType.STRING, 1, TestNvlist.xdrString(new byte[] {(byte) 0xc3})))
            .contains("UTF-8"));
  }

  @Test
  void refusesDeepNestingAndTooManyPairs() throws Exception {
    TestNvlist l = TestNvlist.of().str("k", "v");
    for (int i = 0; i < XdrNvlist.MAX_DEPTH; i++) {
      l = TestNvlist.of().list("n", l);
    }
    decode(l);
    assertTrue(refusal(TestNvlist.of().list("n", l)).contains("deeper than 16"));
    TestNvlist many = TestNvlist.of();
    for (int i = 0; i <= XdrNvlist.MAX_PAIRS; i++) {
      many.bool("f" + i);
    }
    assertTrue(refusal(many).contains("100000"));
  }

  @Test
  void refusesOtherEncodingsAndCutLists() {
    byte[] b = TestNvlist.of().str("k", "v").packed();
    b[0] = 0; // NV_ENCODE_NATIVE
    assertThrows(SendStreamException.class, () -> XdrNvlist.decode(b, 0, b.length));
    byte[] ok = TestNvlist.of().str("k", "v").packed();
    for (int len = 0; len < ok.length; len++) {
      int n = len;
      assertThrows(SendStreamException.class, () -> XdrNvlist.decode(ok, 0, n), "length " + n);
    }
    byte[] v1 = TestNvlist.of().packed();
    v1[7] = 1;
    assertThrows(SendStreamException.class, () -> XdrNvlist.decode(v1, 0, v1.length));
  }
}
