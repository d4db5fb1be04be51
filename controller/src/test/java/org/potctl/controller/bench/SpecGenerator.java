package org.potctl.controller.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.potctl.state.sim.FixtureSpec;

/**
 * Writes a valid spec of N pots for benchmarks, and the {@link FixtureSpec} of the host that spec
 * describes once applied (for no-op plans and observation).
 *
 * <p>Shape, per pot {@code i} (0-based): its own fscomp {@code <pot>-data}; a read-only shared
 * fscomp per group of ten; odd pots on a private bridge ({@code ip: auto}; bridges of at most
 * {@value #PER_BRIDGE} pots, sized for them), even pots on the public bridge with a static address
 * from 10.240.0.0 up; one tcp export per pot on host port 20000+i and, every fifth pot, udp on the
 * same port; {@code depends_on} the previous pot except at every {@value #CHAIN}th pot (chains of
 * depth {@value #CHAIN}); {@code start-at-boot} on every third pot; with {@code dirMounts}, every
 * tenth pot mounts {@code /srv/bench} read-only. A hundred pots per Potfile.
 */
final class SpecGenerator {

  static final int PER_BRIDGE = 1000;
  static final int CHAIN = 4;
  static final String BASE = "14.1";
  private static final int PER_FILE = 100;

  private SpecGenerator() {}

  /** Options: whether pots run, whether some mount a host directory. */
  record Options(boolean running, boolean dirMounts) {
    static Options defaults() {
      return new Options(true, true);
    }
  }

  /** A generated spec: its directory and the host it describes. */
  record Generated(Path dir, int pots, FixtureSpec host) {}

  static String name(int i) {
    return String.format("p%05d", i);
  }

  static int bridgeCount(int n) {
    int privatePots = n / 2;
    return Math.max(1, (privatePots + PER_BRIDGE - 1) / PER_BRIDGE);
  }

  static String bridgeOf(int i, int n) {
    return "net" + ((i / 2) % bridgeCount(n));
  }

  static int bridgeSize(int b, int n) {
    int count = 0;
    for (int i = 1; i < n; i += 2) {
      count += bridgeOf(i, n).equals("net" + b) ? 1 : 0;
    }
    return Math.max(2, count + 2);
  }

  static String staticIp(int i) {
    int k = i / 2;
    return "10.240." + (k / 250) + "." + (k % 250 + 2);
  }

  /** Writes the spec of {@code n} pots into {@code dir} (created) and returns it. */
  static Generated write(Path dir, int n, Options options) {
    List<FixtureSpec.Pot> pots = new ArrayList<>();
    List<String> fscomps = new ArrayList<>();
    List<FixtureSpec.Bridge> bridges = new ArrayList<>();
    StringBuilder shared = new StringBuilder("version: 1\n\nbridges:\n");
    for (int b = 0; b < bridgeCount(n); b++) {
      int size = bridgeSize(b, n);
      shared.append("  net").append(b).append(":\n    size: ").append(size).append('\n');
      bridges.add(new FixtureSpec.Bridge("net" + b, size));
    }
    shared.append("\nfscomps:\n");
    for (int i = 0; i < n; i++) {
      shared.append("  ").append(name(i)).append("-data:\n");
      shared.append("    properties: {compression: lz4, quota: 1G}\n");
      fscomps.add(name(i) + "-data");
      if (i % 10 == 0) {
        shared.append("  shared-").append(i / 10).append(":\n");
        shared.append("    properties: {compression: lz4, quota: 1G}\n");
        fscomps.add("shared-" + (i / 10));
      }
    }
    write(dir.resolve("shared.yaml"), shared.toString());
    for (int file = 0; file * PER_FILE < n; file++) {
      StringBuilder y = new StringBuilder("version: 1\n\npots:\n");
      for (int i = file * PER_FILE; i < Math.min(n, (file + 1) * PER_FILE); i++) {
        pots.add(pot(i, n, options, y));
      }
      write(dir.resolve(String.format("pots-%03d.yaml", file)), y.toString());
    }
    return new Generated(
        dir,
        n,
        new FixtureSpec(
            List.of(BASE),
            bridges,
            fscomps,
            pots,
            Optional.empty(),
            new TreeMap<>(Map.of("compression", "lz4", "quota", "1G", "potctl:protect", "on"))));
  }

  private static FixtureSpec.Pot pot(int i, int n, Options options, StringBuilder y) {
    String name = name(i);
    boolean onBridge = i % 2 == 1;
    y.append("  ").append(name).append(":\n");
    y.append("    base: \"").append(BASE).append("\"\n");
    if (onBridge) {
      y.append("    network: {type: private-bridge, bridge: ")
          .append(bridgeOf(i, n))
          .append(", ip: auto}\n");
    } else {
      y.append("    network: {type: public-bridge, ip: ").append(staticIp(i)).append("}\n");
    }
    List<FixtureSpec.Mount> mounts = new ArrayList<>();
    y.append("    mounts:\n");
    y.append("      - {fscomp: ").append(name).append("-data, at: /var/db/app}\n");
    mounts.add(FixtureSpec.Mount.fscomp(name + "-data", "/var/db/app", false));
    y.append("      - {fscomp: shared-")
        .append(i / 10)
        .append(", at: /usr/local/www/shared, readonly: true}\n");
    mounts.add(FixtureSpec.Mount.fscomp("shared-" + (i / 10), "/usr/local/www/shared", true));
    if (options.dirMounts() && i % 10 == 0) {
      y.append("      - {dir: /srv/bench, at: /static, readonly: true}\n");
      mounts.add(FixtureSpec.Mount.dir("/srv/bench", "/static", true));
    }
    List<String> ports = new ArrayList<>();
    int hostPort = 20000 + i;
    y.append("    ports:\n      - \"80:").append(hostPort).append("\"\n");
    ports.add("80:" + hostPort);
    if (i % 5 == 0) {
      y.append("      - {pot: 53, host: ").append(hostPort).append(", proto: udp}\n");
      ports.add("udp:53:" + hostPort);
    }
    SortedMap<String, String> attrs = new TreeMap<>();
    if (i % 3 == 0) {
      y.append("    attributes: {start-at-boot: true}\n");
      attrs.put("start-at-boot", "YES");
    }
    List<String> deps = new ArrayList<>();
    if (i % CHAIN != 0) {
      y.append("    depends_on: [").append(name(i - 1)).append("]\n");
      deps.add(name(i - 1));
    }
    if (!options.running()) {
      y.append("    state: stopped\n");
    }
    return new FixtureSpec.Pot(
        name,
        BASE,
        onBridge ? "private-bridge" : "public-bridge",
        onBridge ? Optional.of(bridgeOf(i, n)) : Optional.empty(),
        onBridge ? Optional.empty() : Optional.of(staticIp(i)),
        mounts,
        ports,
        attrs,
        deps,
        options.running());
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
