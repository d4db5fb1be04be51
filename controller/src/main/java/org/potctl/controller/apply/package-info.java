/**
 * Applying a plan: {@link org.potctl.controller.apply.Applier} runs a plan's steps through the
 * host's command runner with bounded parallelism, waits for each step's readiness, skips the
 * dependants of a failed step and returns an {@link org.potctl.controller.apply.ApplyReport}.
 * Observers (CLI output, journal, metrics) attach through {@link
 * org.potctl.controller.apply.ApplyListener}; {@link org.potctl.controller.apply.ApplyGuards} are
 * the safety checks made before anything runs.
 */
package org.potctl.controller.apply;
