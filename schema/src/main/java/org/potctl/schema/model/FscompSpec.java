package org.potctl.schema.model;

import java.util.Map;
import java.util.SortedMap;
import org.potctl.schema.address.ResourceAddress;

/**
 * An fscomp: a ZFS dataset under {@code <POT_ZFS_ROOT>/fscomp}.
 *
 * @param name the fscomp name
 * @param properties allowlisted ZFS properties, values normalised ({@code on}/{@code off} for
 *     booleans, canonical sizes such as {@code 10G}), sorted by name
 * @param protect when true potctl never destroys it (default true)
 * @param snapshotBeforeChange take pot's epoch snapshot ({@code pot snapshot -f}) after the pots
 *     mounting it read-write stop and before one of them is replaced or restarted by an update
 */
public record FscompSpec(
    String name,
    SortedMap<String, String> properties,
    boolean protect,
    boolean snapshotBeforeChange)
    implements ResourceSpec {

  /** Checks the name; copies the properties. */
  public FscompSpec {
    Names.requireName(name);
    properties = Names.sortedCopy(properties);
  }

  /** Convenience constructor from any map, without snapshots. */
  public FscompSpec(String name, Map<String, String> properties, boolean protect) {
    this(name, Names.sortedCopy(properties), protect, false);
  }

  @Override
  public ResourceAddress address() {
    return ResourceAddress.fscomp(name);
  }
}
