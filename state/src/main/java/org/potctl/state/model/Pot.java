package org.potctl.state.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One pot as its files describe it: {@code conf/pot.conf} and {@code conf/fscomp.conf} (pot.md §2).
 * Whether it runs is in {@link HostState#jails()}; its datasets in {@link HostState#datasets()}.
 *
 * @param name the pot name (its directory under {@code $FR/jails})
 * @param type single or multi ({@code pot.type}; missing means multi)
 * @param level {@code pot.level}: 0 for single pots; 0, 1 or 2 for multi pots
 * @param base {@code pot.base}: the base name (multi) or the FreeBSD release (single)
 * @param potbase {@code pot.potbase}, the reference pot of {@code create -P}; empty when unset
 * @param network network type, address and bridge
 * @param dns {@code pot.dns}: inherit, pot, custom or off
 * @param command {@code pot.cmd}, e.g. {@code sh /etc/rc}
 * @param hostname {@code host.hostname} without its quotes; empty when unset
 * @param mounts fscomp.conf lines in file order (pot mounts in this order)
 * @param ports {@code pot.export.ports} items in order
 * @param attributes {@code pot.attr.<name>} values by name, verbatim ({@code YES}, {@code NO}, …)
 * @param resources {@code pot.rss.cpus} / {@code pot.rss.memory}
 * @param env {@code pot.env} entries as {@code NAME=value}, quotes and escapes removed, in order
 * @param hosts {@code pot.hosts} entries in order
 * @param depends {@code pot.depend} values in order; duplicates kept (add-dep only appends)
 * @param hooks the {@code sha256:} digests of the hook scripts {@code conf/<type>.sh} ({@code pot
 *     set-hook}) by type: prestart, poststart, prestop, poststop
 */
public record Pot(
    String name,
    PotType type,
    int level,
    String base,
    Optional<String> potbase,
    PotNetwork network,
    String dns,
    Optional<String> command,
    Optional<String> hostname,
    List<Mount> mounts,
    List<PortExport> ports,
    SortedMap<String, String> attributes,
    Resources resources,
    List<String> env,
    List<HostsEntry> hosts,
    List<String> depends,
    SortedMap<String, String> hooks) {

  public Pot {
    hooks = Collections.unmodifiableSortedMap(new TreeMap<>(hooks));
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(potbase, "potbase");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(dns, "dns");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(hostname, "hostname");
    Objects.requireNonNull(resources, "resources");
    mounts = List.copyOf(mounts);
    ports = List.copyOf(ports);
    attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
    env = List.copyOf(env);
    hosts = List.copyOf(hosts);
    depends = List.copyOf(depends);
  }

  /** A pot without hook scripts. */
  public Pot(
      String name,
      PotType type,
      int level,
      String base,
      Optional<String> potbase,
      PotNetwork network,
      String dns,
      Optional<String> command,
      Optional<String> hostname,
      List<Mount> mounts,
      List<PortExport> ports,
      SortedMap<String, String> attributes,
      Resources resources,
      List<String> env,
      List<HostsEntry> hosts,
      List<String> depends) {
    this(
        name,
        type,
        level,
        base,
        potbase,
        network,
        dns,
        command,
        hostname,
        mounts,
        ports,
        attributes,
        resources,
        env,
        hosts,
        depends,
        new TreeMap<>());
  }

  /** This pot with the digests of its hook scripts. */
  public Pot withHooks(SortedMap<String, String> digests) {
    return new Pot(
        name,
        type,
        level,
        base,
        potbase,
        network,
        dns,
        command,
        hostname,
        mounts,
        ports,
        attributes,
        resources,
        env,
        hosts,
        depends,
        digests);
  }

  /** The attribute's stored value, if pot.conf has it. */
  public Optional<String> attribute(String attribute) {
    return Optional.ofNullable(attributes.get(attribute));
  }

  /** The canonical text this object is fingerprinted by: every field, one per line. */
  public String canonical() {
    List<String> lines = new ArrayList<>();
    lines.add("pot " + name + " type=" + type.potName() + " level=" + level + " base=" + base);
    lines.add("potbase=" + Fingerprints.opt(potbase) + " dns=" + dns);
    lines.add("cmd=" + Fingerprints.opt(command) + " hostname=" + Fingerprints.opt(hostname));
    lines.add(network.canonical());
    mounts.forEach(m -> lines.add(m.canonical()));
    ports.forEach(p -> lines.add("port " + p.toPotArgument()));
    attributes.forEach((k, v) -> lines.add("attr " + k + "=" + v));
    lines.add(resources.canonical());
    env.forEach(e -> lines.add("env " + e));
    hosts.forEach(h -> lines.add("hosts " + h.ip() + " " + h.hostname()));
    depends.forEach(d -> lines.add("depend " + d));
    hooks.forEach((k, v) -> lines.add("hook " + k + "=" + v));
    return String.join("\n", lines);
  }

  /** {@code sha256:} of {@link #canonical()}. */
  public String fingerprint() {
    return Fingerprints.sha256(canonical());
  }
}
