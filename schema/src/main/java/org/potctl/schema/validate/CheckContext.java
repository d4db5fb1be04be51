package org.potctl.schema.validate;

import java.nio.file.Path;
import java.util.List;
import org.potctl.schema.bind.Declarations;
import org.potctl.schema.bind.ReservedHostPorts;

/**
 * What the semantic rules look at.
 *
 * @param specDir the spec directory
 * @param declarations every declared resource, merged across files
 * @param allowedHostDirs absolute roots that {@code dir} mounts may lie under
 * @param complete whether every Potfile could be parsed; when not, unresolved references are not
 *     reported, as they may live in the broken file
 * @param allowPrivileged whether privileged attribute values are accepted
 * @param allowHooks whether {@code hooks} are accepted (the operator's {@code --allow-hooks})
 * @param reservedHostPorts host ports no spec may export (the operator's {@code
 *     --reserved-host-ports})
 * @param allowedImageHosts image URL hosts the operator allows although they are the pot host's own
 *     ({@code --allow-image-host}, canonical)
 */
public record CheckContext(
    Path specDir,
    Declarations declarations,
    List<Path> allowedHostDirs,
    boolean complete,
    boolean allowPrivileged,
    boolean allowHooks,
    ReservedHostPorts reservedHostPorts,
    List<String> allowedImageHosts) {

  /** Copies the lists. */
  public CheckContext {
    allowedHostDirs = List.copyOf(allowedHostDirs);
    allowedImageHosts = List.copyOf(allowedImageHosts);
  }

  /** A context refusing privileged attributes and hooks. */
  public CheckContext(
      Path specDir, Declarations declarations, List<Path> allowedHostDirs, boolean complete) {
    this(
        specDir,
        declarations,
        allowedHostDirs,
        complete,
        false,
        false,
        ReservedHostPorts.DEFAULT,
        List.of());
  }
}
