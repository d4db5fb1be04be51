package org.potctl.state.sim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The model while one command runs: mutable, owned by the thread holding the store's lock. */
final class SimState {

  final TreeMap<String, SimDataset> datasets;
  final TreeMap<String, SimJail> jails;
  final TreeMap<String, List<String>> anchors;
  int lastJid;

  /** The bridges up, in the order they came up: bridge0, bridge1, … */
  final LinkedHashSet<String> bridgesUp;

  private final SimModel origin;

  SimState(SimModel model) {
    this.origin = model;
    this.datasets = new TreeMap<>(model.datasets());
    this.jails = new TreeMap<>(model.jails());
    this.anchors = new TreeMap<>();
    model.anchors().forEach((k, v) -> anchors.put(k, new ArrayList<>(v)));
    this.lastJid = model.lastJid();
    this.bridgesUp = new LinkedHashSet<>(model.bridgesUp());
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

  /**
   * Starts a jail with the next jail id, holding the epair units {@code epairs}, its cpuset limited
   * to {@code rssCpus} CPUs (empty: not limited).
   */
  SimJail addJail(
      String name,
      String hostname,
      String path,
      String ip4,
      boolean vnet,
      List<Integer> epairs,
      String rssCpus) {
    lastJid++;
    SimJail jail = new SimJail(name, lastJid, hostname, path, ip4, vnet, epairs, rssCpus);
    jails.put(name, jail);
    return jail;
  }

  /**
   * The lowest epair unit no running jail holds and not in {@code taken} ({@code ifconfig epair
   * create}: the cloner's lowest free unit; a pot's epair b side lives as long as its jail).
   */
  int freeEpair(List<Integer> taken) {
    Set<Integer> held = new HashSet<>(taken);
    jails.values().forEach(j -> held.addAll(j.epairs()));
    int n = 0;
    while (held.contains(n)) {
      n++;
    }
    return n;
  }
}
