package org.potctl.state.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the fscomps and pots of a {@link FixtureSpec} into one open model, line for line as the
 * pot commands would ({@link PotConfWriter}, {@code mount-in}, {@code export-ports}, {@code
 * set-attribute}, {@code add-dep}, {@code start}). Files are written plainly (no fsync per file): a
 * fixture is rebuilt, not recovered.
 */
final class BulkWriter {

  private static final Pattern HOST_PORT = Pattern.compile("port = (\\d+) ->");

  private final PotEnv env;
  private final Optional<String> owner;
  private final IpAllocator ips;
  private final Set<Integer> hostPorts = new HashSet<>();

  BulkWriter(PotEnv env, Optional<String> owner) {
    this.env = env;
    this.owner = owner;
    this.ips = IpAllocator.of(env);
    env.state.anchors.values().stream()
        .flatMap(List::stream)
        .map(HOST_PORT::matcher)
        .filter(Matcher::find)
        .forEach(m -> hostPorts.add(Integer.parseInt(m.group(1))));
  }

  void write(FixtureSpec spec) {
    for (String fscomp : spec.fscomps()) {
      List<String> props = new ArrayList<>();
      spec.fscompProperties().forEach((k, v) -> props.addAll(List.of("-o", k + "=" + v)));
      create(props, env.paths.fscompDataset(fscomp));
    }
    for (FixtureSpec.Pot pot : spec.pots()) {
      pot(pot);
    }
  }

  private void create(String dataset) {
    create(List.of(), dataset);
  }

  private void create(List<String> options, String dataset) {
    List<String> args = new ArrayList<>(options);
    owner.ifPresent(o -> args.addAll(List.of("-o", "potctl:owner=" + o)));
    args.add(dataset);
    createPlain(args);
  }

  private void createPlain(List<String> args) {
    Out out = new Out();
    if (((ModelZfs) env.zfs).create(args, out) != 0) {
      env.out.err(out.result(1, java.time.Duration.ZERO).stderr());
      throw env.out.fail("create: failed to create " + args.get(args.size() - 1) + " dataset");
    }
  }

  private void pot(FixtureSpec.Pot p) {
    if (Files.isDirectory(env.paths.potDir(p.name()))) {
      throw env.out.fail("pot " + p.name() + " already exists");
    }
    String ds = env.paths.jailDataset(p.name());
    create(ds);
    createPlain(List.of(ds + "/m"));
    Path confDir = env.paths.confDir(p.name());
    PotEnv.mkdirs(env.paths.potDir(p.name()).resolve("m"));
    String ip = p.network().equals("inherit") ? "" : ips.take(p.ip(), p.bridge());
    ConfFile conf = ConfFile.empty(confDir.resolve("pot.conf"));
    new PotConfWriter(env)
        .potConfLines(
            p.name(),
            "single",
            0,
            p.base(),
            "",
            p.network(),
            ip,
            p.bridge().orElse(null),
            "ipv4",
            "inherit")
        .forEach(conf::append);
    p.attributes().forEach((k, v) -> conf.set("pot.attr." + k, v));
    if (!p.ports().isEmpty()) {
      conf.set("pot.export.ports", String.join(" ", p.ports()));
    }
    p.depends().forEach(d -> conf.append("pot.depend=" + d));
    write(confDir.resolve("pot.conf"), conf.lines());
    write(confDir.resolve("fscomp.conf"), mounts(p));
    if (p.running()) {
      start(p.name(), conf);
    }
  }

  /**
   * fscomp.conf as the command sequence leaves it: each {@code mount-in} on the stopped pot first
   * converts the lines before it ({@link FscompPass#converted}), and {@code start} converts all.
   */
  private List<String> mounts(FixtureSpec.Pot p) {
    String prefix = env.paths.potDir(p.name()).resolve("m").toString();
    List<String> lines = new ArrayList<>();
    for (FixtureSpec.Mount m : p.mounts()) {
      lines = new ArrayList<>(FscompPass.converted(lines, prefix));
      String option = m.readonly() ? " ro" : "";
      if (m.fscomp().isPresent()) {
        Path inPot = Path.of(env.paths.potDir(p.name()).resolve("m") + m.at());
        PotEnv.mkdirs(inPot);
        lines.add(env.paths.fscompDataset(m.fscomp().get()) + " " + inPot + option);
      } else {
        PotEnv.mkdirs(Path.of(env.paths.potDir(p.name()).resolve("m") + m.at()));
        lines.add(m.dir().orElseThrow() + " " + m.at() + option);
      }
    }
    return p.running() ? FscompPass.converted(lines, prefix) : lines;
  }

  /** What {@code pot start} leaves for a persistent pot: jail, status, rdr anchor, run stats. */
  private void start(String name, ConfFile conf) {
    SimJail jail =
        env.state.addJail(
            name,
            conf.getStripped("host.hostname"),
            env.paths.potDir(name).resolve("m").toString(),
            "",
            conf.get("vnet").equals("true"),
            JailNetwork.epairs(env, conf),
            conf.getStripped("pot.rss.cpus"));
    String ifaces = JailNetwork.ifaces(env, conf, jail.jid());
    new PotPorts(env).load(name, conf, hostPorts);
    write(env.paths.statusFile(name), List.of("pot.status=started," + ifaces));
    write(env.paths.confDir(name).resolve(".last_run_stats"), List.of("{ \"ExitCode\": 0 }"));
  }

  private static void write(Path file, List<String> lines) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, lines.isEmpty() ? "" : String.join("\n", lines) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
