package org.potctl.state.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The model while one command runs: mutable, owned by the thread holding the store's lock. */
final class SimState {

  final TreeMap<String, SimDataset> datasets;
  final TreeMap<String, SimJail> jails;
  final TreeMap<String, List<String>> anchors;
  int lastJid;
  final TreeSet<String> bridgesUp;
  private final SimModel origin;

  SimState(SimModel model) {
    this.origin = model;
    this.datasets = new TreeMap<>(model.datasets());
    this.jails = new TreeMap<>(model.jails());
    this.anchors = new TreeMap<>();
    model.anchors().forEach((k, v) -> anchors.put(k, new ArrayList<>(v)));
    this.lastJid = model.lastJid();
    this.bridgesUp = new TreeSet<>(model.bridgesUp());
  }

  SimModel toModel() {
    Map<String, List<String>> frozen = new TreeMap<>();
    anchors.forEach(
        (k, v) -> {
          List<String> old = origin.anchors().get(k);
          frozen.put(k, v.equals(old) ? old : List.copyOf(v));
        });
    return new SimModel(datasets, jails, frozen, lastJid, List.copyOf(bridgesUp));
  }

  /** Starts a jail with the next jail id. */
  SimJail addJail(String name, String hostname, String path, String ip4, boolean vnet) {
    lastJid++;
    SimJail jail = new SimJail(name, lastJid, hostname, path, ip4, vnet);
    jails.put(name, jail);
    return jail;
  }
}
