package org.potctl.schema.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Shared checks for the model's compact constructors. */
final class Names {

  static final Pattern NAME = Pattern.compile("^[A-Za-z][A-Za-z0-9_-]{0,54}$");

  private Names() {}

  static String requireName(String name) {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("invalid name: " + name);
    }
    return name;
  }

  static <V> SortedMap<String, V> sortedCopy(Map<String, V> map) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(map));
  }
}
