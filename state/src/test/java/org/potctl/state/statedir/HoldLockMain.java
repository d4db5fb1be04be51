package org.potctl.state.statedir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Run in a child JVM by {@link HostLockTest}: takes the host lock of {@code args[0]} for command
 * {@code args[1]}, prints {@code locked}, and holds it until its standard input closes (or it is
 * killed).
 */
public final class HoldLockMain {

  private HoldLockMain() {}

  public static void main(String[] args) throws IOException {
    try (HostLock.Held held = new HostLock(Path.of(args[0])).acquire(args[1], Duration.ZERO)) {
      System.out.println("locked " + held.holder().pid());
      System.out.flush();
      while (System.in.read() >= 0) {
        // hold until the parent closes our stdin
      }
    }
  }
}
