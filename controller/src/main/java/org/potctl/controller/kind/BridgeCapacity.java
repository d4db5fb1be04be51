package org.potctl.controller.kind;

import java.util.List;
import java.util.Optional;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.model.BridgeSpec;
import org.potctl.schema.model.PotSpec;
import org.potctl.state.model.Bridge;
import org.potctl.state.model.Pot;

/**
 * The plan-time check that a private bridge has an address for every pot the spec puts on it. pot
 * takes whatever {@code potnet next -b B} prints and potnet prints nothing when the bridge is full
 * (network.sh:374), so pot would create the extra pots with no address at all. potnet sizes a new
 * bridge of {@code -S N} hosts as the smallest subnet of {@code 2^k} addresses with {@code 2^k - 2
 * >= N}; one host address is the gateway's, so {@code size: 2} (a {@code /30}) holds one pot. An
 * existing bridge holds what its subnet holds, less the pots of other specs on it. The error is
 * located at the bridge's {@code size}.
 */
final class BridgeCapacity {

  private BridgeCapacity() {}

  static List<Diagnostic> check(PlanContext ctx, ResourceAddress address, BridgeSpec spec) {
    long wanted = ctx.spec().pots().values().stream().filter(p -> on(p, spec.name())).count();
    Optional<Bridge> host = Optional.ofNullable(ctx.host().bridges().get(spec.name()));
    long others =
        ctx.host().pots().values().stream()
            .filter(p -> p.network().bridge().equals(Optional.of(spec.name())))
            .map(Pot::name)
            .filter(n -> !ctx.spec().pots().containsKey(n))
            .count();
    long room;
    String why;
    if (host.isPresent()) {
      int prefix = prefix(host.get().network());
      if (prefix < 0) {
        return List.of();
      }
      room = Math.max(0, (1L << (32 - prefix)) - 3 - others);
      why =
          "bridge "
              + spec.name()
              + " ("
              + host.get().network()
              + ") has room for "
              + room
              + " pot(s)"
              + (others > 0 ? " beside the " + others + " other pot(s) on it" : "");
    } else {
      int bits = potnetBits(spec.size());
      room = (1L << bits) - 3;
      why =
          "bridge "
              + spec.name()
              + " of size "
              + spec.size()
              + " gets a /"
              + (32 - bits)
              + " from potnet: "
              + room
              + " pot address(es) beside the gateway";
    }
    if (wanted <= room) {
      return List.of();
    }
    String path = address.specPath() + ".size";
    return List.of(
        ctx.errorAt(
            address,
            path,
            why
                + ", but the spec puts "
                + wanted
                + " pots on it; pot would create the others with no address"
                + (host.isPresent() ? "" : " (size " + (wanted + 1) + " holds them)")));
  }

  private static boolean on(PotSpec pot, String bridge) {
    return pot.network().bridge().equals(Optional.of(bridge));
  }

  /** potnet 0.5.0's {@code get_network_size}: the smallest k with {@code 2^k - 2 >= hosts}. */
  static int potnetBits(int hosts) {
    int k = 2;
    while ((1L << k) - 2 < hosts) {
      k++;
    }
    return k;
  }

  /** The prefix length of a bridge's {@code net=}, or -1 unless it is a subnet of pot's size. */
  private static int prefix(String cidr) {
    return Subnet.parse(cidr).map(Subnet::prefix).filter(p -> p <= 30).orElse(-1);
  }
}
