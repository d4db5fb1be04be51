package org.potctl.state.model;

import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * pot's global configuration (reference/pot.md §0.1): the two roots as {@code pot config -q -g …}
 * reports them, plus the other {@code POT_*} settings read from pot's configuration files.
 *
 * @param zfsRoot {@code POT_ZFS_ROOT}, the parent dataset of everything pot owns, e.g. {@code
 *     zroot/pot}
 * @param fsRoot {@code POT_FS_ROOT}, its mountpoint, e.g. {@code /opt/pot}; pot's files live below
 * @param settings {@code POT_*} assignments of {@code etc/pot/pot.default.conf} overridden by
 *     {@code etc/pot/pot.conf} (e.g. {@code POT_NETWORK}, {@code POT_GATEWAY}, {@code POT_EXTIF});
 *     empty when those files are not readable
 */
public record PotConfig(String zfsRoot, String fsRoot, SortedMap<String, String> settings) {

  public PotConfig {
    Objects.requireNonNull(zfsRoot, "zfsRoot");
    Objects.requireNonNull(fsRoot, "fsRoot");
    if (zfsRoot.isBlank() || fsRoot.isBlank()) {
      throw new IllegalArgumentException("pot config values must not be blank");
    }
    settings = Collections.unmodifiableSortedMap(new TreeMap<>(settings));
  }

  /** The two roots without further settings. */
  public PotConfig(String zfsRoot, String fsRoot) {
    this(zfsRoot, fsRoot, new TreeMap<>());
  }

  /** A {@code POT_*} setting, e.g. {@code setting("POT_NETWORK")} → {@code 10.192.0.0/10}. */
  public Optional<String> setting(String key) {
    return Optional.ofNullable(settings.get(key)).filter(v -> !v.isEmpty());
  }

  /** {@code <zfsRoot>/jails}: the parent of every pot's dataset. */
  public String jailsDataset() {
    return zfsRoot + "/jails";
  }

  /** {@code <zfsRoot>/fscomp}: the parent of every fscomp. */
  public String fscompDataset() {
    return zfsRoot + "/fscomp";
  }

  /** {@code <zfsRoot>/bases}: the parent of every base. */
  public String basesDataset() {
    return zfsRoot + "/bases";
  }

  /** {@code <zfsRoot>/jails/<pot>}: a pot's top dataset. */
  public String potDataset(String pot) {
    return jailsDataset() + "/" + pot;
  }

  /** {@code <zfsRoot>/fscomp/<fscomp>}: an fscomp's dataset. */
  public String fscompDataset(String fscomp) {
    return fscompDataset() + "/" + fscomp;
  }

  /** The fscomp name when {@code dataset} is directly below {@code <zfsRoot>/fscomp}. */
  public Optional<String> fscompName(String dataset) {
    String prefix = fscompDataset() + "/";
    return dataset.startsWith(prefix) && dataset.indexOf('/', prefix.length()) < 0
        ? Optional.of(dataset.substring(prefix.length()))
        : Optional.empty();
  }

  /** {@code <zfsRoot>/potctl-trash}: where potctl moves deleted datasets (DESIGN §3.3). */
  public String trashDataset() {
    return zfsRoot + "/potctl-trash";
  }

  /** The canonical text this object is fingerprinted by. */
  public String canonical() {
    StringBuilder b = new StringBuilder("config zfs_root=" + zfsRoot + " fs_root=" + fsRoot);
    settings.forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
    return b.toString();
  }

  /** {@code sha256:} of {@link #canonical()}. */
  public String fingerprint() {
    return Fingerprints.sha256(canonical());
  }
}
