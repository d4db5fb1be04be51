package org.potctl.state.pot;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.potctl.state.model.NetworkType;
import org.potctl.state.model.PotType;

/**
 * The flags of one {@code pot create} (pot.md §6.2). Checked when built: names, release, the
 * network rules pot enforces (a bridge only for private-bridge, an address required for alias and
 * forbidden for inherit, level 0 only for single pots).
 *
 * @param name {@code -p}
 * @param type {@code -t}
 * @param level {@code -l}; empty for pot's default (1 for multi); must be empty or 0 for single
 * @param base {@code -b}: a release (single) or base name (multi)
 * @param network {@code -N}
 * @param ips {@code -i} each: one IPv4 address for bridges (empty for {@code auto}); for alias one
 *     or more items {@code ip} or {@code nic|ip}, IPv4 or IPv6; none for inherit
 * @param bridge {@code -B}, for private-bridge only
 * @param flavours {@code -f} each, applied in order
 * @param stack {@code -S} ipv4, ipv6 or dual; empty for pot's configured default
 * @param dns {@code -d}: inherit, pot, off or {@code custom:/absolute/resolv.conf}; empty for pot's
 *     default (inherit)
 */
public record PotCreate(
    String name,
    PotType type,
    OptionalInt level,
    String base,
    NetworkType network,
    List<String> ips,
    Optional<String> bridge,
    List<String> flavours,
    Optional<String> stack,
    Optional<String> dns) {

  private static final Set<String> STACKS = Set.of("ipv4", "ipv6", "dual");
  private static final Pattern ALIAS_ITEM =
      Pattern.compile("([a-z][a-z0-9_]{0,14}[0-9]\\|)?[0-9A-Fa-f.:]{2,39}");

  public PotCreate {
    PotArguments.name("pot", name);
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(level, "level");
    PotArguments.base(base);
    Objects.requireNonNull(network, "network");
    ips = List.copyOf(ips);
    if (network == NetworkType.ALIAS) {
      ips.forEach(PotCreate::aliasItem);
    } else if (ips.size() > 1) {
      throw new IllegalArgumentException("only an alias pot takes several addresses");
    } else {
      ips.forEach(PotArguments::ipv4);
    }
    bridge.ifPresent(b -> PotArguments.name("bridge", b));
    flavours = List.copyOf(flavours);
    flavours.forEach(f -> PotArguments.name("flavour", f));
    stack.filter(s -> !STACKS.contains(s)).ifPresent(PotCreate::badStack);
    dns.ifPresent(PotCreate::dnsValue);
    if (level.isPresent() && (level.getAsInt() < 0 || level.getAsInt() > 2)) {
      throw new IllegalArgumentException("pot level must be 0, 1 or 2: " + level.getAsInt());
    }
    if (type == PotType.SINGLE && level.isPresent() && level.getAsInt() != 0) {
      throw new IllegalArgumentException("single pot level can only be zero");
    }
    if ((network == NetworkType.PRIVATE_BRIDGE) != bridge.isPresent()) {
      throw new IllegalArgumentException("a bridge is required for private-bridge and only there");
    }
    if (network == NetworkType.ALIAS && ips.isEmpty()) {
      throw new IllegalArgumentException("an alias pot needs an IPv4 address");
    }
    if (network == NetworkType.INHERIT && !ips.isEmpty()) {
      throw new IllegalArgumentException("an inherit pot has no address of its own");
    }
  }

  /** A create with at most one address, pot's default stack and dns. */
  public PotCreate(
      String name,
      PotType type,
      OptionalInt level,
      String base,
      NetworkType network,
      Optional<String> ip,
      Optional<String> bridge,
      List<String> flavours) {
    this(
        name,
        type,
        level,
        base,
        network,
        ip.stream().toList(),
        bridge,
        flavours,
        Optional.empty(),
        Optional.empty());
  }

  /** A single pot of {@code release} with pot's defaults otherwise (inherit network). */
  public static PotCreate single(String name, String release) {
    return new PotCreate(
        name,
        PotType.SINGLE,
        OptionalInt.empty(),
        release,
        NetworkType.INHERIT,
        Optional.empty(),
        Optional.empty(),
        List.of());
  }

  /** This create with another network. */
  public PotCreate withNetwork(NetworkType type, Optional<String> address, Optional<String> br) {
    return new PotCreate(
        name, this.type, level, base, type, address.stream().toList(), br, flavours, stack, dns);
  }

  /** This create with a stack ({@code -S}) and a dns setting ({@code -d}). */
  public PotCreate withStackAndDns(Optional<String> newStack, Optional<String> newDns) {
    return new PotCreate(name, type, level, base, network, ips, bridge, flavours, newStack, newDns);
  }

  /** The first address; empty for {@code auto} or none. */
  public Optional<String> ip() {
    return ips.stream().findFirst();
  }

  /** The argv, flags in a fixed order. */
  List<String> argv() {
    List<String> a = new ArrayList<>(List.of("pot", "create", "-p", name));
    a.addAll(List.of("-t", type.potName()));
    level.ifPresent(l -> a.addAll(List.of("-l", String.valueOf(l))));
    a.addAll(List.of("-b", base, "-N", network.potName()));
    if (ips.isEmpty() && network.isBridge()) {
      a.addAll(List.of("-i", "auto"));
    }
    ips.forEach(i -> a.addAll(List.of("-i", i)));
    bridge.ifPresent(b -> a.addAll(List.of("-B", b)));
    stack.ifPresent(s -> a.addAll(List.of("-S", s)));
    dns.ifPresent(d -> a.addAll(List.of("-d", d)));
    flavours.forEach(f -> a.addAll(List.of("-f", f)));
    return List.copyOf(a);
  }

  private static void aliasItem(String item) {
    if (!ALIAS_ITEM.matcher(item).matches()) {
      throw new IllegalArgumentException("invalid alias address '" + item + "'");
    }
  }

  private static void badStack(String stack) {
    throw new IllegalArgumentException("network stack must be ipv4, ipv6 or dual: '" + stack + "'");
  }

  private static void dnsValue(String dns) {
    if (dns.startsWith("custom:")) {
      PotArguments.absolutePath("dns custom file", dns.substring(7));
    } else if (!Set.of("inherit", "pot", "off").contains(dns)) {
      throw new IllegalArgumentException(
          "dns must be inherit, pot, off or custom:/absolute/path: '" + dns + "'");
    }
  }
}
