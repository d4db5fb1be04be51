package org.potctl.state.pot;

import java.util.ArrayList;
import java.util.List;
import org.potctl.state.files.ParseException;
import org.potctl.state.model.Mount;
import org.potctl.state.model.MountOption;

/**
 * Parses a pot's fscomp.conf (pot.md §2.2): {@code <source> <mountpoint> [<option>]} per line, in
 * the current format (mountpoint inside the pot) or the legacy one (full host path {@code
 * $FR/jails/<p>/m/...}), both possibly in one file.
 */
public final class FscompConf {

  private FscompConf() {}

  /**
   * Parses fscomp.conf text into mounts in file order, legacy targets converted.
   *
   * @param source the file's path, for messages
   * @param fsRoot {@code POT_FS_ROOT}, to recognise legacy lines
   * @param pot the pot the file belongs to
   * @throws ParseException naming the file and line of a malformed line
   */
  public static List<Mount> parse(String source, String text, String fsRoot, String pot) {
    String legacyPrefix = stripSlash(fsRoot) + "/jails/" + pot + "/m";
    List<Mount> mounts = new ArrayList<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.isBlank()) {
        mounts.add(parseLine(source, i + 1, line, legacyPrefix));
      }
    }
    return List.copyOf(mounts);
  }

  private static Mount parseLine(String source, int lineNo, String line, String legacyPrefix) {
    String[] f = line.trim().split("\\s+");
    if (f.length < 2 || f.length > 3) {
      throw new ParseException(
          source, lineNo, "expected '<source> <mountpoint> [ro|zfs-remount]': '" + line + "'");
    }
    MountOption option;
    try {
      option = f.length == 3 ? MountOption.fromPot(f[2]) : MountOption.READ_WRITE;
    } catch (IllegalArgumentException e) {
      throw new ParseException(source, lineNo, "unknown mount option '" + f[2] + "'");
    }
    String target = f[1];
    boolean legacy = target.equals(legacyPrefix) || target.startsWith(legacyPrefix + "/");
    if (legacy) {
      target = target.substring(legacyPrefix.length());
      target = target.isEmpty() ? "/" : target;
    } else if (!target.startsWith("/")) {
      throw new ParseException(source, lineNo, "mountpoint is not absolute: '" + f[1] + "'");
    }
    return new Mount(f[0], target, option, legacy);
  }

  private static String stripSlash(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
