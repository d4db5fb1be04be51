package org.potctl.controller.realpot;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What a host shows beyond pot's files, as FreeBSD's own commands print it: the running jails
 * ({@code jls} with name, jid, hostname, IPv4 addresses, vnet and path: the kit's {@code jail}
 * recorder keeps what pot passed to {@code jail -c}), the datasets under pot's ZFS root ({@code zfs
 * list} names, mountpoints and clone origins; the kit's {@code zfs} is zfs-fuse's) and pf ({@code
 * pfctl}: pot's anchors, the {@code pot-rdr/*} redirects and the {@code pot-nat} rules, as the
 * kit's {@code pfctl} recorder keeps them). Keyed by the command, each output normalised: the
 * host's roots written {@code $FSROOT}, {@code $ZROOT}, epoch snapshot tags {@code EPOCH}, trash
 * entries' apply stamps {@code APPLY}, lines sorted where the order is the listing's, not the
 * host's. pot's root and cache datasets are left out (each side's cache is mounted on its own
 * directory).
 */
final class HostState {

  /**
   * The commands whose output is compared; a jls line is {@code name jid hostname ip4 vnet path}.
   */
  static final List<List<String>> COMMANDS =
      List.of(
          List.of("jls", "name", "host.hostname", "ip4.addr", "vnet", "path"),
          List.of("zfs", "list", "-H", "-r", "-t", "all", "-o", "name,mountpoint,origin", "ZROOT"),
          List.of("pfctl", "-a", "pot-rdr", "-s", "Anchors"),
          List.of("pfctl", "-a", "pot-rdr/*", "-s", "nat"),
          List.of("pfctl", "-a", "pot-nat", "-s", "nat"));

  private HostState() {}

  /**
   * Runs {@link #COMMANDS} through {@code run} (stdout of argv) on a host whose ZFS root is {@code
   * zfsRoot} and file-system root {@code fsRoot}.
   */
  static SortedMap<String, String> of(
      Function<List<String>, String> run, String fsRoot, String zfsRoot) {
    SortedMap<String, String> state = new TreeMap<>();
    for (List<String> command : COMMANDS) {
      List<String> argv = command.stream().map(a -> a.equals("ZROOT") ? zfsRoot : a).toList();
      String out = run.apply(argv).replace(fsRoot, "$FSROOT").replace(zfsRoot, "$ZROOT");
      List<String> lines =
          out.lines()
              .map(l -> l.replaceAll("@1[0-9]{9}\\b", "@EPOCH"))
              // potctl's trash entries are named after the apply's time and id
              .map(l -> l.replaceAll("-\\d{8}T\\d{6}\\.\\d{3}Z-\\d{4}-[0-9a-f]{4}", "-APPLY"))
              .filter(l -> !command.get(0).equals("zfs") || kept(l))
              .toList();
      if (!command.get(0).equals("pfctl")) {
        lines = lines.stream().sorted().toList();
      }
      state.put(String.join(" ", command), String.join("\n", lines));
    }
    return state;
  }

  private static boolean kept(String zfsLine) {
    String name = zfsLine.split("\t", 2)[0];
    return !name.equals("$ZROOT") && !name.equals("$ZROOT/cache");
  }

  /** Adds to {@code differences} each command whose output differs; returns the checks made. */
  static int compare(
      String when,
      SortedMap<String, String> real,
      SortedMap<String, String> sim,
      List<String> differences) {
    for (String command : real.keySet()) {
      if (!real.get(command).equals(sim.get(command))) {
        differences.add(
            when
                + ": "
                + command
                + "\n real:\n"
                + real.get(command)
                + "\n sim:\n"
                + sim.get(command));
      }
    }
    return real.size();
  }
}
