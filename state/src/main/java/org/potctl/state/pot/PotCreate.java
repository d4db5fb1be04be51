package org.potctl.state.pot;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
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
 * @param ip {@code -i}: an IPv4 address, or empty for {@code auto} (bridges) / none (inherit)
 * @param bridge {@code -B}, for private-bridge only
 * @param flavours {@code -f} each, applied in order
 */
public record PotCreate(
    String name,
    PotType type,
    OptionalInt level,
    String base,
    NetworkType network,
    Optional<String> ip,
    Optional<String> bridge,
    List<String> flavours) {

  public PotCreate {
    PotArguments.name("pot", name);
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(level, "level");
    PotArguments.base(base);
    Objects.requireNonNull(network, "network");
    ip.ifPresent(PotArguments::ipv4);
    bridge.ifPresent(b -> PotArguments.name("bridge", b));
    flavours = List.copyOf(flavours);
    flavours.forEach(f -> PotArguments.name("flavour", f));
    if (level.isPresent() && (level.getAsInt() < 0 || level.getAsInt() > 2)) {
      throw new IllegalArgumentException("pot level must be 0, 1 or 2: " + level.getAsInt());
    }
    if (type == PotType.SINGLE && level.isPresent() && level.getAsInt() != 0) {
      throw new IllegalArgumentException("single pot level can only be zero");
    }
    if ((network == NetworkType.PRIVATE_BRIDGE) != bridge.isPresent()) {
      throw new IllegalArgumentException("a bridge is required for private-bridge and only there");
    }
    if (network == NetworkType.ALIAS && ip.isEmpty()) {
      throw new IllegalArgumentException("an alias pot needs an IPv4 address");
    }
    if (network == NetworkType.INHERIT && ip.isPresent()) {
      throw new IllegalArgumentException("an inherit pot has no address of its own");
    }
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
    return new PotCreate(name, this.type, level, base, type, address, br, flavours);
  }

  /** The argv, flags in a fixed order. */
  List<String> argv() {
    List<String> a = new java.util.ArrayList<>(List.of("pot", "create", "-p", name));
    a.addAll(List.of("-t", type.potName()));
    level.ifPresent(l -> a.addAll(List.of("-l", String.valueOf(l))));
    a.addAll(List.of("-b", base, "-N", network.potName()));
    if (network.isBridge() || network == NetworkType.ALIAS) {
      a.addAll(List.of("-i", ip.orElse("auto")));
    }
    bridge.ifPresent(b -> a.addAll(List.of("-B", b)));
    flavours.forEach(f -> a.addAll(List.of("-f", f)));
    return List.copyOf(a);
  }
}
