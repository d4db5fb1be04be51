package org.potctl.schema.model;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.SourceLocation;

/**
 * A whole, valid spec: every resource declared by the Potfiles of one directory.
 *
 * @param sourceDir the spec directory as given
 * @param pots pots by name
 * @param fscomps fscomps by name
 * @param bridges bridges by name
 * @param flavours spec flavours by name
 * @param digest {@code sha256:<hex>} over the sorted relative paths and contents of every Potfile
 *     and flavour script
 * @param locations where each declared resource's name appears in its Potfile
 */
public record Spec(
    Path sourceDir,
    SortedMap<String, PotSpec> pots,
    SortedMap<String, FscompSpec> fscomps,
    SortedMap<String, BridgeSpec> bridges,
    SortedMap<String, FlavourSpec> flavours,
    String digest,
    Map<ResourceAddress, SourceLocation> locations) {

  /** Copies every map (sorted, unmodifiable). */
  public Spec {
    Objects.requireNonNull(sourceDir, "sourceDir");
    Objects.requireNonNull(digest, "digest");
    pots = Names.sortedCopy(pots);
    fscomps = Names.sortedCopy(fscomps);
    bridges = Names.sortedCopy(bridges);
    flavours = Names.sortedCopy(flavours);
    locations = Map.copyOf(locations);
  }

  /** Where the resource at {@code address} is declared, if it is declared in this spec. */
  public Optional<SourceLocation> locationOf(ResourceAddress address) {
    return Optional.ofNullable(locations.get(address));
  }

  /** The base releases the pots need (clones need none), as {@code base.*} addresses, sorted. */
  public SortedSet<ResourceAddress> bases() {
    SortedSet<ResourceAddress> bases = new TreeSet<>();
    pots.values().stream().filter(p -> !p.isClone()).forEach(p -> bases.add(p.baseAddress()));
    return bases;
  }

  /** Every declared resource's address (bases excluded), sorted. */
  public SortedSet<ResourceAddress> addresses() {
    SortedSet<ResourceAddress> all = new TreeSet<>();
    pots.values().forEach(r -> all.add(r.address()));
    fscomps.values().forEach(r -> all.add(r.address()));
    bridges.values().forEach(r -> all.add(r.address()));
    flavours.values().forEach(r -> all.add(r.address()));
    return all;
  }

  /** Whether the spec declares nothing at all. */
  public boolean isEmpty() {
    return pots.isEmpty() && fscomps.isEmpty() && bridges.isEmpty() && flavours.isEmpty();
  }
}
