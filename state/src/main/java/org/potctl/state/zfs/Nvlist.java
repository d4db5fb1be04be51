package org.potctl.state.zfs;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A decoded name-value list (libnvpair's {@code nvlist_t}) reduced to what a send header needs:
 * nested lists apart, every other value as text. A name is in one map at most.
 *
 * @param values scalar and array values as text (see {@link XdrNvlist})
 * @param lists nested lists by name
 */
record Nvlist(SortedMap<String, String> values, SortedMap<String, Nvlist> lists) {

  static final Nvlist EMPTY = new Nvlist(new TreeMap<>(), new TreeMap<>());

  Nvlist {
    values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    lists = Collections.unmodifiableSortedMap(new TreeMap<>(lists));
  }

  /** The text value {@code name}, or a refusal naming what it belongs to. */
  String text(String name, String of) throws SendStreamException {
    String v = values.get(name);
    if (v == null) {
      throw new SendStreamException("the image's " + of + " has no " + name);
    }
    return v;
  }

  /** The nested list {@code name}, empty when absent. */
  Nvlist listOrEmpty(String name) {
    return lists.getOrDefault(name, EMPTY);
  }
}
