package org.potctl.state.ssh;

import org.potctl.state.StateException;

/**
 * The OpenSSH client could not reach the host or lost the connection (it exited 255): the command
 * may or may not have run on the remote host. Never retried automatically; the next run
 * re-observes.
 */
public class SshConnectionException extends StateException {

  private static final long serialVersionUID = 1L;

  public SshConnectionException(String message) {
    super(message);
  }
}
