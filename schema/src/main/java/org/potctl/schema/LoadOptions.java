package org.potctl.schema;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.potctl.schema.bind.ReservedHostPorts;

/**
 * How to load a spec.
 *
 * @param allowedHostDirs absolute roots that {@code dir} mounts may lie under
 * @param allowPrivilegedAttributes whether privileged jail attributes are accepted (the operator's
 *     {@code --allow-privileged-attributes}; never settable from the spec)
 * @param allowHooks whether {@code hooks} are accepted: scripts pot runs on the host as root (the
 *     operator's {@code --allow-hooks}; never settable from the spec)
 * @param reservedHostPorts host ports no spec may export (the operator's {@code
 *     --reserved-host-ports}; never settable from the spec)
 * @param allowedImageHosts hosts an http or https image URL may name although they are the pot
 *     host's own (loopback, link-local, ...), canonical ({@link
 *     org.potctl.schema.bind.ImageUrlHost}; the operator's {@code --allow-image-host}, never
 *     settable from the spec)
 */
public record LoadOptions(
    List<Path> allowedHostDirs,
    boolean allowPrivilegedAttributes,
    boolean allowHooks,
    ReservedHostPorts reservedHostPorts,
    List<String> allowedImageHosts) {

  /** The root allowed by default. */
  public static final Path DEFAULT_HOST_DIR = Path.of("/srv");

  /** Copies the roots, normalised. */
  public LoadOptions {
    allowedHostDirs = allowedHostDirs.stream().map(Path::normalize).distinct().toList();
    allowedImageHosts = List.copyOf(allowedImageHosts);
  }

  /** Roots only; privileged attributes and hooks refused, the default host ports reserved. */
  public LoadOptions(List<Path> allowedHostDirs) {
    this(allowedHostDirs, false, false, ReservedHostPorts.DEFAULT, List.of());
  }

  /** These options with privileged attributes accepted or not. */
  public LoadOptions withPrivilegedAttributes(boolean allow) {
    return new LoadOptions(
        allowedHostDirs, allow, allowHooks, reservedHostPorts, allowedImageHosts);
  }

  /** These options with hooks accepted or not. */
  public LoadOptions withHooks(boolean allow) {
    return new LoadOptions(
        allowedHostDirs, allowPrivilegedAttributes, allow, reservedHostPorts, allowedImageHosts);
  }

  /** These options with {@code ports} as the reserved host ports. */
  public LoadOptions withReservedHostPorts(ReservedHostPorts ports) {
    return new LoadOptions(
        allowedHostDirs, allowPrivilegedAttributes, allowHooks, ports, allowedImageHosts);
  }

  /** These options with {@code hosts} (canonical) as the image URL hosts the operator allows. */
  public LoadOptions withImageHosts(List<String> hosts) {
    return new LoadOptions(
        allowedHostDirs, allowPrivilegedAttributes, allowHooks, reservedHostPorts, hosts);
  }

  /** The defaults: only {@code /srv}. */
  public static LoadOptions defaults() {
    return new LoadOptions(List.of(DEFAULT_HOST_DIR));
  }

  /** The default root plus {@code extra} (from {@code --allow-host-dir}). */
  public static LoadOptions withExtraHostDirs(List<Path> extra) {
    List<Path> roots = new ArrayList<>();
    roots.add(DEFAULT_HOST_DIR);
    roots.addAll(extra);
    return new LoadOptions(roots);
  }
}
