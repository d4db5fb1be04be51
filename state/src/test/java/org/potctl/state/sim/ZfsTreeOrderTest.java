package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ZfsTreeOrderTest {

  @Test
  void treeOrderSortsLikeZfsListing() {
    List<String> names =
        List.of(
            "zroot/pot/jails/web@2",
            "zroot/pot/jails/web/m",
            "zroot/pot/jails/web",
            "zroot/pot/jails/web-2",
            "zroot/pot/jails/web@1",
            "zroot/pot",
            "zroot/pot/jails",
            "zroot/pot/jails/a/b/c",
            "zroot/pot/jails/a",
            "zroot");
    List<String> sorted = names.stream().sorted(ZfsTree.TREE_ORDER).toList();
    assertEquals(
        List.of(
            "zroot",
            "zroot/pot",
            "zroot/pot/jails",
            "zroot/pot/jails/a",
            "zroot/pot/jails/a/b/c",
            "zroot/pot/jails/web",
            "zroot/pot/jails/web@1",
            "zroot/pot/jails/web@2",
            "zroot/pot/jails/web/m",
            "zroot/pot/jails/web-2"),
        sorted);
  }
}
