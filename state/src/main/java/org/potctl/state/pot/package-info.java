/**
 * pot's side of the host: pure parsers of pot's files (pot.conf, fscomp.conf in both formats,
 * bridge files) and of {@code jls} output, and {@link org.potctl.state.pot.PotCommands} (with
 * {@link org.potctl.state.pot.PotSetCommands} and {@link org.potctl.state.pot.PotImageCommands}),
 * the argv builders for every pot sub-command potctl runs (reference/pot.md).
 */
package org.potctl.state.pot;
