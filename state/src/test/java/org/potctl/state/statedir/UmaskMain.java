package org.potctl.state.statedir;

import java.nio.file.Path;
import java.time.Duration;
import org.potctl.state.exec.Command;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;

/**
 * Run by {@link PrivateDirectoriesTest} in a child JVM under {@code umask 000}: takes the host lock
 * of the state directory {@code args[0]}, writes a journal and the inventory, and runs commands on
 * the simulated host {@code args[1]}; prints {@code done}.
 */
public final class UmaskMain {

  private UmaskMain() {}

  public static void main(String[] args) {
    StateStore store = StateStore.local(Path.of(args[0]));
    try (HostLock.Held held = new HostLock(store).acquire("umask test", Duration.ZERO)) {
      try (StateStore.Appender journal = store.create("journal/1.jsonl")) {
        journal.append("{}");
      }
      store.replace("inventory.json", "{\"holder\":" + held.holder().pid() + "}\n");
    }
    SimulatedHost sim = new SimulatedHost(SimOptions.of(Path.of(args[1])));
    sim.run(Command.of("pot", "create-fscomp", "-f", "data"));
    sim.run(Command.of("zfs", "list"));
    System.out.println("done");
  }
}
