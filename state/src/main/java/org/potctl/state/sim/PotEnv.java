package org.potctl.state.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.potctl.state.exec.CommandResult;

/**
 * The world one simulated command sees: the model, pot's paths, the zfs backend, the clock and its
 * output. Holds pot's shared helpers ({@code _is_pot}, status files, zfs calls).
 */
final class PotEnv {

  /** The host's hostname, used for {@code host.hostname} like pot's {@code hostname} call. */
  static final String HOSTNAME = "potsim.local";

  final SimState state;
  final SimPaths paths;
  final ZfsBackend zfs;
  final InstantSource clock;
  final Out out;
  private final Runnable midpoint;

  PotEnv(SimState state, SimPaths paths, ZfsBackend zfs, InstantSource clock, Out out) {
    this(state, paths, zfs, clock, out, () -> {});
  }

  PotEnv(
      SimState state,
      SimPaths paths,
      ZfsBackend zfs,
      InstantSource clock,
      Out out,
      Runnable midpoint) {
    this.state = state;
    this.paths = paths;
    this.zfs = zfs;
    this.clock = clock;
    this.out = out;
    this.midpoint = midpoint;
  }

  /**
   * The point where a command killed halfway stops ({@code halt=N:mid}): what it did so far is
   * saved and the process dies; does nothing otherwise.
   */
  void midpoint() {
    midpoint.run();
  }

  long now() {
    return clock.instant().getEpochSecond();
  }

  boolean datasetExists(String name) {
    return zfs.zfs(List.of("list", "-H", "-o", "name", name)).succeeded();
  }

  /** common.sh's {@code _zfs_exist DS MOUNTPOINT}: the dataset exists with that mountpoint. */
  boolean zfsExist(String dataset, String mountpoint) {
    CommandResult r = zfs.zfs(List.of("list", "-H", "-o", "mountpoint", dataset));
    return r.succeeded() && r.stdout().strip().equals(mountpoint);
  }

  /**
   * An fscomp as snapshot, revert and purge-snapshots see it ({@code _zfs_exist} of its dataset at
   * {@code $FR/fscomp/NAME}, snapshot.sh:98, revert.sh:114, purge-snapshots.sh:115): after a {@code
   * mount-in -w} its dataset is mounted in the pot and it is not one.
   */
  boolean fscompInPlace(String name) {
    return zfsExist(
        paths.fscompDataset(name), paths.fsRoot().resolve("fscomp").resolve(name).toString());
  }

  /** Runs zfs; on failure relays its stderr and fails the command with {@code message}. */
  void zfsOrFail(String message, String... args) {
    CommandResult r = zfs.zfs(List.of(args));
    if (!r.succeeded()) {
      out.err(r.stderr());
      throw out.fail(message);
    }
  }

  /** A zfs command whose failure pot does not look at: zfs's own message, nothing else. */
  void zfsReported(String... args) {
    out.err(zfs.zfs(List.of(args)).stderr());
  }

  /** pot's {@code _is_pot}: directory, dataset, {@code m}, pot.conf, and fscomp.conf for multi. */
  boolean isPot(String pot, boolean quiet) {
    return quiet ? isPot(pot, "quiet") : isPot(pot, "");
  }

  /**
   * pot's {@code _is_pot NAME WORD}: unless WORD is {@code quiet}, the reason goes through {@code
   * _qerror WORD}, which hands WORD on to {@code _error} as the message's first word.
   */
  boolean isPot(String pot, String word) {
    String why = null;
    Path dir = paths.potDir(pot);
    if (!Files.isDirectory(dir)) {
      why = "Pot " + pot + " not found";
    } else if (!datasetExists(paths.jailDataset(pot))) {
      why = "zfs dataset " + pot + " not found";
    } else if (!Files.isDirectory(dir.resolve("m")) || !conf(pot).exists()) {
      why = "Some component of the pot " + pot + " is missing";
    } else if (!conf(pot).get("pot.type").equals("single")
        && !Files.isRegularFile(paths.confDir(pot).resolve("fscomp.conf"))) {
      why = "Some component of the pot " + pot + " is missing";
    }
    if (why != null && !word.equals("quiet")) {
      out.qerror(word, why);
    }
    return why == null;
  }

  ConfFile conf(String pot) {
    return ConfFile.read(paths.confDir(pot).resolve("pot.conf"));
  }

  ConfFile fscomp(String pot) {
    return ConfFile.read(paths.confDir(pot).resolve("fscomp.conf"));
  }

  boolean running(String pot) {
    return state.jails.containsKey(pot);
  }

  /** Every directory under {@code $FR/jails}, like {@code pot ls -q}. */
  List<String> potNames() {
    return listDirs(paths.fsRoot().resolve("jails"));
  }

  /**
   * The directories in {@code dir} in the order of pot's {@code ls -d DIR/}{@code *}{@code /}
   * (common.sh:1205, list.sh:78): sorted with their trailing {@code /}, so {@code web-1} comes
   * before {@code web} ({@code -} sorts before {@code /}).
   */
  static List<String> listDirs(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted(Comparator.comparing(n -> n + "/"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> listFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("."))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The state part of {@code pot_status_<p>} ({@code ""} if none). */
  String status(String pot) {
    String line = AtomicFiles.readOrEmpty(paths.statusFile(pot)).strip();
    if (!line.startsWith("pot.status=")) {
      return "";
    }
    String v = line.substring("pot.status=".length());
    return v.contains(",") ? v.substring(0, v.indexOf(',')) : v;
  }

  void setStatus(String pot, String status, String ifaces) {
    AtomicFiles.write(paths.statusFile(pot), "pot.status=" + status + "," + ifaces + "\n");
  }

  String ifaces(String pot) {
    String line = AtomicFiles.readOrEmpty(paths.statusFile(pot)).strip();
    return line.contains(",") ? line.substring(line.indexOf(',') + 1) : "";
  }

  static void mkdirs(Path p) {
    ZfsMounts.mkdirs(p);
  }
}
