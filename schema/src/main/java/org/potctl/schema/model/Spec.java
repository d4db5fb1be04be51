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
 * @param nodes where the values of the fields that plan-time checks judge are (a pot's {@code
 *     network.ip}), by spec path such as {@code pots.web.network.ip}
 */
public record Spec(
    Path sourceDir,
    SortedMap<String, PotSpec> pots,
    SortedMap<String, FscompSpec> fscomps,
    SortedMap<String, BridgeSpec> bridges,
    SortedMap<String, FlavourSpec> flavours,
    String digest,
    Map<ResourceAddress, SourceLocation> locations,
    Map<String, SourceLocation> nodes) {

  /** Copies every map (sorted, unmodifiable). */
  public Spec {
    Objects.requireNonNull(sourceDir, "sourceDir");
    Objects.requireNonNull(digest, "digest");
    pots = Names.sortedCopy(pots);
    fscomps = Names.sortedCopy(fscomps);
    bridges = Names.sortedCopy(bridges);
    flavours = Names.sortedCopy(flavours);
    locations = Map.copyOf(locations);
    nodes = Map.copyOf(nodes);
  }

  /** A spec without field locations (plan-time errors then point at the resource's name). */
  public Spec(
      Path sourceDir,
      SortedMap<String, PotSpec> pots,
      SortedMap<String, FscompSpec> fscomps,
      SortedMap<String, BridgeSpec> bridges,
      SortedMap<String, FlavourSpec> flavours,
      String digest,
      Map<ResourceAddress, SourceLocation> locations) {
    this(sourceDir, pots, fscomps, bridges, flavours, digest, locations, Map.of());
  }

  /**
   * Where the value at {@code specPath} (e.g. {@code pots.web.network.ip}) is, else where the
   * resource {@code owner} is declared.
   */
  public Optional<SourceLocation> locationOf(ResourceAddress owner, String specPath) {
    return Optional.ofNullable(nodes.get(specPath)).or(() -> locationOf(owner));
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

  /**
   * The pot that runs {@code pot import} for the image {@code pot} is cloned from: the first pot by
   * name made from the same image (the others are ordered after it, so one import serves all);
   * empty when {@code pot} is not made from an image.
   */
  public Optional<String> imageImporter(PotSpec pot) {
    Optional<String> local = pot.options().image().map(ImageRef::localName);
    return local.flatMap(
        l ->
            pots.values().stream()
                .filter(p -> p.options().image().map(ImageRef::localName).equals(local))
                .map(PotSpec::name)
                .findFirst());
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
