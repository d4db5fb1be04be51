/**
 * The process layer: {@link org.potctl.state.exec.Command} (an argv, never a shell string), {@link
 * org.potctl.state.exec.CommandResult}, the {@link org.potctl.state.exec.CommandRunner} port every
 * host implements, {@link org.potctl.state.exec.ProcessCommandRunner} for this machine, and the
 * failures ({@link org.potctl.state.exec.CommandFailedException} with pot's {@code ###>} lines,
 * {@link org.potctl.state.exec.CommandTimeoutException}).
 */
package org.potctl.state.exec;
