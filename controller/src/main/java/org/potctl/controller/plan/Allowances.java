package org.potctl.controller.plan;

import java.nio.file.Path;
import java.util.List;
import org.potctl.schema.LoadOptions;
import org.potctl.schema.bind.ReservedHostPorts;

/**
 * What the operator allows a spec beyond the defaults, from the command line and the config file;
 * never the spec's own choice (docs/threat-model.md).
 *
 * @param hostDirs roots {@code dir} mounts may use besides {@code /srv} ({@code --allow-host-dir})
 * @param privilegedAttributes attribute values that weaken a jail ({@code
 *     --allow-privileged-attributes})
 * @param hooks {@code hooks}, scripts pot runs on the host as root ({@code --allow-hooks})
 * @param templates pots potctl does not manage that a spec may clone, as a {@code template} or as
 *     the {@code <name>_<tag>} pot of an {@code image} ({@code --allow-template}); {@code *} allows
 *     every one
 * @param reservedHostPorts host ports no spec may export ({@code --reserved-host-ports}, default
 *     22)
 * @param imageHosts hosts of the pot host's own (loopback, link-local, ...) that an http or https
 *     image URL may name all the same, canonical ({@code --allow-image-host})
 */
public record Allowances(
    List<Path> hostDirs,
    boolean privilegedAttributes,
    boolean hooks,
    List<String> templates,
    ReservedHostPorts reservedHostPorts,
    List<String> imageHosts) {

  /** The value of {@code --allow-template} that allows every pot potctl does not manage. */
  public static final String ANY_TEMPLATE = "*";

  /** Nothing beyond the defaults. */
  public static final Allowances NONE =
      new Allowances(List.of(), false, false, List.of(), ReservedHostPorts.DEFAULT, List.of());

  /** Copies the lists. */
  public Allowances {
    hostDirs = List.copyOf(hostDirs);
    templates = templates.stream().distinct().toList();
    imageHosts = imageHosts.stream().distinct().toList();
  }

  /** Whether a spec may clone {@code pot}, a pot potctl does not manage. */
  public boolean template(String pot) {
    return templates.contains(ANY_TEMPLATE) || templates.contains(pot);
  }

  /** How a spec is loaded under these allowances. */
  public LoadOptions loadOptions() {
    return LoadOptions.withExtraHostDirs(hostDirs)
        .withPrivilegedAttributes(privilegedAttributes)
        .withHooks(hooks)
        .withReservedHostPorts(reservedHostPorts)
        .withImageHosts(imageHosts);
  }

  /** These allowances with {@code roots} as the extra host-directory roots. */
  public Allowances withHostDirs(List<Path> roots) {
    return new Allowances(
        roots, privilegedAttributes, hooks, templates, reservedHostPorts, imageHosts);
  }

  /** These allowances accepting privileged attribute values or not. */
  public Allowances withPrivilegedAttributes(boolean allow) {
    return new Allowances(hostDirs, allow, hooks, templates, reservedHostPorts, imageHosts);
  }

  /** These allowances accepting {@code hooks} or not. */
  public Allowances withHooks(boolean allow) {
    return new Allowances(
        hostDirs, privilegedAttributes, allow, templates, reservedHostPorts, imageHosts);
  }

  /** These allowances with {@code ports} as the reserved host ports. */
  public Allowances withReservedHostPorts(ReservedHostPorts ports) {
    return new Allowances(hostDirs, privilegedAttributes, hooks, templates, ports, imageHosts);
  }

  /** These allowances with {@code pots} as the unmanaged pots a spec may clone. */
  public Allowances withTemplates(List<String> pots) {
    return new Allowances(
        hostDirs, privilegedAttributes, hooks, pots, reservedHostPorts, imageHosts);
  }

  /** These allowances with {@code hosts} (canonical) as the image URL hosts a spec may name. */
  public Allowances withImageHosts(List<String> hosts) {
    return new Allowances(
        hostDirs, privilegedAttributes, hooks, templates, reservedHostPorts, hosts);
  }
}
