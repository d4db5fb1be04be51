package org.potctl.controller.fleet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.potctl.state.host.HostSpec;

/**
 * What a {@code hosts.yaml} address may name. The inventory sits in the spec repository, so its
 * addresses are the pusher's choice; the ones that act on the machine running potctl need the
 * operator's word on the command line:
 *
 * <ul>
 *   <li>{@code ssh://…?config=FILE}: an OpenSSH client configuration runs programs here ({@code
 *       ProxyCommand}, {@code Match exec}, {@code LocalCommand}, {@code PKCS11Provider}); {@code
 *       --allow-hosts-ssh-config}.
 *   <li>{@code local}: this machine's pot; {@code sim:DIR} with {@code DIR} outside the hosts
 *       file's directory (the simulator creates and writes its files there, as root under a root
 *       potctl); {@code sim:…?zfs=real:POOL} (ZFS commands on a real pool here); {@code
 *       --allow-hosts-local}.
 *   <li>{@code spec: DIR} with {@code DIR} not below the hosts file's directory once links are
 *       resolved ({@code ../x}, {@code /tmp/secretdir}, a link out of the repository): potctl reads
 *       its YAML and quotes its lines in errors; {@code --allow-hosts-local}.
 * </ul>
 *
 * A relative {@code sim:} directory is resolved against the hosts file's directory, like {@code
 * spec}, so {@code sim:sims/pot1} needs no opt-in.
 */
final class InventoryAddresses {

  private static final String SIM = "sim:";

  private InventoryAddresses() {}

  /**
   * Checks {@code address} and resolves a relative {@code sim:} directory against {@code base}.
   *
   * @return the address to pass as {@code --host}
   * @throws IllegalArgumentException naming what is wrong
   */
  static String resolve(Path base, String address) {
    String a = address.strip();
    HostSpec.parse(a);
    if (!a.startsWith(SIM)) {
      return a;
    }
    int query = a.indexOf('?');
    String dir = query < 0 ? a.substring(SIM.length()) : a.substring(SIM.length(), query);
    String rest = query < 0 ? "" : a.substring(query);
    return SIM + base.resolve(dir).normalize() + rest;
  }

  /** Why {@code --all} needs {@code --allow-hosts-ssh-config} for this host, if it does. */
  static Optional<String> sshConfigProblem(InventoryHost host) {
    if (!(HostSpec.parse(host.address()) instanceof HostSpec.Ssh)) {
      return Optional.empty();
    }
    int query = host.address().indexOf('?');
    boolean config =
        query >= 0
            && List.of(host.address().substring(query + 1).split("&")).stream()
                .anyMatch(o -> o.startsWith("config="));
    return config
        ? Optional.of(
            at(host)
                + "config= names an OpenSSH client configuration, which runs programs on this"
                + " machine (ProxyCommand, Match exec, LocalCommand, PKCS11Provider), and"
                + " hosts.yaml may be pushed with the specs; give the hosts' ssh settings in this"
                + " user's ~/.ssh/config, or pass --allow-hosts-ssh-config if no one else can edit"
                + " this file")
        : Optional.empty();
  }

  /** Why {@code --all} needs {@code --allow-hosts-local} for this host, if it does. */
  static Optional<String> localProblem(Path base, InventoryHost host) {
    String why = null;
    HostSpec spec = HostSpec.parse(host.address());
    if (spec instanceof HostSpec.Local) {
      why = "local is the machine running potctl";
    } else if (spec instanceof HostSpec.Sim sim) {
      why =
          sim.options()
              .realZfsPool()
              .map(
                  p ->
                      "zfs=real:"
                          + p
                          + " sends ZFS commands to a real pool of the machine running potctl")
              .orElseGet(() -> outside(base, sim.options().dir()));
    }
    return Optional.ofNullable(why)
        .map(
            w ->
                at(host)
                    + w
                    + ", and hosts.yaml may be pushed with the specs; pass --allow-hosts-local"
                    + " if no one else can edit this file");
  }

  /**
   * Why {@code --all} needs {@code --allow-hosts-local} for this host's spec directory, if it does.
   */
  static Optional<String> specProblem(Path base, InventoryHost host) {
    return Optional.ofNullable(below(base, host.specDir(), "the spec directory " + host.specDir()))
        .map(
            w ->
                "hosts."
                    + host.name()
                    + ".spec: "
                    + w
                    + ", and potctl reads its YAML and quotes its lines in errors; hosts.yaml may"
                    + " be pushed with the specs; pass --allow-hosts-local if no one else can"
                    + " edit this file");
  }

  /** Why the simulator directory {@code dir} is not inside {@code base}, or null when it is. */
  private static String outside(Path base, Path dir) {
    return below(base, dir, "the simulator writes its files in " + dir);
  }

  /**
   * Why {@code dir} (or, while it does not exist, its nearest existing ancestor) does not lie below
   * {@code base} once every link is resolved, prefixed by {@code what}; null when it does.
   */
  private static String below(Path base, Path dir, String what) {
    Path b = base.toAbsolutePath().normalize();
    if (!dir.startsWith(b) || dir.equals(b)) {
      return what + ", not a directory below the hosts file's " + b;
    }
    Path existing = dir;
    while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    try {
      Path real = existing.toRealPath();
      Path realDir = real.resolve(existing.relativize(dir));
      Path realBase = b.toRealPath();
      if (!realDir.startsWith(realBase) || realDir.equals(realBase)) {
        return what + ", through a link to " + real + ", outside the hosts file's " + b;
      }
    } catch (IOException e) {
      return what + ", which cannot be resolved (" + e.getMessage() + ")";
    }
    return null;
  }

  private static String at(InventoryHost host) {
    return "hosts." + host.name() + ".address: ";
  }
}
