package org.potctl.state.sim;

import java.util.Arrays;
import java.util.List;
import org.potctl.state.exec.Command;
import org.potctl.state.host.HostSpec;

/**
 * Run in a child JVM by {@link SimHaltTest}: {@code args[0]} is a {@code sim:…} host, every further
 * argument one command (words separated by single spaces), run in order; prints {@code done} when
 * all ran.
 */
public final class HaltMain {

  private HaltMain() {}

  public static void main(String[] args) {
    SimulatedHost host = new SimulatedHost(((HostSpec.Sim) HostSpec.parse(args[0])).options());
    for (String line : Arrays.asList(args).subList(1, args.length)) {
      host.run(Command.of(List.of(line.split(" "))));
    }
    System.out.println("done");
  }
}
