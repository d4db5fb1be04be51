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
 */
public record FscompSpec(String name, SortedMap<String, String> properties, boolean protect)
    implements ResourceSpec {

  /** Checks the name; copies the properties. */
  public FscompSpec {
    Names.requireName(name);
    properties = Names.sortedCopy(properties);
  }

  /** Convenience constructor from any map. */
  public FscompSpec(String name, Map<String, String> properties, boolean protect) {
    this(name, Names.sortedCopy(properties), protect);
  }

  @Override
  public ResourceAddress address() {
    return ResourceAddress.fscomp(name);
  }
}
