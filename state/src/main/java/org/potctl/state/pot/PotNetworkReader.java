package org.potctl.state.pot;

import java.util.Optional;
import org.potctl.state.model.NetworkType;
import org.potctl.state.model.PotNetwork;

/**
 * Reads a pot's network from pot.conf: {@code network_type}, {@code ip}, {@code bridge}, {@code
 * pot.stack}; legacy files with {@code ip4=}/{@code vnet=} instead are mapped the way {@code pot
 * update-config} would convert them (pot.md §2.1).
 */
final class PotNetworkReader {

  private PotNetworkReader() {}

  static PotNetwork read(PotConfFile conf) {
    Optional<String> stack = conf.last("pot.stack").map(String::trim);
    Optional<PotConfFile.Entry> typeEntry = conf.lastEntry("network_type");
    if (typeEntry.isPresent()) {
      String value = typeEntry.get().value().trim();
      if (!PotConfReader.isNetworkType(value)) {
        throw conf.error(typeEntry.get(), "unknown network_type '" + value + "'");
      }
      NetworkType type = NetworkType.fromPot(value);
      Optional<String> ip =
          type == NetworkType.INHERIT ? Optional.empty() : conf.last("ip").map(String::trim);
      Optional<String> bridge =
          type == NetworkType.PRIVATE_BRIDGE
              ? conf.last("bridge").map(String::trim)
              : Optional.empty();
      return PotConfReader.network(type, ip, bridge, stack);
    }
    return legacy(conf, stack);
  }

  private static PotNetwork legacy(PotConfFile conf, Optional<String> stack) {
    Optional<String> ip4 = conf.last("ip4").map(String::trim);
    boolean vnet = conf.last("vnet").map(v -> v.trim().equals("true")).orElse(false);
    if (ip4.isEmpty() || ip4.get().equals("inherit")) {
      return PotConfReader.network(NetworkType.INHERIT, Optional.empty(), Optional.empty(), stack);
    }
    NetworkType type = vnet ? NetworkType.PUBLIC_BRIDGE : NetworkType.ALIAS;
    return PotConfReader.network(type, ip4, Optional.empty(), stack);
  }
}
