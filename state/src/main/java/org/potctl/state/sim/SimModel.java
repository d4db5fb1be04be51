package org.potctl.state.sim;

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
 */
record SimModel(
    Map<String, SimDataset> datasets,
    Map<String, SimJail> jails,
    Map<String, List<String>> anchors,
    int lastJid) {

  SimModel {
    datasets = new TreeMap<>(datasets);
    jails = new TreeMap<>(jails);
    anchors = new TreeMap<>(anchors);
  }

  static SimModel empty() {
    return new SimModel(Map.of(), Map.of(), Map.of(), 0);
  }
}
