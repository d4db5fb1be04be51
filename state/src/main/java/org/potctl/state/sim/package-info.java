/**
 * The simulated pot host ({@code --host sim:DIR[?latency=…&fail=…&zfs=real:POOL]}): a {@link
 * org.potctl.state.exec.CommandRunner} that executes {@code pot}, {@code zfs}, {@code jls} and
 * {@code pfctl} argv against a model persisted in a directory, following reference/pot.md (traps
 * included). {@link org.potctl.state.sim.SimulatedHost} is the entry point; {@link
 * org.potctl.state.sim.SimOptions} its configuration. Everything else is package-private: one class
 * per command family, a persisted store with atomic writes and a cross-process lock.
 */
package org.potctl.state.sim;
