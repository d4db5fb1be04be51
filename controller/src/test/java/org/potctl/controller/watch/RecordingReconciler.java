package org.potctl.controller.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.potctl.schema.LoadOptions;
import org.potctl.schema.LoadResult;
import org.potctl.schema.SpecLoader;

/**
 * A reconciler that validates with the real {@link SpecLoader}, records every call with the content
 * of {@code marker.txt} (which names the commit in tests), and reports as drift the lines of {@code
 * drift.txt} in the test's control directory.
 */
final class RecordingReconciler implements Reconciler {

  /** One call. */
  record Call(Path specDir, String specId, boolean planOnly, String marker) {}

  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private volatile List<String> drift = List.of();
  private volatile CountDownLatch gate = new CountDownLatch(0);

  @Override
  public ReconcileOutcome reconcile(Path specDir, String specId, boolean planOnly) {
    calls.add(new Call(specDir, specId, planOnly, marker(specDir)));
    try {
      gate.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    LoadResult loaded = new SpecLoader().load(specDir, LoadOptions.defaults());
    if (!loaded.isValid()) {
      return ReconcileOutcome.of(
          ReconcileResult.INVALID, loaded.diagnostics().all(), "invalid spec");
    }
    List<String> seen = drift;
    if (!planOnly) {
      drift = List.of();
    }
    return new ReconcileOutcome(
        ReconcileResult.OK,
        Map.of("create", seen.size(), "noop", 1),
        seen,
        List.of(),
        planOnly ? List.of() : List.of(new StepRecord("pot", "create", "succeeded")),
        planOnly ? Optional.empty() : Optional.of(java.time.Duration.ofMillis(3)),
        "");
  }

  List<Call> calls() {
    return new ArrayList<>(calls);
  }

  List<String> markers() {
    return calls.stream().map(Call::marker).toList();
  }

  /** The next reconciles see {@code addresses} as drifted (until one applies). */
  void drift(List<String> addresses) {
    drift = List.copyOf(addresses);
  }

  /** Makes reconciles wait until {@link #open} (to test a cycle that is running). */
  void close() {
    gate = new CountDownLatch(1);
  }

  void open() {
    gate.countDown();
  }

  private static String marker(Path specDir) {
    Path file = specDir.resolve("marker.txt");
    try {
      return Files.exists(file) ? Files.readString(file).trim() : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
