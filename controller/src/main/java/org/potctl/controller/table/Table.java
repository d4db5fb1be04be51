package org.potctl.controller.table;

import java.util.List;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;

/**
 * Aligned rows through picocli's {@link TextTable}: every column but the last is as wide as its
 * widest cell plus a two-space gap; the last is as wide as its own cell (never wrapped). TextTable
 * trims each line's trailing spaces.
 */
public final class Table {

  private static final int GAP = 2;

  private Table() {}

  /** The rows (each the same number of cells), aligned, one line each, {@code \n}-terminated. */
  public static String render(List<List<String>> rows) {
    if (rows.isEmpty()) {
      return "";
    }
    int columns = rows.get(0).size();
    int[] widths = new int[columns - 1];
    for (List<String> row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder b = new StringBuilder();
    rows.forEach(row -> b.append(line(widths, row)));
    return b.toString();
  }

  /**
   * One line whose leading columns are {@code widths} wide (plus the gap) and whose last column is
   * {@code cells}' last: for tables streamed a row at a time once the widths are known.
   */
  public static String line(int[] widths, List<String> cells) {
    if (cells.size() != widths.length + 1) {
      throw new IllegalArgumentException(cells.size() + " cells for " + widths.length + " widths");
    }
    Column[] columns = new Column[cells.size()];
    for (int i = 0; i < widths.length; i++) {
      columns[i] = new Column(widths[i] + GAP, 0, Column.Overflow.SPAN);
    }
    columns[widths.length] =
        new Column(Math.max(1, cells.get(widths.length).length()), 0, Column.Overflow.SPAN);
    TextTable table = TextTable.forColumns(Help.defaultColorScheme(Help.Ansi.OFF), columns);
    table.addRowValues(cells.toArray(String[]::new));
    return table.toString().replace(System.lineSeparator(), "\n");
  }
}
