package org.potctl.controller.testkit;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;

/** Client sockets as the watcher's HTTP tests and benches see them. */
public final class Sockets {

  private Sockets() {}

  /**
   * True when the server has neither answered nor closed {@code s}: a read of 1 ms finds nothing
   * yet. (An answer, an end of stream or a reset is false.)
   */
  public static boolean heldOpen(Socket s) throws IOException {
    s.setSoTimeout(1);
    try {
      s.getInputStream().read();
      return false;
    } catch (SocketTimeoutException stillWaiting) {
      return true;
    } catch (java.net.SocketException reset) {
      return false;
    }
  }
}
