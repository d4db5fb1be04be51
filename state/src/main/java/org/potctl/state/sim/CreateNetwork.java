package org.potctl.state.sim;

/** {@code pot create}'s and {@code pot clone}'s network options checked and an address chosen. */
final class CreateNetwork {

  private final PotEnv env;

  CreateNetwork(PotEnv env) {
    this.env = env;
  }

  /**
   * The pot's address as pot's create settles it (network.sh:300-380): none when inherited, the
   * given alias items once validated, or a free or given bridge address that potnet accepts.
   */
  String address(CreateRequest r) {
    String ip = r.ip();
    PotNet net = new PotNet(env);
    switch (r.network()) {
      case "inherit":
        return "";
      case "alias":
        if (ip.isEmpty()) {
          throw env.out.fail("option -i is mandatory with network type is alias");
        }
        if (ip.equals("auto")) {
          // network.sh:326
          throw env.out.fail(
              "-i auto not usable with network type alias - a real IP address has to be provided");
        }
        AliasIps.validate(env, ip, r.stack());
        return ip;
      case "public-bridge":
        if (ip.isEmpty() || ip.equals("auto")) {
          // network.sh:344: potnet prints nothing, and exits 0, when no address is free
          return net.next().orElse("");
        }
        if (net.validate(ip).isPresent()) {
          throw env.out.fail(
              "The "
                  + ip
                  + " IP is not valid - run potnet validate -H "
                  + ip
                  + " for more information");
        }
        return ip;
      default:
        return privateBridgeIp(r, net);
    }
  }

  private String privateBridgeIp(CreateRequest r, PotNet net) {
    if (r.bridge() == null) {
      throw env.out.fail(
          "private-bridge network type requires -B option, to specify which private bridge to use");
    }
    PotNet.Bridge b =
        net.bridge(r.bridge())
            .orElseThrow(
                () -> {
                  // network.sh:365: _is_bridge not quiet (common.sh:673)
                  env.out.qerror("bridge " + r.bridge() + " not found");
                  return env.out.fail(
                      "bridge " + r.bridge() + " is not valid. Have you already created it?");
                });
    String ip = r.ip();
    if (ip.isEmpty() || ip.equals("auto")) {
      return net.next(b).orElse(""); // network.sh:374, as above
    }
    if (net.validate(ip, b).isPresent()) {
      throw env.out.fail(
          "The "
              + ip
              + " IP is not valid for bridge "
              + b.name()
              + " - run potnet validate -H "
              + ip
              + " -b "
              + b.name()
              + " for more information");
    }
    return ip;
  }
}
