package org.potctl.state.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code pot export} (export.sh): a single pot with exactly one snapshot ({@code -A} takes or
 * purges, {@code -F} sends them all) becomes {@code <dir>/<pot>_<tag>.xz} with {@code .meta} (the
 * origin of a layered pot as {@code pot:tag@snap}, else {@code -}) and {@code .skein}; the pot's
 * dataset gets {@code :pot.tag} and {@code :pot.snap}. {@code DIR} and the key are host paths, in
 * the simulated host's own tree ({@link SimHostFs}: {@code /srv/images} is {@code
 * DIR/hostfs/srv/images}). {@code -S SECKEY} signs the {@code .skein} ({@code .skein.sig}, {@link
 * SimSignify}); a failed signature removes the files, yet, as in export.sh, the command still sets
 * the tag and exits 0.
 */
final class PotExport {

  private final PotEnv env;
  private final PotCommands pot;

  PotExport(PotEnv env, PotCommands pot) {
    this.env = env;
    this.pot = pot;
  }

  int run(List<String> args) {
    // export.sh:137-153, inside the getopts loop: each -D and -l where it stands
    Getopts g =
        pot.getopts(
            "export",
            args,
            "hvcp:t:D:l:FAS:",
            o -> {
              if (o.letter() == 'D' && !Files.isDirectory(host(o.arg()))) {
                throw env.out.fail(o.arg() + " is not a directory");
              }
              if (o.letter() == 'l' && !o.arg().matches("[0-9]")) {
                throw pot.refused(
                    "export", "hvcp:t:D:l:FAS:", o.arg() + " is an invalid compression level");
              }
            });
    String dir = g.last('D') == null ? "." : g.last('D');
    String p = g.last('p');
    if (p == null || p.isEmpty()) {
      env.out.error("A pot name is mandatory");
      pot.help("export", "hvcp:t:D:l:FAS:");
      throw new Out.PotExit(1);
    }
    if (!env.isPot(p, false)) {
      env.out.error("pot " + p + " is not valid");
      pot.help("export", "hvcp:t:D:l:FAS:");
      throw new Out.PotExit(1);
    }
    if (!env.conf(p).get("pot.type").equals("single")) {
      throw env.out.fail("pot " + p + " not supported - only single type pot can be exported");
    }
    String seckey = g.last('S') == null ? "" : g.last('S');
    if (!seckey.isEmpty() && !Files.isReadable(host(seckey))) {
      throw env.out.fail("Signature key " + seckey + " not found");
    }
    String ds = env.paths.jailDataset(p);
    String snap = snapshot(p, ds, g.has('A'), g.has('F'));
    String tag = g.last('t') == null ? snap : g.last('t');
    env.out.info("exporting " + p + " @ " + snap + " to " + dir + "/" + p + "_" + tag + ".xz");
    checkTag(ds, tag, snap, g.has('c'));
    String meta = meta(ds);
    Path file = host(dir).resolve(p + "_" + tag + ".xz");
    List<String> carried = SimImageFile.snapshots(env, ds);
    byte[] image = SimImageFile.of(env.paths.potDir(p), carried, sent(ds)).image(ds);
    byte[] metaBytes = SimImageFile.bytes(meta + "\n");
    AtomicFiles.write(file, image);
    AtomicFiles.write(Path.of(file + ".meta"), meta + "\n");
    AtomicFiles.write(Path.of(file + ".skein"), SimImageFile.digest(image, metaBytes));
    if (!seckey.isEmpty()) {
      var failure = SimSignify.sign(host(seckey), Path.of(file + ".skein"));
      if (failure.isPresent()) {
        env.out.errln(failure.get());
        env.out.error("Export failed");
        for (String suffix : List.of("", ".meta", ".skein", ".skein.sig")) {
          ZfsMounts.delete(Path.of(file + suffix));
        }
      }
    }
    env.zfsOrFail("export failed", "set", ":pot.tag=" + tag, ds);
    env.zfsOrFail("export failed", "set", ":pot.snap=" + snap, ds);
    return 0;
  }

  private String snapshot(String p, String ds, boolean autoPurge, boolean force) {
    List<String> snaps = SimImageFile.snapshots(env, ds);
    if (snaps.isEmpty()) {
      if (!autoPurge) {
        throw env.out.fail("Pot " + p + " has no snapshots - please use pot snapshot for that");
      }
      env.out.info("Taking a snapshot of " + p);
      pot.nested(List.of("snapshot", "-p", p));
      snaps = SimImageFile.snapshots(env, ds);
      String taken = snaps.isEmpty() ? "" : snaps.get(snaps.size() - 1);
      env.out.debug("A snapshot of " + p + " has been automatically taken (@" + taken + ")");
    }
    if (snaps.size() > 1) {
      if (force) {
        env.out.info("Pot " + p + " has multiple snapshots and they all will be exported");
      } else if (autoPurge) {
        env.out.info(
            "Pot " + p + " has more than 1 snapshot - auto-purge will delete older snapshots");
        if (pot.nested(List.of("purge-snapshots", "-p", p)) != 0) {
          throw env.out.fail("purge-snapshots failed");
        }
        snaps = SimImageFile.snapshots(env, ds);
      } else {
        throw env.out.fail(
            "Pot "
                + p
                + " has more than 1 snapshot - use -A to auto-purge old snapshots or -F to force"
                + " exporting");
      }
    }
    return snaps.get(snaps.size() - 1);
  }

  private void checkTag(String ds, String tag, String snap, boolean check) {
    String prevTag = get(ds, ":pot.tag");
    if (!check || prevTag.isEmpty() || prevTag.equals("-")) {
      return;
    }
    if (prevTag.equals(tag) && !get(ds, ":pot.snap").equals(snap)) {
      throw env.out.fail("Already exported a different snapshot tagged as this version");
    }
    if (Versions.compare(tag, prevTag) < 0) {
      throw env.out.fail("Tag version lower than the previously exported one");
    }
  }

  /** {@code .meta}: {@code <origin pot>:<its :pot.tag>@<snap>} for a clone, else {@code -}. */
  private String meta(String ds) {
    String origin = get(ds + "/m", "origin");
    if (origin.isEmpty() || origin.equals("-")) {
      return "-";
    }
    String parent = origin.replace("/m@", "@");
    String leaf = parent.substring(parent.lastIndexOf('/') + 1);
    String originPot = leaf.substring(0, leaf.indexOf('@'));
    String originTag = get(parent.substring(0, parent.indexOf('@')), ":pot.tag");
    if (originTag.isEmpty() || originTag.equals("-")) {
      throw env.out.fail("Origin " + originPot + " has no :pot.tag, please export first");
    }
    return originPot + ":" + originTag + "@" + leaf.substring(leaf.indexOf('@') + 1);
  }

  /** The properties {@code zfs send -R} carries: those set on the dataset itself, not inherited. */
  private Map<String, Map<String, String>> sent(String ds) {
    Map<String, Map<String, String>> out = new TreeMap<>();
    for (String suffix : List.of("", "/m")) {
      String listing =
          env.zfs
              .zfs(List.of("get", "-H", "-o", "property,value,source", "all", ds + suffix))
              .stdout();
      for (String line : listing.lines().toList()) {
        String[] f = line.split("\t");
        if (f.length == 3 && f[2].equals("local")) {
          out.computeIfAbsent(suffix, k -> new TreeMap<>()).put(f[0], f[1]);
        }
      }
    }
    return out;
  }

  /** A path on the simulated host ({@link SimPaths#host}), as mkdir and fetch read it. */
  private Path host(String path) {
    return env.paths.host(path);
  }

  private String get(String ds, String prop) {
    return env.zfs.zfs(List.of("get", "-H", "-o", "value", prop, ds)).stdout().strip();
  }
}
