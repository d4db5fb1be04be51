/**
 * potctl's state directory on a host (DESIGN §3.5; {@code /var/db/potctl}, simulated {@code
 * DIR/state}, on the remote host for SSH): the exclusive {@link
 * org.potctl.state.statedir.HostLock}, one {@link org.potctl.state.statedir.Journal} per apply, and
 * the {@link org.potctl.state.statedir.Inventory} of bridges and flavours potctl created, all
 * reached through a {@link org.potctl.state.statedir.StateStore} (local files, or a remote host
 * over SSH). The host itself stays the source of truth; these files serve safety and reporting.
 */
package org.potctl.state.statedir;
