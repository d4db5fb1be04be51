package org.potctl.schema.address;

import java.util.Comparator;
import java.util.Objects;

/**
 * The canonical identity of a resource: its kind and its name. Ordered by kind (declaration order
 * of {@link ResourceKind}), then by name. Printed as {@code pot.web}, {@code base.14.1}.
 *
 * @param kind the resource kind
 * @param name the resource name (may contain dots only for {@link ResourceKind#BASE})
 */
public record ResourceAddress(ResourceKind kind, String name)
    implements Comparable<ResourceAddress> {

  private static final Comparator<ResourceAddress> ORDER =
      Comparator.comparing(ResourceAddress::kind).thenComparing(ResourceAddress::name);

  /** Checks that both parts are present and the name is not blank. */
  public ResourceAddress {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("resource name must not be blank");
    }
  }

  /** The address of pot {@code name}. */
  public static ResourceAddress pot(String name) {
    return new ResourceAddress(ResourceKind.POT, name);
  }

  /** The address of fscomp {@code name}. */
  public static ResourceAddress fscomp(String name) {
    return new ResourceAddress(ResourceKind.FSCOMP, name);
  }

  /** The address of bridge {@code name}. */
  public static ResourceAddress bridge(String name) {
    return new ResourceAddress(ResourceKind.BRIDGE, name);
  }

  /** The address of flavour {@code name}. */
  public static ResourceAddress flavour(String name) {
    return new ResourceAddress(ResourceKind.FLAVOUR, name);
  }

  /** The address of base release {@code release}, e.g. {@code base.14.1}. */
  public static ResourceAddress base(String release) {
    return new ResourceAddress(ResourceKind.BASE, release);
  }

  /**
   * Parses the canonical form {@code kind.name}; the name is everything after the first dot.
   *
   * @throws IllegalArgumentException if the prefix is unknown or the name is missing
   */
  public static ResourceAddress parse(String text) {
    int dot = text.indexOf('.');
    if (dot <= 0 || dot == text.length() - 1) {
      throw new IllegalArgumentException("not a resource address: " + text);
    }
    ResourceKind kind =
        ResourceKind.fromPrefix(text.substring(0, dot))
            .orElseThrow(() -> new IllegalArgumentException("unknown resource kind in " + text));
    return new ResourceAddress(kind, text.substring(dot + 1));
  }

  /**
   * Where a declared resource of this address sits in a spec, {@code pots.web}; for a base (never
   * declared) the address itself.
   */
  public String specPath() {
    return switch (kind) {
      case POT -> "pots." + name;
      case FSCOMP -> "fscomps." + name;
      case BRIDGE -> "bridges." + name;
      case FLAVOUR -> "flavours." + name;
      case BASE -> toString();
    };
  }

  /**
   * Whether the diagnostic path {@code path} names this resource or a node inside it: its {@link
   * #specPath} or its address, alone or followed by {@code .} or {@code [}.
   */
  public boolean covers(String path) {
    return within(path, specPath()) || within(path, toString());
  }

  private static boolean within(String path, String prefix) {
    if (!path.startsWith(prefix)) {
      return false;
    }
    return path.length() == prefix.length()
        || path.charAt(prefix.length()) == '.'
        || path.charAt(prefix.length()) == '[';
  }

  @Override
  public int compareTo(ResourceAddress other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return kind.prefix() + "." + name;
  }
}
