package org.potctl.state.sim;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The persisted part of the simulated host ({@code DIR/model.json}); pot's own files live under
 * {@code DIR/fsroot} instead, as on a real host.
 *
 * @param datasets modelled datasets and snapshots by name (empty with {@code zfs=real:POOL})
 * @param jails running jails by name
 * @param anchors pf anchors under {@code pot-rdr} by anchor name, each with its rules as {@code
 *     pfctl -s nat} prints them
 * @param lastJid the last jail id handed out
 * @param bridgesUp the vnet bridges {@code pot vnet-start} has brought up ({@code public}, {@code
 *     public6}, {@code private:NAME}); none on a model written before they were kept
 */
record SimModel(
    Map<String, SimDataset> datasets,
    Map<String, SimJail> jails,
    Map<String, List<String>> anchors,
    int lastJid,
    List<String> bridgesUp) {

  SimModel {
    datasets = new TreeMap<>(datasets);
    jails = new TreeMap<>(jails);
    anchors = new TreeMap<>(anchors);
    bridgesUp = bridgesUp == null ? List.of() : List.copyOf(bridgesUp);
  }

  /**
   * Whether {@code other} holds the same model: {@link #equals} that first compares values by
   * identity, as a command copies the maps but keeps the values it did not change.
   */
  boolean sameAs(SimModel other) {
    return lastJid == other.lastJid
        && bridgesUp.equals(other.bridgesUp)
        && same(datasets, other.datasets)
        && same(jails, other.jails)
        && same(anchors, other.anchors);
  }

  private static boolean same(Map<String, ?> a, Map<String, ?> b) {
    if (a.size() != b.size()) {
      return false;
    }
    Iterator<? extends Map.Entry<String, ?>> ia = a.entrySet().iterator();
    Iterator<? extends Map.Entry<String, ?>> ib = b.entrySet().iterator();
    while (ia.hasNext()) {
      Map.Entry<String, ?> x = ia.next();
      Map.Entry<String, ?> y = ib.next();
      if (!x.getKey().equals(y.getKey())
          || (x.getValue() != y.getValue() && !x.getValue().equals(y.getValue()))) {
        return false;
      }
    }
    return true;
  }

  static SimModel empty() {
    return new SimModel(Map.of(), Map.of(), Map.of(), 0, List.of());
  }
}
