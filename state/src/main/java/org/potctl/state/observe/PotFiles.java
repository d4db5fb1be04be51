package org.potctl.state.observe;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.potctl.state.files.HostFiles;
import org.potctl.state.model.Bridge;
import org.potctl.state.model.Fingerprints;
import org.potctl.state.model.Flavour;
import org.potctl.state.model.Mount;
import org.potctl.state.model.Pot;
import org.potctl.state.pot.BridgeFile;
import org.potctl.state.pot.FscompConf;
import org.potctl.state.pot.PotConfFile;
import org.potctl.state.pot.PotConfReader;
import org.potctl.state.pot.PotSettingsFile;

/** Reads pot's own files below {@code POT_FS_ROOT} and the flavour directory; runs no command. */
final class PotFiles {

  private final HostFiles files;
  private final String fsRoot;

  PotFiles(HostFiles files, String fsRoot) {
    this.files = files;
    this.fsRoot =
        fsRoot.length() > 1 && fsRoot.endsWith("/")
            ? fsRoot.substring(0, fsRoot.length() - 1)
            : fsRoot;
  }

  /** Pots and the directories under {@code jails} that are not (yet) complete pots. */
  record Pots(SortedMap<String, Pot> pots, SortedSet<String> incomplete) {}

  Pots pots() {
    String jails = fsRoot + "/jails";
    List<String> names = files.list(jails);
    Stream<String> each = names.size() < PARALLEL_FROM ? names.stream() : names.parallelStream();
    List<Read> read = each.map(name -> read(jails, name)).toList();
    SortedMap<String, Pot> pots = new TreeMap<>();
    SortedSet<String> incomplete = new TreeSet<>();
    for (Read r : read) {
      switch (r) {
        case Read.Found f -> pots.put(f.name(), f.pot());
        case Read.Incomplete i -> incomplete.add(i.name());
        case Read.Skipped s -> {}
        case Read.Failed f -> throw f.error();
      }
    }
    return new Pots(pots, incomplete);
  }

  /** From this many entries under {@code jails} on, they are read and parsed in parallel. */
  static final int PARALLEL_FROM = 64;

  /** What one entry of {@code jails} is: a pot, an incomplete pot, no pot, or a read error. */
  private sealed interface Read {
    record Found(String name, Pot pot) implements Read {}

    record Incomplete(String name) implements Read {}

    record Skipped() implements Read {}

    /** The first such error in name order is thrown, as a sequential read would. */
    record Failed(RuntimeException error) implements Read {}
  }

  private Read read(String jails, String name) {
    try {
      String dir = jails + "/" + name;
      if (name.startsWith(".") || !files.isDirectory(dir)) {
        return new Read.Skipped();
      }
      String confPath = dir + "/conf/pot.conf";
      Optional<String> conf = files.read(confPath);
      if (conf.isEmpty()) {
        return new Read.Incomplete(name);
      }
      return new Read.Found(
          name,
          PotConfReader.read(name, PotConfFile.parse(confPath, conf.get()), mounts(dir, name))
              .withHooks(hooks(dir)));
    } catch (RuntimeException e) {
      return new Read.Failed(e);
    }
  }

  /**
   * The digests of {@code conf/<type>.sh}, the files {@code pot set-hook} copies; each type's file
   * is read by name (no listing), so {@link ObservedFiles} can announce them for one round trip.
   */
  private SortedMap<String, String> hooks(String dir) {
    SortedMap<String, String> digests = new TreeMap<>();
    for (String type : HOOK_TYPES) {
      files
          .readBytes(dir + "/" + hookFile(type))
          .ifPresent(b -> digests.put(type, Fingerprints.sha256(b)));
    }
    return digests;
  }

  /** The hook types {@code pot set-hook} knows. */
  static final List<String> HOOK_TYPES = List.of("prestart", "poststart", "prestop", "poststop");

  /** Where a hook of {@code type} lies, relative to the pot's directory. */
  static String hookFile(String type) {
    return "conf/" + type + ".sh";
  }

  private List<Mount> mounts(String dir, String name) {
    String path = dir + "/conf/fscomp.conf";
    return files.read(path).map(t -> FscompConf.parse(path, t, fsRoot, name)).orElse(List.of());
  }

  SortedMap<String, Bridge> bridges() {
    SortedMap<String, Bridge> bridges = new TreeMap<>();
    String dir = fsRoot + "/bridges";
    for (String name : files.list(dir)) {
      String path = dir + "/" + name;
      if (!name.startsWith(".") && !files.isDirectory(path)) {
        files.read(path).ifPresent(t -> bridges.put(name, BridgeFile.parse(path, name, t)));
      }
    }
    return bridges;
  }

  /** The flavour directory: {@link HostObserver#flavourDirectory}. */
  String flavourDir(Optional<String> configured) {
    return HostObserver.flavourDirectory(files, fsRoot, configured);
  }

  SortedMap<String, Flavour> flavours(String dir) {
    SortedSet<String> names = new TreeSet<>();
    for (String file : files.list(dir)) {
      if (!file.startsWith(".") && !files.isDirectory(dir + "/" + file)) {
        names.add(file.endsWith(".sh") ? file.substring(0, file.length() - 3) : file);
      }
    }
    SortedMap<String, Flavour> flavours = new TreeMap<>();
    for (String name : names) {
      Optional<String> commands = files.read(dir + "/" + name);
      Optional<String> script = files.readBytes(dir + "/" + name + ".sh").map(Fingerprints::sha256);
      flavours.put(name, new Flavour(name, commands, script));
    }
    return flavours;
  }

  /**
   * pot's {@code POT_*} settings: {@code pot.default.conf}, then {@code pot.conf}, from the {@code
   * etc/pot} directory that holds the flavour directory.
   */
  SortedMap<String, String> settings(String flavourDir) {
    int slash = flavourDir.lastIndexOf('/');
    String etc = slash > 0 ? flavourDir.substring(0, slash) : "/usr/local/etc/pot";
    SortedMap<String, String> settings = new TreeMap<>();
    for (String name : List.of("pot.default.conf", "pot.conf")) {
      String path = etc + "/" + name;
      files.read(path).ifPresent(t -> PotSettingsFile.parseInto(path, t, settings));
    }
    return settings;
  }
}
