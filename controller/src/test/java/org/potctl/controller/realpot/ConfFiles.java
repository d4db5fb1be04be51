package org.potctl.controller.realpot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files pot writes and potctl reads back, of one host: every pot's {@code conf/pot.conf},
 * {@code conf/fscomp.conf}, {@code conf/resolv.conf} and hook scripts {@code conf/TYPE.sh} (with
 * their mode: pot runs only an executable one), and the bridge files, keyed by their path under
 * {@code POT_FS_ROOT}, with the host's own roots replaced by {@code $FSROOT} and {@code $ZROOT} so
 * a real host and a simulated one compare byte for byte.
 */
final class ConfFiles {

  private static final List<String> POT_FILES =
      List.of(
          "pot.conf",
          "fscomp.conf",
          "resolv.conf",
          "prestart.sh",
          "poststart.sh",
          "prestop.sh",
          "poststop.sh");

  private ConfFiles() {}

  static SortedMap<String, String> read(Path fsRoot, String zfsRoot) throws IOException {
    SortedMap<String, String> files = new TreeMap<>();
    String root = fsRoot.toAbsolutePath().normalize().toString();
    for (Path pot : list(fsRoot.resolve("jails"))) {
      for (String name : POT_FILES) {
        Path f = pot.resolve("conf").resolve(name);
        if (Files.isRegularFile(f)) {
          files.put("jails/" + pot.getFileName() + "/conf/" + name, text(f, root, zfsRoot));
        }
      }
    }
    for (Path bridge : list(fsRoot.resolve("bridges"))) {
      files.put("bridges/" + bridge.getFileName(), text(bridge, root, zfsRoot));
    }
    return files;
  }

  private static String text(Path f, String fsRoot, String zfsRoot) throws IOException {
    String mode =
        f.toString().endsWith(".sh")
            ? "mode "
                + java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(f))
                + "\n"
            : "";
    return mode + Files.readString(f).replace(fsRoot, "$FSROOT").replace(zfsRoot, "$ZROOT");
  }

  private static List<Path> list(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }
}
