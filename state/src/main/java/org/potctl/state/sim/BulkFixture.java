package org.potctl.state.sim;

import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import org.potctl.state.StateException;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.CommandResult;
import org.potctl.state.statedir.Inventory;

/**
 * Puts many pots on a simulated host at once, for benchmarks and large fixtures. Bases and private
 * bridges are made by the real commands ({@code pot create-base}, {@code pot
 * create-private-bridge}, logged in {@code commands.log}); fscomps and pots are then written in one
 * model transaction, in the very formats those commands use (pot.conf, fscomp.conf, status files,
 * datasets, jails, rdr anchors), without one model load and save per command and without potnet's
 * per-pot scan of every pot. Creating N pots command by command costs O(N²); this costs O(N).
 *
 * <p>Auto addresses are handed out like potnet does (the first free one, in pot order). Pots are
 * single pots; started pots are persistent. Only the modelled zfs is supported.
 */
public final class BulkFixture {

  private BulkFixture() {}

  /**
   * Populates {@code host} with {@code spec}.
   *
   * @throws IllegalArgumentException if the host uses a real zfs pool, or a static address is taken
   *     twice
   * @throws StateException if a command fails (a name already in use, a bridge that does not fit)
   */
  public static void populate(SimulatedHost host, FixtureSpec spec) {
    populate(host, spec, InstantSource.system());
  }

  /** {@link #populate(SimulatedHost, FixtureSpec)} with the clock of {@code host}'s commands. */
  public static void populate(SimulatedHost host, FixtureSpec spec, InstantSource clock) {
    if (host.options().realZfsPool().isPresent()) {
      throw new IllegalArgumentException("the bulk fixture needs the modelled zfs, not zfs=real");
    }
    for (String base : spec.bases()) {
      String dataset = host.zfsRoot() + "/bases/" + base;
      if (!run(host, List.of("zfs", "list", "-H", "-o", "name", dataset)).succeeded()) {
        ok(host, List.of("pot", "create-base", "-r", base));
      }
    }
    for (FixtureSpec.Bridge b : spec.bridges()) {
      ok(
          host,
          List.of("pot", "create-private-bridge", "-B", b.name(), "-S", String.valueOf(b.size())));
      spec.owner()
          .ifPresent(
              owner ->
                  new Inventory(host.options().dir().resolve("state"))
                      .record(owner, Inventory.Kind.BRIDGE, b.name()));
    }
    SimPaths paths =
        new SimPaths(host.options().dir().toAbsolutePath().normalize(), host.zfsRoot());
    new SimStore(paths.dir())
        .transact(
            state -> {
              Out out = new Out();
              PotEnv env = new PotEnv(state, paths, new ModelZfs(state, paths, clock), clock, out);
              try {
                new BulkWriter(env, spec.owner()).write(spec);
              } catch (Out.PotExit e) {
                CommandResult r = out.result(1, Duration.ZERO);
                throw new StateException("bulk fixture: " + (r.stdout() + r.stderr()).strip());
              }
              return null;
            });
  }

  private static CommandResult run(SimulatedHost host, List<String> argv) {
    return host.run(Command.of(argv));
  }

  private static void ok(SimulatedHost host, List<String> argv) {
    Command command = Command.of(argv);
    host.run(command).requireSuccess(command);
  }
}
