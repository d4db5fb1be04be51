package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.files.HostFiles;
import org.potctl.state.model.HostState;
import org.potctl.state.observe.HostObserver;

class BulkFixtureTest {

  private static final InstantSource CLOCK =
      InstantSource.fixed(Instant.parse("2026-11-23T12:00:00Z"));

  @TempDir Path tmp;

  private static FixtureSpec.Pot pot(
      String name,
      String network,
      String bridge,
      String ip,
      List<FixtureSpec.Mount> mounts,
      List<String> ports,
      Map<String, String> attrs,
      List<String> deps,
      boolean running) {
    return new FixtureSpec.Pot(
        name,
        "14.1",
        network,
        Optional.ofNullable(bridge),
        Optional.ofNullable(ip),
        mounts,
        ports,
        new TreeMap<>(attrs),
        deps,
        running);
  }

  private FixtureSpec spec(Path staticDir) {
    return new FixtureSpec(
        List.of("14.1"),
        List.of(new FixtureSpec.Bridge("back", 6), new FixtureSpec.Bridge("front", 10)),
        List.of("data-db", "shared"),
        List.of(
            pot(
                "db",
                "private-bridge",
                "back",
                null,
                List.of(FixtureSpec.Mount.fscomp("data-db", "/var/db", false)),
                List.of(),
                Map.of(),
                List.of(),
                true),
            pot(
                "app",
                "private-bridge",
                "back",
                null,
                List.of(
                    FixtureSpec.Mount.fscomp("shared", "/srv/shared", true),
                    FixtureSpec.Mount.dir(staticDir.toString(), "/static", true)),
                List.of("8080:30080", "udp:53:5353"),
                Map.of("start-at-boot", "YES"),
                List.of("db"),
                true),
            pot(
                "edge",
                "public-bridge",
                null,
                "10.250.0.7",
                List.of(),
                List.of("80:30081"),
                Map.of(),
                List.of("app"),
                true),
            pot(
                "idle",
                "public-bridge",
                null,
                null,
                List.of(),
                List.of(),
                Map.of(),
                List.of(),
                false),
            pot("plain", "inherit", null, null, List.of(), List.of(), Map.of(), List.of(), false)),
        Optional.of("bench"),
        new TreeMap<>());
  }

  /** The argv the pot commands would take to build {@code spec} one by one. */
  private static List<List<String>> commands(FixtureSpec spec, String zfsRoot) {
    List<List<String>> argv = new ArrayList<>();
    spec.bases().forEach(b -> argv.add(List.of("pot", "create-base", "-r", b)));
    spec.bridges()
        .forEach(
            b ->
                argv.add(
                    List.of("pot", "create-private-bridge", "-B", b.name(), "-S", "" + b.size())));
    for (String f : spec.fscomps()) {
      argv.add(List.of("pot", "create-fscomp", "-f", f));
      argv.add(List.of("zfs", "set", "potctl:owner=bench", zfsRoot + "/fscomp/" + f));
    }
    for (FixtureSpec.Pot p : spec.pots()) {
      List<String> create =
          new ArrayList<>(List.of("pot", "create", "-p", p.name(), "-b", p.base(), "-t", "single"));
      create.addAll(List.of("-N", p.network()));
      p.bridge().ifPresent(b -> create.addAll(List.of("-B", b)));
      p.ip().ifPresent(ip -> create.addAll(List.of("-i", ip)));
      argv.add(create);
      argv.add(List.of("zfs", "set", "potctl:owner=bench", zfsRoot + "/jails/" + p.name()));
      for (FixtureSpec.Mount m : p.mounts()) {
        List<String> mount = new ArrayList<>(List.of("pot", "mount-in", "-p", p.name()));
        m.fscomp().ifPresent(f -> mount.addAll(List.of("-f", f)));
        m.dir().ifPresent(d -> mount.addAll(List.of("-d", d)));
        mount.addAll(List.of("-m", m.at()));
        if (m.readonly()) {
          mount.add("-r");
        }
        argv.add(mount);
      }
      if (!p.ports().isEmpty()) {
        List<String> export = new ArrayList<>(List.of("pot", "export-ports", "-p", p.name()));
        p.ports().forEach(e -> export.addAll(List.of("-e", e)));
        argv.add(export);
      }
      p.attributes()
          .forEach(
              (k, v) ->
                  argv.add(List.of("pot", "set-attribute", "-p", p.name(), "-A", k, "-V", v)));
      p.depends().forEach(d -> argv.add(List.of("pot", "add-dep", "-p", p.name(), "-P", d)));
      if (p.running()) {
        argv.add(List.of("pot", "start", "-p", p.name()));
      }
    }
    return argv;
  }

  private static HostState observe(SimulatedHost host) {
    return HostObserver.create(host, HostFiles.local()).observe();
  }

  private static String canonical(HostState state, Path dir) {
    return state.canonical().replace(dir.toAbsolutePath().normalize().toString(), "DIR");
  }

  @Test
  void observesTheSameHostAsTheRealCommands() throws Exception {
    Path staticDir = Path.of("/srv/static");
    FixtureSpec spec = spec(staticDir);
    SimFixture real = new SimFixture(tmp.resolve("real"));
    Files.createDirectories(tmp.resolve("real/hostfs/srv/static")); // the simulated host's tree
    SimulatedHost realHost = new SimulatedHost(real.host.options(), CLOCK);
    for (List<String> argv : commands(spec, realHost.zfsRoot())) {
      var r = realHost.run(org.potctl.state.exec.Command.of(argv));
      assertEquals(0, r.exitCode(), () -> argv + " -> " + r);
    }
    SimulatedHost bulkHost = new SimulatedHost(SimOptions.of(tmp.resolve("bulk")), CLOCK);
    BulkFixture.populate(bulkHost, spec, CLOCK);

    HostState expected = observe(realHost);
    HostState actual = observe(bulkHost);
    assertEquals(5 + 1, expected.pots().size(), "the base pot and five pots");
    assertEquals(3, expected.jails().size());
    assertEquals(3, expected.redirects().size());
    assertEquals(canonical(expected, tmp.resolve("real")), canonical(actual, tmp.resolve("bulk")));
    assertEquals(
        SimFixture.read(real.dir.resolve("tmp/pot_status_app")),
        SimFixture.read(tmp.resolve("bulk/tmp/pot_status_app")));
    assertEquals(
        spec.bridges().stream().map(FixtureSpec.Bridge::name).sorted().toList(),
        List.copyOf(
            new org.potctl.state.statedir.Inventory(tmp.resolve("bulk/state"))
                .list("bench", org.potctl.state.statedir.Inventory.Kind.BRIDGE)),
        "bridges recorded as the owner's, as potctl apply records them");
  }

  @Test
  void laterCommandsSeeTheBulkPots() {
    SimFixture bulk = new SimFixture(tmp.resolve("later"));
    BulkFixture.populate(bulk.host, spec(tmp));
    bulk.ok(
        "pot",
        "create",
        "-p",
        "next",
        "-b",
        "14.1",
        "-t",
        "single",
        "-N",
        "private-bridge",
        "-B",
        "back");
    String next = bulk.potConfLines("next", "ip").get(0);
    assertTrue(
        !next.equals(bulk.potConfLines("db", "ip").get(0))
            && !next.equals(bulk.potConfLines("app", "ip").get(0)),
        "potnet sees the addresses db and app took: " + next);
    bulk.ok("pot", "stop", "-p", "app");
    assertEquals(0, bulk.run("pot", "start", "-p", "app").exitCode());
  }

  @Test
  void refusesAnAddressTakenTwice() {
    SimFixture bulk = new SimFixture(tmp.resolve("twice"));
    FixtureSpec one = spec(tmp);
    List<FixtureSpec.Pot> pots = new ArrayList<>(one.pots());
    pots.add(
        pot(
            "again",
            "public-bridge",
            null,
            "10.250.0.7",
            List.of(),
            List.of(),
            Map.of(),
            List.of(),
            false));
    FixtureSpec twice =
        new FixtureSpec(
            one.bases(), one.bridges(), one.fscomps(), pots, one.owner(), new TreeMap<>());
    assertThrows(IllegalArgumentException.class, () -> BulkFixture.populate(bulk.host, twice));
  }
}
