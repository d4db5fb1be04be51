package org.potctl.state.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The host files {@code pot init} and {@code pot de-init} edit, in the simulated host's own tree
 * ({@link SimHostFs}): pf's two anchors in the pf file, the {@code .bkp-pot} backups, and rc.conf's
 * {@code pf_rules}.
 */
final class HostFiles {

  static final String NAT_ANCHOR = "nat-anchor pot-nat";
  static final String RDR_ANCHOR = "rdr-anchor \"pot-rdr/*\"";

  private final PotEnv env;
  private final SimHostFs hostFs;

  HostFiles(PotEnv env) {
    this.env = env;
    this.hostFs = SimHostFs.of(env.paths.dir());
  }

  /** init.sh:171-195: both anchors once each, or a backup, the lines removed and put first. */
  void addAnchors(String pf) {
    Path file = hostFs.onDisk(Path.of(pf));
    List<String> lines = Files.isRegularFile(file) ? lines(file) : List.of();
    if (Files.isReadable(file) && count(lines, NAT_ANCHOR) == 1 && count(lines, RDR_ANCHOR) == 1) {
      return;
    }
    boolean editable = Files.isDirectory(file.getParent());
    if (Files.isWritable(file)) {
      backup(pf);
    } else if (!editable) { // touch fails, and so does ex's write
      env.out.errln("touch: " + pf + ": No such file or directory");
    }
    env.out.println("auto-magically editing your " + pf);
    if (editable) {
      StringBuilder text = new StringBuilder(NAT_ANCHOR + "\n" + RDR_ANCHOR + "\n");
      lines.stream().filter(l -> !isAnchor(l)).forEach(l -> text.append(l).append('\n'));
      AtomicFiles.write(file, text.toString());
    }
    env.out.println(
        "Please, check that your PF configuration file " + pf + " is still valid and reload it!");
  }

  /** {@code echo "Creating a backup of your F"; cp -v F F.bkp-pot}, only for a writable F. */
  void backup(String hostPath) {
    Path file = hostFs.onDisk(Path.of(hostPath));
    if (!Files.isRegularFile(file) || !Files.isWritable(file)) {
      return;
    }
    env.out.println("Creating a backup of your " + hostPath);
    AtomicFiles.write(
        file.resolveSibling(file.getFileName() + ".bkp-pot"), AtomicFiles.readOrEmpty(file));
    env.out.println(hostPath + " -> " + hostPath + ".bkp-pot");
  }

  /** de-init.sh:82-83: two {@code sed -i ''} runs, each complaining of a missing file. */
  void removeAnchors(String pf) {
    Path file = hostFs.onDisk(Path.of(pf));
    if (!Files.isRegularFile(file)) {
      env.out.errln("sed: " + pf + ": No such file or directory");
      env.out.errln("sed: " + pf + ": No such file or directory");
      return;
    }
    StringBuilder text = new StringBuilder();
    lines(file).stream().filter(l -> !isAnchor(l)).forEach(l -> text.append(l).append('\n'));
    AtomicFiles.write(file, text.toString());
  }

  /** {@code sysrc -n pf_rules}: rc.conf's {@code pf_rules}, else rc's default. */
  String pfRules() {
    Path rc = hostFs.onDisk(Path.of("/etc/rc.conf"));
    String value = "/etc/pf.conf";
    if (Files.isRegularFile(rc)) {
      for (String line : lines(rc)) {
        if (line.startsWith("pf_rules=")) {
          value = line.substring("pf_rules=".length()).replaceAll("^\"|\"$", "");
        }
      }
    }
    return value;
  }

  private static boolean isAnchor(String line) {
    return line.equals(NAT_ANCHOR) || line.equals(RDR_ANCHOR);
  }

  private static long count(List<String> lines, String line) {
    return lines.stream().filter(line::equals).count();
  }

  private static List<String> lines(Path file) {
    return AtomicFiles.readOrEmpty(file).lines().toList();
  }
}
