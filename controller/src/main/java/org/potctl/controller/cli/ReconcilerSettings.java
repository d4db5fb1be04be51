package org.potctl.controller.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;

/**
 * How the watcher's {@link EngineReconciler} plans and applies: the options of {@code potctl watch}
 * that every cycle's {@code potctl apply DIR --yes} takes.
 *
 * @param host the {@code --host} value, empty for the default
 * @param allowHostDirs {@code --allow-host-dir}
 * @param allowPrivilegedAttributes {@code --allow-privileged-attributes}
 * @param allowDataLoss {@code --allow-data-loss}
 * @param maxDestroy {@code --max-destroy}
 * @param stopRequested true once the watcher is asked to stop (running steps finish, no new one)
 * @param origin the spec's origin to record (repository URL + path, or canonical directory)
 * @param takeOver whether an id recorded for another origin is taken over ({@code --spec-id})
 * @param imageKey {@code --image-key}
 * @param journalsKept journals kept per spec id when an apply prunes
 * @param allowHooks {@code --allow-hooks}
 */
record ReconcilerSettings(
    Optional<String> host,
    List<Path> allowHostDirs,
    boolean allowPrivilegedAttributes,
    boolean allowDataLoss,
    OptionalInt maxDestroy,
    BooleanSupplier stopRequested,
    Optional<String> origin,
    boolean takeOver,
    Optional<String> imageKey,
    int journalsKept,
    boolean allowHooks) {

  ReconcilerSettings {
    Objects.requireNonNull(host, "host");
    allowHostDirs = List.copyOf(allowHostDirs);
    Objects.requireNonNull(maxDestroy, "maxDestroy");
    Objects.requireNonNull(stopRequested, "stopRequested");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(imageKey, "imageKey");
  }

  /** These settings recording {@code newOrigin}, taken over when {@code deliberate}. */
  ReconcilerSettings withOrigin(String newOrigin, boolean deliberate) {
    return new ReconcilerSettings(
        host,
        allowHostDirs,
        allowPrivilegedAttributes,
        allowDataLoss,
        maxDestroy,
        stopRequested,
        Optional.of(newOrigin),
        deliberate,
        imageKey,
        journalsKept,
        allowHooks);
  }

  /** These settings with {@code key} as the image key. */
  ReconcilerSettings withImageKey(Optional<String> key) {
    return new ReconcilerSettings(
        host,
        allowHostDirs,
        allowPrivilegedAttributes,
        allowDataLoss,
        maxDestroy,
        stopRequested,
        origin,
        takeOver,
        key,
        journalsKept,
        allowHooks);
  }

  /** These settings keeping {@code n} journals per spec id. */
  ReconcilerSettings withJournalsKept(int n) {
    return new ReconcilerSettings(
        host,
        allowHostDirs,
        allowPrivilegedAttributes,
        allowDataLoss,
        maxDestroy,
        stopRequested,
        origin,
        takeOver,
        imageKey,
        n,
        allowHooks);
  }

  /** These settings accepting {@code hooks} or not. */
  ReconcilerSettings withHooks(boolean allow) {
    return new ReconcilerSettings(
        host,
        allowHostDirs,
        allowPrivilegedAttributes,
        allowDataLoss,
        maxDestroy,
        stopRequested,
        origin,
        takeOver,
        imageKey,
        journalsKept,
        allow);
  }
}
