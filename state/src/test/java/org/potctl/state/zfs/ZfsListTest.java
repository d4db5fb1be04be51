package org.potctl.state.zfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.potctl.state.files.ParseException;
import org.potctl.state.model.Dataset;

class ZfsListTest {

  @Test
  void readsExactOutputWithUserPropertiesAndClones() {
    String out =
        "zroot/pot\t/opt/pot\t-\t1288490188\t-\t-\n"
            + "zroot/pot/jails/web1/m\t/opt/pot/jails/web1/m\t-\t283115520\tprod\tapply-1\n"
            + "zroot/pot/jails/web2/m\t/opt/pot/jails/web2/m\tzroot/pot/jails/web1/m@1700000000\t98304\t-\t-\n";
    List<Dataset> ds = ZfsList.parse("zfs list", out);
    assertEquals(3, ds.size());
    assertEquals(
        new Dataset(
            "zroot/pot",
            "/opt/pot",
            Optional.empty(),
            1288490188L,
            Optional.empty(),
            Optional.empty()),
        ds.get(0));
    assertEquals(Optional.of("prod"), ds.get(1).owner());
    assertEquals(Optional.of("apply-1"), ds.get(1).applyId());
    assertTrue(ds.get(1).ownedBy("prod"));
    assertEquals(Optional.of("zroot/pot/jails/web1/m@1700000000"), ds.get(2).origin());
    assertEquals("m", ds.get(2).leaf());
  }

  @Test
  void readsHumanSizesOfZfsFuse() {
    String out =
        "tank/pot\tnone\t-\t536K\t-\t-\ntank/pot/fscomp/d\t/opt/pot/fscomp/d\t-\t1.5M\tprod\t-\n";
    List<Dataset> ds = ZfsList.parse("zfs list", out);
    assertEquals(536L * 1024, ds.get(0).usedBytes());
    assertEquals(1572864L, ds.get(1).usedBytes());
    assertEquals("none", ds.get(0).mountpoint());
  }

  @Test
  void wrongColumnCountNamesTheLine() {
    ParseException e =
        assertThrows(
            ParseException.class,
            () -> ZfsList.parse("zfs list -H", "a\t/a\t-\t1\t-\t-\nb\t/b\t-\n"));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().startsWith("zfs list -H:2: expected 6 tab-separated columns, got 3"));
  }

  @Test
  void badSizeIsAnError() {
    assertThrows(ParseException.class, () -> ZfsList.parse("zfs", "a\t/a\t-\tlots\t-\t-\n"));
  }

  @Test
  void argvWithAndWithoutExactFlag() {
    assertEquals(
        List.of(
            "zfs",
            "list",
            "-H",
            "-p",
            "-r",
            "-t",
            "filesystem",
            "-o",
            ZfsList.COLUMNS,
            "zroot/pot"),
        ZfsList.argv("zroot/pot", true));
    assertEquals(
        List.of("zfs", "list", "-H", "-r", "-t", "filesystem", "-o", ZfsList.COLUMNS, "zroot/pot"),
        ZfsList.argv("zroot/pot", false));
    assertTrue(ZfsList.rejectsExactFlag("", "invalid option 'p'\nusage:\n"));
  }
}
