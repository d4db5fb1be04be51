package org.potctl.state.sim;

import java.util.Map;
import java.util.TreeMap;

/**
 * A dataset or snapshot ({@code name} contains {@code @}) of the modelled ZFS.
 *
 * @param name full name, e.g. {@code zroot/pot/jails/web} or {@code …/web@1700000000}
 * @param creation epoch seconds
 * @param props locally set properties, native and user ({@code potctl:owner})
 */
record SimDataset(String name, long creation, Map<String, String> props) {

  SimDataset {
    props = new TreeMap<>(props);
  }

  boolean isSnapshot() {
    return name.contains("@");
  }

  /** This dataset with one local property set ({@code null} removes it). */
  SimDataset with(String key, String value) {
    Map<String, String> copy = new TreeMap<>(props);
    if (value == null) {
      copy.remove(key);
    } else {
      copy.put(key, value);
    }
    return new SimDataset(name, creation, copy);
  }

  SimDataset renamed(String newName) {
    return new SimDataset(newName, creation, props);
  }
}
