package org.potctl.schema.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import org.potctl.schema.address.ResourceAddress;

/**
 * A pot as the spec wants it.
 *
 * @param name the pot name ({@code ^[A-Za-z][A-Za-z0-9_-]{0,54}$})
 * @param base the FreeBSD release, e.g. {@code 14.1}; empty for a pot cloned from an image or a
 *     template (it has the base of what it is cloned from)
 * @param type single (default) or multi
 * @param network the network type, bridge and IP
 * @param mounts mounts in spec order
 * @param ports exported ports in spec order
 * @param flavours flavour names applied in order at creation (spec or host flavours)
 * @param resources CPU and memory limits
 * @param attributes pot attributes by name, values normalised to pot's ({@code YES}/{@code NO} for
 *     booleans, digits for numbers)
 * @param env environment variables ({@code pot set-env}), sorted by name
 * @param hosts extra {@code /etc/hosts} entries, host name to IP, sorted by name
 * @param dependsOn pots this pot needs started first, in spec order
 * @param state running (default) or stopped
 * @param protect when true potctl never destroys or replaces the pot (default false)
 * @param nomad false when {@code potctl export nomad} leaves the pot out (default true)
 * @param options cmd, dns and snapshot_before_change
 */
public record PotSpec(
    String name,
    String base,
    PotType type,
    NetworkSpec network,
    List<MountSpec> mounts,
    List<PortExport> ports,
    List<String> flavours,
    Resources resources,
    SortedMap<String, String> attributes,
    SortedMap<String, String> env,
    SortedMap<String, String> hosts,
    List<String> dependsOn,
    DesiredState state,
    boolean protect,
    boolean nomad,
    PotOptions options)
    implements ResourceSpec {

  /** Checks the name and required parts; copies every collection. */
  public PotSpec {
    Names.requireName(name);
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(resources, "resources");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(options, "options");
    mounts = List.copyOf(mounts);
    ports = List.copyOf(ports);
    flavours = List.copyOf(flavours);
    dependsOn = List.copyOf(dependsOn);
    attributes = Names.sortedCopy(attributes);
    env = Names.sortedCopy(env);
    hosts = Names.sortedCopy(hosts);
  }

  /** A pot exported to Nomad ({@code nomad} true), as before the field existed. */
  public PotSpec(
      String name,
      String base,
      PotType type,
      NetworkSpec network,
      List<MountSpec> mounts,
      List<PortExport> ports,
      List<String> flavours,
      Resources resources,
      SortedMap<String, String> attributes,
      SortedMap<String, String> env,
      SortedMap<String, String> hosts,
      List<String> dependsOn,
      DesiredState state,
      boolean protect) {
    this(
        name,
        base,
        type,
        network,
        mounts,
        ports,
        flavours,
        resources,
        attributes,
        env,
        hosts,
        dependsOn,
        state,
        protect,
        true,
        PotOptions.defaults());
  }

  /** This pot with another desired state. */
  public PotSpec withState(DesiredState newState) {
    return new PotSpec(
        name,
        base,
        type,
        network,
        mounts,
        ports,
        flavours,
        resources,
        attributes,
        env,
        hosts,
        dependsOn,
        newState,
        protect,
        nomad,
        options);
  }

  /** A pot with every optional part at its default. */
  public static PotSpec minimal(String name, String base) {
    return new PotSpec(
        name,
        base,
        PotType.SINGLE,
        NetworkSpec.inherit(),
        List.of(),
        List.of(),
        List.of(),
        Resources.none(),
        Names.sortedCopy(Map.of()),
        Names.sortedCopy(Map.of()),
        Names.sortedCopy(Map.of()),
        List.of(),
        DesiredState.RUNNING,
        false);
  }

  @Override
  public ResourceAddress address() {
    return ResourceAddress.pot(name);
  }

  /** Whether the pot is cloned from an image or a template rather than created from a base. */
  public boolean isClone() {
    return options.clonedFrom().isPresent();
  }

  /** The address of this pot's base release. */
  public ResourceAddress baseAddress() {
    return ResourceAddress.base(base);
  }
}
