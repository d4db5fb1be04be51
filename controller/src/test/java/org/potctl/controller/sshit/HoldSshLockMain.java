package org.potctl.controller.sshit;

import java.io.IOException;
import java.time.Duration;
import org.potctl.state.host.Host;
import org.potctl.state.host.HostConnector;
import org.potctl.state.host.HostSpec;
import org.potctl.state.statedir.HostLock;

/**
 * Run in a child JVM by {@link SshLockIT}: connects to {@code args[0]} ({@code ssh://…}), takes the
 * host lock there for command {@code args[1]}, prints {@code locked PID}, and holds it until its
 * standard input closes (or it is killed).
 */
public final class HoldSshLockMain {

  private HoldSshLockMain() {}

  public static void main(String[] args) throws IOException {
    try (Host host = HostConnector.connect(HostSpec.parse(args[0]));
        HostLock.Held held = new HostLock(host.state()).acquire(args[1], Duration.ZERO)) {
      System.out.println("locked " + held.holder().pid());
      System.out.flush();
      while (System.in.read() >= 0) {
        // hold until the parent closes our stdin
      }
    }
  }
}
