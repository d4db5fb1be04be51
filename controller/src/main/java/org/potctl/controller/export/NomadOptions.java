package org.potctl.controller.export;

import java.util.Objects;

/**
 * What {@code potctl export nomad} needs besides the spec.
 *
 * @param specId the spec id: job names are {@code <spec-id>-<pot>}
 * @param registry the URL of the HTTP file server holding the pot images ({@code pot prepare -U})
 * @param datacenter the Nomad datacenter the jobs run in
 * @param fsRoot pot's {@code POT_FS_ROOT} on the clients ({@code /opt/pot} by default): fscomps are
 *     mounted from {@code <fsRoot>/fscomp/<name>}
 */
public record NomadOptions(String specId, String registry, String datacenter, String fsRoot) {

  /** pot's default {@code POT_FS_ROOT}. */
  public static final String DEFAULT_FS_ROOT = "/opt/pot";

  /** Checks every part is present. */
  public NomadOptions {
    Objects.requireNonNull(specId, "specId");
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(datacenter, "datacenter");
    Objects.requireNonNull(fsRoot, "fsRoot");
  }
}
