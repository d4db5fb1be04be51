package org.potctl.state.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything potctl observed on a pot host in one batched observation (DESIGN §3.1). All maps are
 * sorted by name and unmodifiable; lists are sorted, so equal hosts give equal values and equal
 * {@link #fingerprint()}s.
 *
 * @param config pot's global configuration
 * @param datasets every filesystem below {@code POT_ZFS_ROOT}, by full dataset name
 * @param pots every complete pot (a directory under {@code $FR/jails} with a readable pot.conf)
 * @param bridges private bridges by name
 * @param flavours installed flavours by name
 * @param bases bases by name (datasets directly below {@code $ZR/bases})
 * @param jails jails by name; when a dying and a live jail share a name, the live one
 * @param redirects active rdr rules below {@code pot-rdr}, sorted by anchor, protocol, host port
 * @param incompletePots directories under {@code $FR/jails} without a pot.conf: half-created or
 *     half-destroyed pots ({@code pot ls} lists them, {@code pot start} refuses them)
 * @param interfaces the addresses of the host's network interfaces ({@code ifconfig -a}), observed
 *     only when a plan needs them (a spec with an {@code alias} pot); empty when not observed. Not
 *     part of {@link #canonical()}: every alias pot that starts or stops changes them, and what
 *     they decide (a plan error) shows in a re-plan anyway
 */
public record HostState(
    PotConfig config,
    SortedMap<String, Dataset> datasets,
    SortedMap<String, Pot> pots,
    SortedMap<String, Bridge> bridges,
    SortedMap<String, Flavour> flavours,
    SortedMap<String, Base> bases,
    SortedMap<String, Jail> jails,
    List<Redirect> redirects,
    SortedSet<String> incompletePots,
    Optional<HostInterfaces> interfaces) {

  private static final Comparator<Redirect> REDIRECT_ORDER =
      Comparator.comparing(Redirect::anchor)
          .thenComparing(Redirect::protocol)
          .thenComparingInt(Redirect::hostPort)
          .thenComparing(Redirect::canonical);

  public HostState {
    Objects.requireNonNull(config, "config");
    datasets = frozen(datasets);
    pots = frozen(pots);
    bridges = frozen(bridges);
    flavours = frozen(flavours);
    bases = frozen(bases);
    jails = frozen(jails);
    List<Redirect> sorted = new ArrayList<>(redirects);
    sorted.sort(REDIRECT_ORDER);
    redirects = List.copyOf(sorted);
    incompletePots = Collections.unmodifiableSortedSet(new TreeSet<>(incompletePots));
    Objects.requireNonNull(interfaces, "interfaces");
  }

  /** A host whose interfaces were not observed. */
  public HostState(
      PotConfig config,
      SortedMap<String, Dataset> datasets,
      SortedMap<String, Pot> pots,
      SortedMap<String, Bridge> bridges,
      SortedMap<String, Flavour> flavours,
      SortedMap<String, Base> bases,
      SortedMap<String, Jail> jails,
      List<Redirect> redirects,
      SortedSet<String> incompletePots) {
    this(
        config,
        datasets,
        pots,
        bridges,
        flavours,
        bases,
        jails,
        redirects,
        incompletePots,
        Optional.empty());
  }

  /** This host with its interface addresses observed. */
  public HostState withInterfaces(HostInterfaces observed) {
    return new HostState(
        config,
        datasets,
        pots,
        bridges,
        flavours,
        bases,
        jails,
        redirects,
        incompletePots,
        Optional.of(observed));
  }

  private static <V> SortedMap<String, V> frozen(SortedMap<String, V> map) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(map));
  }

  /** The fscomp datasets ({@code $ZR/fscomp/<name>}) by fscomp name. */
  public SortedMap<String, Dataset> fscomps() {
    SortedMap<String, Dataset> result = new TreeMap<>();
    datasets.forEach((name, ds) -> config.fscompName(name).ifPresent(f -> result.put(f, ds)));
    return Collections.unmodifiableSortedMap(result);
  }

  /** A pot's top dataset {@code $ZR/jails/<pot>}, if it exists. */
  public Optional<Dataset> potDataset(String pot) {
    return Optional.ofNullable(datasets.get(config.potDataset(pot)));
  }

  /** Whether a live (not dying) jail carries the pot's name: pot's own definition of running. */
  public boolean isRunning(String pot) {
    Jail jail = jails.get(pot);
    return jail != null && !jail.dying();
  }

  /**
   * The active redirects in the pot's anchor ({@link Redirect#anchorFor(String)}): a binary search
   * in the anchor-sorted list, so asking for every pot costs O(N log N), not O(N²).
   */
  public List<Redirect> redirectsOf(String pot) {
    String anchor = Redirect.anchorFor(pot);
    int lo = 0;
    int hi = redirects.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (redirects.get(mid).anchor().compareTo(anchor) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int end = lo;
    while (end < redirects.size() && redirects.get(end).anchor().equals(anchor)) {
      end++;
    }
    return redirects.subList(lo, end);
  }

  /** The canonical text of the whole host: every object's canonical form, in a fixed order. */
  public String canonical() {
    List<String> parts = new ArrayList<>();
    parts.add(config.canonical());
    datasets.values().forEach(d -> parts.add(d.canonical()));
    pots.values().forEach(p -> parts.add(p.canonical()));
    bridges.values().forEach(b -> parts.add(b.canonical()));
    flavours.values().forEach(f -> parts.add(f.canonical()));
    bases.values().forEach(b -> parts.add(b.canonical()));
    jails.values().forEach(j -> parts.add(j.canonical()));
    redirects.forEach(r -> parts.add(r.canonical()));
    incompletePots.forEach(p -> parts.add("incomplete " + p));
    return String.join("\n", parts);
  }

  /** {@code sha256:} of {@link #canonical()}. */
  public String fingerprint() {
    return Fingerprints.sha256(canonical());
  }
}
