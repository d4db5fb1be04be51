package org.potctl.controller.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.potctl.state.zfs.SendStreamHeader;
import org.potctl.state.zfs.StreamDataset;

/**
 * What an image's ZFS stream may set on the datasets {@code pot import} receives ({@link
 * Readiness.ImageStreamChecked}). {@code zfs receive} of a replication stream sets every property
 * the stream carries and mounts the file systems at once, so a property is a request to the host,
 * not to the pot: {@code mountpoint} mounts the image over any host directory, {@code sharenfs} and
 * {@code sharesmb} export it to the network, {@code reservation} and {@code quota} take the pool's
 * space, {@code potctl:protect} keeps it from the trash, {@code jailed} or {@code zoned} hand it to
 * a jail. Allowed are only the properties that change how the pot's own data is stored ({@link
 * #STORAGE}), user properties outside potctl's {@code potctl:} and FreeBSD's {@code org.freebsd:}
 * namespaces, a {@code mountpoint} that names exactly where pot mounts the dataset anyway, and the
 * owner stamp an image built by {@code potctl image build} carries from its build pot ({@code
 * potctl:owner}), which the import's own stamp step replaces at once. pot's own images carry none
 * at all (create.sh makes the datasets with inherited properties).
 */
public final class ImageStreamPolicy {

  /** Native properties that only tune how the received data is stored and cached. */
  static final Set<String> STORAGE =
      Set.of(
          "aclinherit",
          "aclmode",
          "acltype",
          "atime",
          "casesensitivity",
          "checksum",
          "compression",
          "dnodesize",
          "logbias",
          "normalization",
          "primarycache",
          "recordsize",
          "redundant_metadata",
          "relatime",
          "secondarycache",
          "snapdir",
          "sync",
          "utf8only",
          "xattr");

  private ImageStreamPolicy() {}

  /**
   * Each property of {@code header} that {@code pot import} of pot {@code pot} may not receive,
   * e.g. {@code mountpoint=/usr/local/etc on www_1_0}; empty when the stream may be received.
   */
  public static List<String> problems(SendStreamHeader header, String pot, String fsRoot) {
    String top = header.dataset();
    String root = (fsRoot.endsWith("/") ? fsRoot : fsRoot + "/") + "jails/" + pot;
    List<String> problems = new ArrayList<>();
    for (StreamDataset d : header.datasets()) {
      String suffix = d.name().startsWith(top) ? d.name().substring(top.length()) : null;
      String received = suffix == null ? d.name() : pot + suffix;
      for (Map.Entry<String, String> p : d.properties().entrySet()) {
        boolean inPlace =
            p.getKey().equals("mountpoint") && suffix != null && p.getValue().equals(root + suffix);
        if (!inPlace && !allowed(p.getKey())) {
          problems.add(p.getKey() + "=" + p.getValue() + " on " + received);
        }
      }
      d.snapshotProperties()
          .forEach(
              (snap, props) ->
                  props.forEach(
                      (k, v) -> {
                        if (!k.contains(":") || hosts(k)) {
                          problems.add(k + "=" + v + " on " + received + "@" + snap);
                        }
                      }));
    }
    return problems;
  }

  /** potctl's stamp an image built by potctl carries, replaced by the import's own. */
  static final Set<String> REPLACED_STAMPS = Set.of("potctl:owner");

  private static boolean allowed(String property) {
    if (REPLACED_STAMPS.contains(property)) {
      return true;
    }
    return property.contains(":") ? !hosts(property) : STORAGE.contains(property);
  }

  /**
   * A user property the host acts on: potctl's own, and FreeBSD's ({@code org.freebsd:swap=on}
   * makes the host swap onto a volume at boot).
   */
  private static boolean hosts(String property) {
    return property.startsWith("potctl:") || property.startsWith("org.freebsd:");
  }
}
