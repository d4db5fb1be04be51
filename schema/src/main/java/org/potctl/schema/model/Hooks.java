package org.potctl.schema.model;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A pot's hook scripts ({@code pot set-hook}), read from the spec directory and confined like
 * flavour scripts. pot copies each into {@code conf/<type>.sh} and runs it on the host around the
 * jail's start and stop. A declared {@code hooks} field manages all four: a type it leaves out is
 * removed from the pot.
 *
 * @param scripts the scripts by hook type ({@link #TYPES})
 */
public record Hooks(SortedMap<String, FlavourScript> scripts) {

  /** pot's hook types, in the order of set-hook's flags {@code -s -S -t -T}. */
  public static final List<String> TYPES = List.of("prestart", "poststart", "prestop", "poststop");

  /** Checks every key is a hook type. */
  public Hooks {
    scripts = Collections.unmodifiableSortedMap(new TreeMap<>(scripts));
    for (String type : scripts.keySet()) {
      if (!TYPES.contains(type)) {
        throw new IllegalArgumentException("not a hook type: " + type);
      }
    }
  }
}
