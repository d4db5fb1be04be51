package org.potctl.controller.realpot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.potctl.controller.testkit.ExampleImages;
import org.potctl.state.exec.Command;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;

/**
 * The real-pot kit over every example (docs/real-pot.md): potctl's {@code local} driver against pot
 * 0.16.1's own scripts in a sandbox ({@link RealPotSandbox}): apply, a converged plan, an edit
 * applied and converged, one pot deleted into the trash, restored and converged again. After each
 * apply the conf files pot wrote must equal those the simulator writes for the same spec, and the
 * hosts' jails, datasets and pf anchors must look the same ({@link HostState}).
 */
class RealPotExamplesIT {

  /** One example: the file and text of its edit, and the pot deleted into the trash. */
  record Case(String example, String file, String from, String to, String victim) {}

  static Stream<Arguments> examples() {
    return Stream.of(
            new Case(
                "web-single", "potfile.yaml", "start-at-boot: true", "start-at-boot: false", "www"),
            new Case("app-stack", "pots.yaml", "APP_ENV: production", "APP_ENV: staging", "web"),
            new Case("dns-utility", "potfile.yaml", "memory: 256M", "memory: 512M", "resolver"),
            new Case("everyday", "potfile.yaml", "\"8080:30080\"", "\"8080:30081\"", "edge"),
            new Case("images", "pots.yaml", "\"80:8081\"", "\"80:8083\"", "web2"))
        .filter(c -> only().isEmpty() || only().contains(c.example()))
        .sorted(java.util.Comparator.comparingInt(c -> only().indexOf(c.example())))
        .map(Arguments::of);
  }

  /** {@code POTCTL_REALPOT_EXAMPLES=a,b} runs only those examples, in that order (empty: all). */
  private static List<String> only() {
    String v = System.getenv().getOrDefault("POTCTL_REALPOT_EXAMPLES", "");
    return v.isBlank() ? List.of() : List.of(v.split(","));
  }

  @TempDir Path work;

  private final List<String> differences = new ArrayList<>();
  private int checks;

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theExampleConvergesOnRealPotAsOnTheSimulator(Case c) throws IOException {
    Path src = RealPotKit.potSource();
    String pool = RealPotKit.sandboxPool();
    Path example = Path.of("..", "examples", "potfiles", c.example());
    Path spec = copy(example, work.resolve(c.example()));
    Path sim = work.resolve("sim");
    // the sandbox makes /srv/static for real pot; the simulated host has its own tree
    Files.createDirectories(sim.resolve("hostfs/srv/static"));
    long start = System.nanoTime();
    try (RealPotSandbox box = RealPotSandbox.open(work.resolve("sbx"), src, pool)) {
      Phases p = new Phases(box, sim);
      // the example's stated `potctl image build` lines (pot create, snapshot, export, destroy)
      String original = example.toAbsolutePath().normalize().toString();
      for (List<String> build : ExampleImages.stated(example)) {
        p.both(
            0,
            build.stream()
                .map(a -> a.equals(original) ? spec.toString() : a)
                .toArray(String[]::new));
      }
      p.both(0, "apply", spec.toString(), "--yes");
      p.real(0, "plan", spec.toString(), "--detailed-exitcode");
      compare(box, sim, c.example() + " after apply");

      Path file = spec.resolve(c.file());
      Files.writeString(file, Files.readString(file).replace(c.from(), c.to()));
      p.both(0, "apply", spec.toString(), "--yes");
      p.real(0, "plan", spec.toString(), "--detailed-exitcode");
      compare(box, sim, c.example() + " after edit");

      Path victimFile = potFile(spec, c.victim());
      String kept = Files.readString(victimFile);
      Files.writeString(victimFile, SpecText.withoutPot(kept, c.victim()));
      p.both(0, "apply", spec.toString(), "--yes", "--allow-data-loss");
      p.real(0, "plan", spec.toString(), "--detailed-exitcode");
      compare(box, sim, c.example() + " after delete");
      Files.writeString(victimFile, kept);
      p.both(0, "restore", "pot." + c.victim(), "--yes");
      p.both(0, "apply", spec.toString(), "--yes");
      p.real(0, "plan", spec.toString(), "--detailed-exitcode");
      compare(box, sim, c.example() + " after restore");
      differences.addAll(p.failures());
      checks += p.checks();
      System.err.printf(
          "real-pot kit: %s: %d checks, %d agree, %d differ, %.1f s%n",
          c.example(),
          checks,
          checks - differences.size(),
          differences.size(),
          (System.nanoTime() - start) / 1e9);
      assertEquals(List.of(), differences, box.calls());
    }
  }

  private void compare(RealPotSandbox box, Path sim, String when) throws IOException {
    SortedMap<String, String> real = ConfFiles.read(box.fsRoot(), box.zfsRoot());
    SortedMap<String, String> simulated = ConfFiles.read(sim.resolve("fsroot"), "zroot/pot");
    for (String name : new TreeSet<>(union(real, simulated))) {
      checks++;
      String want = real.get(name);
      String have = simulated.get(name);
      if (want == null || !want.equals(have)) {
        differences.add(when + ": " + name + "\n real:\n" + want + "\n sim:\n" + have);
      }
    }
    SimulatedHost host = new SimulatedHost(SimOptions.of(sim));
    checks +=
        HostState.compare(
            when,
            HostState.of(c -> box.run(c).stdout(), box.fsRoot().toString(), box.zfsRoot()),
            HostState.of(
                c -> host.run(Command.of(c)).stdout(),
                sim.resolve("fsroot").toString(),
                "zroot/pot"),
            differences);
  }

  private static List<String> union(SortedMap<String, String> a, SortedMap<String, String> b) {
    List<String> all = new ArrayList<>(a.keySet());
    all.addAll(b.keySet());
    return all;
  }

  private static Path potFile(Path spec, String pot) throws IOException {
    try (Stream<Path> s = Files.list(spec)) {
      for (Path f : s.sorted().toList()) {
        if (f.toString().endsWith(".yaml") && SpecText.declaresPot(Files.readString(f), pot)) {
          return f;
        }
      }
    }
    throw new IllegalArgumentException("no Potfile of " + spec + " declares pot " + pot);
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (p.toString().endsWith(".yaml")) {
          // zfs-fuse (pool version 23) has no lz4: the kit's copies ask for gzip instead
          Files.writeString(
              target, Files.readString(p).replace("compression: lz4", "compression: gzip"));
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }

  /** The potctl runs of one example: on the real pot host, and on the simulator too. */
  private static final class Phases {
    private final RealPotSandbox box;
    private final Path sim;
    private final List<String> failures = new ArrayList<>();
    private int checks;

    Phases(RealPotSandbox box, Path sim) {
      this.box = box;
      this.sim = sim;
    }

    void both(int expected, String... args) {
      real(expected, args);
      run("sim:" + sim, expected, args);
    }

    void real(int expected, String... args) {
      run("local", expected, args);
    }

    private void run(String host, int expected, String... args) {
      // everyday's hooks need the operator's opt-in, on both hosts alike
      List<String> argv = new ArrayList<>(List.of("--host", host, "--allow-hooks"));
      argv.addAll(List.of(args));
      RealPotSandbox.Result r = box.potctl(argv);
      checks++;
      if (r.exitCode() != expected) {
        failures.add(
            "potctl " + String.join(" ", argv) + " wanted exit " + expected + ":\n" + r.all());
      }
    }

    List<String> failures() {
      return failures;
    }

    int checks() {
      return checks;
    }
  }
}
