package org.potctl.controller.plan;

import java.util.List;

/**
 * A postcondition the applier waits for after a step succeeded and before the step's dependants
 * start (JOSDK's ready-postcondition). pot's own exit status is not enough: pot ignores pfctl
 * failures, so a started pot is ready only once its redirects are active.
 */
public sealed interface Readiness
    permits Readiness.None,
        Readiness.PotRunning,
        Readiness.ImageConfined,
        Readiness.ImageStreamChecked {

  /** Ready as soon as the command succeeded. */
  Readiness NONE = new None();

  /** Ready at once. */
  record None() implements Readiness {}

  /**
   * Ready when the jail of {@code pot} is running and, for each host port in {@code redirects}, a
   * pf redirect to it is active.
   *
   * @param pot the pot name
   * @param redirects host ports that must have an active redirect, e.g. {@code tcp/30080}
   */
  record PotRunning(String pot, List<String> redirects) implements Readiness {
    public PotRunning {
      redirects = List.copyOf(redirects);
    }
  }

  /**
   * Ready when the pot {@code pot import} just made carries nothing the spec could not ask for
   * itself: {@code pot clone} copies its {@code conf/pot.conf} (attributes, exported ports), its
   * {@code fscomp.conf} (a single pot's verbatim: host directories and datasets it mounts at every
   * start) and its hook scripts (run on the host as root) into every pot made from it, and the
   * image is whatever the URL served. Checked before the clone runs; unmet, the import step fails
   * and nothing is cloned.
   *
   * @param pot the imported pot ({@code <name>_<tag>})
   * @param zfsRoot pot's {@code POT_ZFS_ROOT}
   * @param fsRoot pot's {@code POT_FS_ROOT}
   * @param hooks whether the operator allows hooks ({@code --allow-hooks})
   * @param privilegedAttributes whether the operator allows privileged attribute values
   * @param reservedHostPorts the reserved host ports, as {@code --reserved-host-ports} takes them
   */
  record ImageConfined(
      String pot,
      String zfsRoot,
      String fsRoot,
      boolean hooks,
      boolean privilegedAttributes,
      String reservedHostPorts)
      implements Readiness {}

  /**
   * Ready when the image file {@code stream} that potctl fetched into pot's cache is one {@code pot
   * import} may receive: the properties its replication stream carries are only harmless ones (no
   * {@code mountpoint} elsewhere than where pot mounts the pot, no {@code sharenfs}, no {@code
   * potctl:} stamp, …) and its {@code .meta} names no image it is layered on (pot would import that
   * one from the same place, unchecked). Never met by waiting.
   *
   * @param stream the image file on the host, {@code POT_CACHE/NAME_TAG.xz}
   * @param pot the pot {@code pot import} makes of it, {@code NAME_TAG} with dots made {@code _}
   * @param fsRoot pot's {@code POT_FS_ROOT}, below which the pot's datasets are mounted
   */
  record ImageStreamChecked(String stream, String pot, String fsRoot) implements Readiness {}
}
