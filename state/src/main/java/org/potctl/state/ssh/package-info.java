/**
 * The SSH host driver ({@code --host ssh://[user@]host[:port]}): {@link
 * org.potctl.state.ssh.SshTarget} parses the address, {@link org.potctl.state.ssh.SshRunner} runs
 * each argv on the remote host through the OpenSSH client over one multiplexed connection, with
 * every word quoted by {@link org.potctl.state.ssh.ShellQuoting}, and {@link
 * org.potctl.state.ssh.SshHostFiles} reads pot's files in one remote command per batch.
 */
package org.potctl.state.ssh;
