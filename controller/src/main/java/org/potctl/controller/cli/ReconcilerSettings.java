package org.potctl.controller.cli;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import org.potctl.controller.plan.Allowances;

/**
 * How the watcher's {@link EngineReconciler} plans and applies: the options of {@code potctl watch}
 * that every cycle's {@code potctl apply DIR --yes} takes.
 *
 * @param host the {@code --host} value, empty for the default
 * @param allowances {@code --allow-host-dir}, {@code --allow-privileged-attributes}, {@code
 *     --allow-hooks}, {@code --allow-template} (and the config file's)
 * @param allowDataLoss {@code --allow-data-loss}
 * @param maxDestroy {@code --max-destroy}
 * @param stopRequested true once the watcher is asked to stop (running steps finish, no new one)
 * @param origin the spec's origin to record (repository URL + path, or canonical directory)
 * @param takeOver whether an id recorded for another origin is taken over ({@code --spec-id})
 * @param imageKey {@code --image-key}
 * @param journalsKept journals kept per spec id when an apply prunes
 */
record ReconcilerSettings(
    Optional<String> host,
    Allowances allowances,
    boolean allowDataLoss,
    OptionalInt maxDestroy,
    BooleanSupplier stopRequested,
    Optional<String> origin,
    boolean takeOver,
    Optional<String> imageKey,
    int journalsKept) {

  ReconcilerSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(allowances, "allowances");
    Objects.requireNonNull(maxDestroy, "maxDestroy");
    Objects.requireNonNull(stopRequested, "stopRequested");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(imageKey, "imageKey");
  }

  /** These settings recording {@code newOrigin}, taken over when {@code deliberate}. */
  ReconcilerSettings withOrigin(String newOrigin, boolean deliberate) {
    return new ReconcilerSettings(
        host,
        allowances,
        allowDataLoss,
        maxDestroy,
        stopRequested,
        Optional.of(newOrigin),
        deliberate,
        imageKey,
        journalsKept);
  }

  /** These settings with {@code key} as the image key. */
  ReconcilerSettings withImageKey(Optional<String> key) {
    return new ReconcilerSettings(
        host,
        allowances,
        allowDataLoss,
        maxDestroy,
        stopRequested,
        origin,
        takeOver,
        key,
        journalsKept);
  }

  /** These settings keeping {@code n} journals per spec id. */
  ReconcilerSettings withJournalsKept(int n) {
    return new ReconcilerSettings(
        host, allowances, allowDataLoss, maxDestroy, stopRequested, origin, takeOver, imageKey, n);
  }
}
