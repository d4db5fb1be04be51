package org.potctl.controller.apply;

import java.util.Optional;
import org.potctl.state.files.HostFiles;

/**
 * The check potctl runs before each {@code pot start} it makes ({@link StartChecks#start}), for the
 * starts pot makes with no potctl command: pot's rc scripts run {@code pot start P} at the host's
 * boot for every pot whose {@code start-at-boot} (or {@code early-start-at-boot}) is {@code YES},
 * and each of those starts P's stopped {@code pot.depend} pots first. {@code potctl boot-check}
 * asks this for each of them before those scripts run.
 */
public final class BootStartCheck {

  private BootStartCheck() {}

  /**
   * Why {@code pot start pot}, with the pots its {@code pot.depend} starts first (each checked,
   * running or not), must not run on the host of {@code files} ({@code fsRoot}: pot's {@code
   * POT_FS_ROOT}), or empty when its tree and theirs are safe.
   */
  public static Optional<String> problem(HostFiles files, String fsRoot, String pot) {
    return new StartChecks(files, () -> fsRoot).start(pot);
  }
}
