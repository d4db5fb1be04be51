package org.potctl.controller.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

  @Test
  void columnsAreAsWideAsTheirWidestCellTwoSpacesApartWithoutTrailingSpaces() {
    String table =
        Table.render(
            List.of(
                List.of("ADDRESS", "USED", "DATASET"),
                List.of("pot.www", "1.5M", ""),
                List.of("fscomp.www-data", "", "zroot/pot/fscomp/www-data")));
    assertEquals(
        "ADDRESS          USED  DATASET\n"
            + "pot.www          1.5M\n"
            + "fscomp.www-data        zroot/pot/fscomp/www-data\n",
        table);
  }

  @Test
  void aLongLastCellIsNeverWrappedAndAnEmptyFirstColumnIndents() {
    String last = "word ".repeat(40).trim();
    assertEquals("  b  " + last + "\n", Table.line(new int[] {0, 1}, List.of("", "b", last)));
    assertThrows(IllegalArgumentException.class, () -> Table.line(new int[] {1}, List.of("a")));
    assertEquals("", Table.render(List.of()));
  }
}
