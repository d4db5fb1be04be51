/**
 * The GitOps watcher ({@code potctl watch}, DESIGN.md §6): follows a git branch or a plain
 * directory, reconciles each new revision through a {@link org.potctl.controller.watch.Reconciler},
 * re-checks the host every interval, and serves {@code /healthz}, {@code /metrics}, {@code
 * /status}, {@code /hook}, {@code /suspend} and {@code /resume} over HTTP.
 *
 * <p>Safety rules kept here, whatever the engine does: a failed fetch, an invalid revision or a
 * revision without Potfiles never replaces the last good revision, and the reconciler is never
 * called with an empty spec directory.
 */
package org.potctl.controller.watch;
