package org.potctl.controller.kind;

import java.util.List;
import java.util.Optional;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.model.NetworkType;
import org.potctl.schema.model.PotSpec;
import org.potctl.state.model.Bridge;
import org.potctl.state.model.HostState;
import org.potctl.state.model.Pot;
import org.potctl.state.model.PotConfig;

/**
 * The plan-time check of a bridge pot's static IP against the observed host, as {@code potnet
 * validate -H IP [-b BRIDGE]} would judge it when {@code pot create} runs (network.sh:344, :375): a
 * public-bridge address lies inside {@code POT_NETWORK}, is neither its network nor broadcast
 * address, nor {@code POT_GATEWAY} or {@code POT_DNS_IP}, nor inside a private bridge's subnet; a
 * private-bridge address is a host address of its bridge's subnet other than the bridge's gateway.
 * Without the settings on the host (the simulator) pot's defaults of pot.default.conf apply. A
 * private bridge the plan has yet to create has no subnet yet: its pots' addresses are judged by
 * pot at create time. The error is located at the {@code network.ip} node of the Potfile. An alias
 * pot's addresses are held to the host's own interface addresses instead ({@link AliasAddresses}).
 */
final class StaticIps {

  private static final String DEFAULT_NETWORK = "10.192.0.0/10";
  private static final String DEFAULT_GATEWAY = "10.192.0.1";
  private static final String DEFAULT_DNS_IP = "10.192.0.2";

  private StaticIps() {}

  /**
   * Why pot would refuse {@code spec}'s static IP on this host, or why the host cannot give an
   * alias pot its addresses, as located errors (none when the addresses are fine).
   */
  static List<Diagnostic> check(PlanContext ctx, PotSpec spec) {
    if (spec.network().type() == NetworkType.ALIAS) {
      return AliasAddresses.check(ctx, spec);
    }
    return bridged(ctx, spec).stream().toList();
  }

  private static Optional<Diagnostic> bridged(PlanContext ctx, PotSpec spec) {
    Optional<String> ip = spec.network().ip();
    NetworkType type = spec.network().type();
    boolean bridged = type == NetworkType.PUBLIC_BRIDGE || type == NetworkType.PRIVATE_BRIDGE;
    if (ip.isEmpty() || !bridged || unchanged(ctx.host(), spec, ip.get())) {
      return Optional.empty();
    }
    Optional<String> problem =
        type == NetworkType.PUBLIC_BRIDGE
            ? publicProblem(ctx.host(), ip.get())
            : spec.network()
                .bridge()
                .map(b -> ctx.host().bridges().get(b))
                .flatMap(b -> privateProblem(b, ip.get()));
    return problem.map(p -> error(ctx, spec, p));
  }

  private static boolean unchanged(HostState host, PotSpec spec, String ip) {
    Pot pot = host.pots().get(spec.name());
    return pot != null && pot.network().ip().map(String::strip).equals(Optional.of(ip));
  }

  private static Optional<String> publicProblem(HostState host, String ip) {
    PotConfig config = host.config();
    String network = config.setting("POT_NETWORK").orElse(DEFAULT_NETWORK);
    Optional<Subnet> net = Subnet.parse(network);
    long a = Subnet.address(ip);
    if (net.isEmpty()) {
      return Optional.empty();
    }
    String where = " of pot's network " + network;
    if (!net.get().contains(a)) {
      return Optional.of("ip " + ip + " is outside pot's network " + network + " (POT_NETWORK)");
    }
    if (a == net.get().start() || a == net.get().broadcast()) {
      return Optional.of(
          "ip "
              + ip
              + " is the "
              + (a == net.get().start() ? "network" : "broadcast")
              + " address"
              + where
              + " (POT_NETWORK)");
    }
    if (same(a, config.setting("POT_GATEWAY").orElse(DEFAULT_GATEWAY))) {
      return Optional.of("ip " + ip + " is POT_GATEWAY, the gateway" + where);
    }
    if (same(a, config.setting("POT_DNS_IP").orElse(DEFAULT_DNS_IP))) {
      return Optional.of("ip " + ip + " is the address of pot's DNS pot (POT_DNS_IP)");
    }
    return host.bridges().values().stream()
        .filter(b -> Subnet.parse(b.network()).filter(s -> s.contains(a)).isPresent())
        .findFirst()
        .map(b -> "ip " + ip + " lies in private bridge " + b.name() + "'s subnet " + b.network());
  }

  /**
   * Why an alias pot may not take the IPv4 address {@code ip}, or empty: it is {@code POT_GATEWAY},
   * {@code POT_DNS_IP}, in a private bridge's subnet or anywhere in {@code POT_NETWORK}, where
   * potnet hands out the addresses of bridge pots and the subnets of private bridges without
   * looking at alias addresses (so a later pot of any spec would get it too, and the host would
   * deliver that pot's traffic, its redirects included, to the alias pot).
   */
  static Optional<String> aliasProblem(HostState host, String ip) {
    if (!Subnet.isAddress(ip)) {
      return Optional.empty();
    }
    PotConfig config = host.config();
    long a = Subnet.address(ip);
    if (same(a, config.setting("POT_GATEWAY").orElse(DEFAULT_GATEWAY))) {
      return Optional.of("ip " + ip + " is POT_GATEWAY, the gateway of pot's bridge pots");
    }
    if (same(a, config.setting("POT_DNS_IP").orElse(DEFAULT_DNS_IP))) {
      return Optional.of("ip " + ip + " is the address of pot's DNS pot (POT_DNS_IP)");
    }
    Optional<String> bridge =
        host.bridges().values().stream()
            .filter(b -> Subnet.parse(b.network()).filter(s -> s.contains(a)).isPresent())
            .findFirst()
            .map(
                b ->
                    "ip "
                        + ip
                        + " lies in private bridge "
                        + b.name()
                        + "'s subnet "
                        + b.network());
    if (bridge.isPresent()) {
      return bridge;
    }
    String network = config.setting("POT_NETWORK").orElse(DEFAULT_NETWORK);
    return Subnet.parse(network)
        .filter(net -> net.contains(a))
        .map(
            net ->
                "ip "
                    + ip
                    + " lies in pot's network "
                    + network
                    + " (POT_NETWORK), where potnet hands out the addresses of bridge pots and"
                    + " private bridges without knowing alias addresses");
  }

  private static Optional<String> privateProblem(Bridge bridge, String ip) {
    Optional<Subnet> net = Subnet.parse(bridge.network());
    if (net.isEmpty()) {
      return Optional.empty();
    }
    long a = Subnet.address(ip);
    String of = " of bridge " + bridge.name() + " (" + bridge.network() + ")";
    if (!net.get().contains(a)) {
      return Optional.of("ip " + ip + " is outside the subnet" + of);
    }
    if (a == net.get().start() || a == net.get().broadcast()) {
      return Optional.of(
          "ip "
              + ip
              + " is the "
              + (a == net.get().start() ? "network" : "broadcast")
              + " address"
              + of);
    }
    return same(a, bridge.gateway())
        ? Optional.of("ip " + ip + " is the gateway" + of)
        : Optional.empty();
  }

  private static boolean same(long a, String other) {
    return Subnet.isAddress(other.strip()) && Subnet.address(other.strip()) == a;
  }

  private static Diagnostic error(PlanContext ctx, PotSpec spec, String message) {
    String path = spec.address().specPath() + ".network.ip";
    return ctx.errorAt(spec.address(), path, message + "; pot create would refuse it");
  }
}
