package org.potctl.state.sim;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What {@link BulkFixture} puts on a simulated host: bases, private bridges, fscomps and single
 * pots, as {@code pot create-base}, {@code create-private-bridge}, {@code create-fscomp}, {@code
 * create}, {@code mount-in}, {@code export-ports}, {@code set-attribute}, {@code add-dep} and
 * {@code start} would have left them.
 *
 * @param bases FreeBSD releases to create bases for ({@code pot create-base -r})
 * @param bridges private bridges, created in this order
 * @param fscomps fscomp names
 * @param pots pots, created (and started) in this order
 * @param owner the {@code potctl:owner} stamp put on created fscomp and pot datasets, and the spec
 *     id its bridges are recorded for in the inventory ({@code DIR/state}), if any
 * @param fscompProperties zfs properties set on every fscomp at creation ({@code zfs create -o})
 */
public record FixtureSpec(
    List<String> bases,
    List<FixtureSpec.Bridge> bridges,
    List<String> fscomps,
    List<FixtureSpec.Pot> pots,
    Optional<String> owner,
    SortedMap<String, String> fscompProperties) {

  public FixtureSpec {
    bases = List.copyOf(bases);
    bridges = List.copyOf(bridges);
    fscomps = List.copyOf(fscomps);
    pots = List.copyOf(pots);
    Objects.requireNonNull(owner, "owner");
    fscompProperties = new TreeMap<>(fscompProperties);
  }

  /** A fixture without owner stamps or fscomp properties. */
  public FixtureSpec(
      List<String> bases, List<Bridge> bridges, List<String> fscomps, List<Pot> pots) {
    this(bases, bridges, fscomps, pots, Optional.empty(), new TreeMap<>());
  }

  /** This fixture with datasets stamped {@code potctl:owner=specId}. */
  public FixtureSpec withOwner(String specId) {
    return new FixtureSpec(bases, bridges, fscomps, pots, Optional.of(specId), fscompProperties);
  }

  /** A private bridge holding {@code size} hosts ({@code pot create-private-bridge -S}). */
  public record Bridge(String name, int size) {}

  /**
   * One mount as {@code pot mount-in} writes it.
   *
   * @param fscomp the fscomp name ({@code -f}), or empty for a host directory
   * @param dir the host directory ({@code -d}) when {@code fscomp} is empty
   * @param at the mount point inside the pot
   * @param readonly {@code -r}
   */
  public record Mount(Optional<String> fscomp, Optional<String> dir, String at, boolean readonly) {

    /** A mount of fscomp {@code name} at {@code at}. */
    public static Mount fscomp(String name, String at, boolean readonly) {
      return new Mount(Optional.of(name), Optional.empty(), at, readonly);
    }

    /** A mount of host directory {@code dir} at {@code at}. */
    public static Mount dir(String dir, String at, boolean readonly) {
      return new Mount(Optional.empty(), Optional.of(dir), at, readonly);
    }
  }

  /**
   * A single pot.
   *
   * @param name pot name
   * @param base FreeBSD release ({@code -b})
   * @param network {@code inherit}, {@code public-bridge} or {@code private-bridge}
   * @param bridge the private bridge ({@code -B}), present exactly for private-bridge
   * @param ip static address; empty for {@code auto} (the first free one, like potnet)
   * @param mounts mounts in order
   * @param ports {@code export-ports -e} values in pot's syntax ({@code udp:53:5353})
   * @param attributes {@code pot.attr.*} values as pot stores them ({@code YES}, {@code NO})
   * @param depends {@code add-dep -P} values in order
   * @param running whether the pot was started
   */
  public record Pot(
      String name,
      String base,
      String network,
      Optional<String> bridge,
      Optional<String> ip,
      List<Mount> mounts,
      List<String> ports,
      SortedMap<String, String> attributes,
      List<String> depends,
      boolean running) {

    public Pot {
      Objects.requireNonNull(name, "name");
      if (bridge.isPresent() != network.equals("private-bridge")) {
        throw new IllegalArgumentException("bridge is required exactly for private-bridge");
      }
      mounts = List.copyOf(mounts);
      ports = List.copyOf(ports);
      attributes = new TreeMap<>(attributes);
      depends = List.copyOf(depends);
    }
  }
}
