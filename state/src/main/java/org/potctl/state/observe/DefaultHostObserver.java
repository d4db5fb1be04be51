package org.potctl.state.observe;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.potctl.state.StateException;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.CommandResult;
import org.potctl.state.exec.CommandRunner;
import org.potctl.state.files.HostFiles;
import org.potctl.state.model.Base;
import org.potctl.state.model.Dataset;
import org.potctl.state.model.HostState;
import org.potctl.state.model.Jail;
import org.potctl.state.model.PotConfig;
import org.potctl.state.model.Redirect;
import org.potctl.state.pf.RdrAnchors;
import org.potctl.state.pot.JlsOutput;
import org.potctl.state.zfs.ZfsList;

/**
 * The standard observer; create it with {@link HostObserver#create}. Runs {@code pot config -q -g
 * zfs_root}, {@code pot config -q -g fs_root}, one {@code zfs list}, one {@code jls}, one {@code
 * pfctl}: five commands whatever the number of pots. On a zfs that refuses {@code -p} (zfs-fuse)
 * the first observation needs one more attempt; the observer then remembers to leave {@code -p}
 * out.
 */
public final class DefaultHostObserver implements HostObserver {

  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private final CommandRunner runner;
  private final HostFiles files;
  private final Optional<String> flavourDir;
  private volatile boolean zfsExact = true;

  public DefaultHostObserver(CommandRunner runner, HostFiles files, Optional<String> flavourDir) {
    this.runner = Objects.requireNonNull(runner, "runner");
    this.files = Objects.requireNonNull(files, "files");
    this.flavourDir = Objects.requireNonNull(flavourDir, "flavourDir");
  }

  @Override
  public HostState observe() {
    String zfsRoot = potConfig("zfs_root");
    String fsRoot = potConfig("fs_root");
    PotFiles potFiles =
        new PotFiles(files.prefetch(ObservedFiles.requests(fsRoot, flavourDir)), fsRoot);
    String flavours = potFiles.flavourDir(flavourDir);
    PotConfig config = new PotConfig(zfsRoot, fsRoot, potFiles.settings(flavours));
    SortedMap<String, Dataset> datasets = datasets(config.zfsRoot());
    PotFiles.Pots pots = potFiles.pots();
    return new HostState(
        config,
        datasets,
        pots.pots(),
        potFiles.bridges(),
        potFiles.flavours(flavours),
        bases(config, datasets),
        jails(),
        redirects(),
        pots.incomplete());
  }

  private String potConfig(String name) {
    Command cmd = command(List.of("pot", "config", "-q", "-g", name));
    String value = runner.run(cmd).requireSuccess(cmd).stdout().strip();
    if (value.isEmpty() || value.contains("\n")) {
      throw new StateException("'" + cmd.display() + "' printed no single value: '" + value + "'");
    }
    return value;
  }

  private SortedMap<String, Dataset> datasets(String zfsRoot) {
    Command cmd = command(ZfsList.argv(zfsRoot, zfsExact));
    CommandResult result = runner.run(cmd);
    if (!result.succeeded()
        && zfsExact
        && ZfsList.rejectsExactFlag(result.stdout(), result.stderr())) {
      zfsExact = false;
      cmd = command(ZfsList.argv(zfsRoot, false));
      result = runner.run(cmd);
    }
    SortedMap<String, Dataset> datasets = new TreeMap<>();
    for (Dataset d : ZfsList.parse(cmd.display(), result.requireSuccess(cmd).stdout())) {
      datasets.put(d.name(), d);
    }
    return datasets;
  }

  private static SortedMap<String, Base> bases(
      PotConfig config, SortedMap<String, Dataset> datasets) {
    String prefix = config.basesDataset() + "/";
    SortedMap<String, Base> bases = new TreeMap<>();
    for (String name : datasets.keySet()) {
      if (name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0) {
        bases.put(name.substring(prefix.length()), new Base(name.substring(prefix.length()), name));
      }
    }
    return bases;
  }

  private SortedMap<String, Jail> jails() {
    Command cmd = command(JlsOutput.ARGV);
    String out = runner.run(cmd).requireSuccess(cmd).stdout();
    SortedMap<String, Jail> jails = new TreeMap<>();
    for (Jail jail : JlsOutput.parse(cmd.display(), out)) {
      Jail known = jails.get(jail.name());
      if (known == null || known.dying()) {
        jails.put(jail.name(), jail);
      }
    }
    return jails;
  }

  private List<Redirect> redirects() {
    Command cmd = command(RdrAnchors.ARGV);
    CommandResult result = runner.run(cmd);
    if (!result.succeeded() && pfHasNoRedirects(result.stderr())) {
      return List.of();
    }
    return RdrAnchors.parse(cmd.display(), result.requireSuccess(cmd).stdout());
  }

  /**
   * Whether pfctl failed only because there is nothing to list: the anchor does not exist yet, or
   * pf is not loaded at all ({@code /dev/pf} missing before pot's first {@code vnet-start}).
   */
  static boolean pfHasNoRedirects(String stderr) {
    return stderr.contains("not found") || stderr.contains("/dev/pf");
  }

  private static Command command(List<String> argv) {
    return Command.of(argv).withTimeout(TIMEOUT);
  }
}
