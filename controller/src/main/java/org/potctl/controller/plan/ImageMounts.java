package org.potctl.controller.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.potctl.schema.bind.KernelTrees;
import org.potctl.schema.yaml.Text;

/**
 * What an image's {@code fscomp.conf} may mount in the pots cloned from it ({@link
 * ImageConfinement}): only the image pot's own datasets and pot's read-only bases (a {@code dir}
 * line would mount a host directory at every start, a dataset line another spec's fscomp), and none
 * of them on the jail's {@code /dev} or {@code /proc} ({@link KernelTrees}, the rule of a Potfile
 * mount's {@code at}).
 */
final class ImageMounts {

  private ImageMounts() {}

  /** The problems of {@code fscomp}, the text of the image pot {@code r.pot()}'s fscomp.conf. */
  static List<String> problems(Readiness.ImageConfined r, String fscomp) {
    String own = slash(r.zfsRoot()) + "jails/" + r.pot();
    String bases = slash(r.zfsRoot()) + "bases/";
    String legacy = slash(r.fsRoot()) + "jails/" + r.pot() + "/m";
    List<String> problems = new ArrayList<>();
    for (String line : fscomp.lines().toList()) {
      String[] f = line.strip().split("\\s+");
      if (f.length == 0 || f[0].isEmpty()) {
        continue;
      }
      String source = f[0];
      String at = f.length > 1 ? f[1] : "";
      String opt = f.length > 2 ? f[2] : "";
      boolean ownDataset = source.equals(own) || source.startsWith(own + "/");
      boolean base = source.startsWith(bases) && opt.equals("ro");
      // the mount point is the jail's own (a path in the pot, or pot's older absolute form under
      // jails/POT/m): what reaches the host is the source
      if (!(ownDataset || base)) {
        problems.add(
            "its fscomp.conf mounts "
                + Text.quote(source)
                + " at "
                + Text.quote(at)
                + ", which pot clone copies into every pot made from it and mounts at every"
                + " start; an image may carry no mounts (give them in the pot's mounts)");
        continue;
      }
      inPot(at, legacy)
          .flatMap(KernelTrees::problem)
          .ifPresent(
              p ->
                  problems.add(
                      "its fscomp.conf mounts "
                          + Text.quote(source)
                          + " at "
                          + Text.quote(at)
                          + ", which pot clone copies into every pot made from it: the mount"
                          + " point "
                          + p));
    }
    return problems;
  }

  /** The path inside the pot of a mount point in either of pot's forms. */
  private static Optional<String> inPot(String at, String legacy) {
    if (at.equals(legacy) || at.startsWith(legacy + "/")) {
      String rest = at.substring(legacy.length());
      return Optional.of(rest.isEmpty() ? "/" : rest);
    }
    return at.startsWith("/") ? Optional.of(at) : Optional.empty();
  }

  private static String slash(String root) {
    return root.endsWith("/") ? root : root + "/";
  }
}
