package org.potctl.controller.watch;

import java.nio.file.Path;

/**
 * Brings the host to a spec directory, or only plans it. The watcher's one port to the engine:
 * implementations load and validate the spec, observe the host, plan, and apply unless {@code
 * planOnly}. Implementations report problems in the outcome rather than throwing; an exception is
 * recorded as a {@link ReconcileResult#FAILED} outcome.
 */
@FunctionalInterface
public interface Reconciler {

  /**
   * Reconciles the host against {@code specDir}.
   *
   * @param specDir a directory holding at least one Potfile (the watcher never passes an empty one)
   * @param specId the owner id stamped on created objects
   * @param planOnly plan and report drift, change nothing
   * @return what happened
   */
  ReconcileOutcome reconcile(Path specDir, String specId, boolean planOnly);
}
