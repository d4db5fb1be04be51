package org.potctl.state.sim;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.potctl.state.zfs.SendStreamException;
import org.potctl.state.zfs.SendStreamHeader;
import org.potctl.state.zfs.StreamDataset;
import org.tukaani.xz.XZInputStream;

/**
 * The simulator's stand-in for {@code zfs send -R <pot>@<snap> | xz}: xz of a real-format send
 * header ({@link SimSendStream}) carrying the user properties {@code zfs send -R} carries, as a
 * real image does, then a text body (where a real stream has its substreams) naming the snapshots
 * it carries ({@code -R} sends every snapshot up to the named one: all of them when export's {@code
 * -F} sends several) and every regular file of the pot's {@code conf} and {@code m} directories
 * (base64). The {@code .skein} beside it holds a SHA-512 hex digest of image and meta where pot
 * writes skein1024 (the JDK has no Skein); it is checked the same way, by comparing.
 *
 * @param snapshots the snapshot names the stream carries, oldest first; the last is the one it was
 *     sent from
 * @param properties user properties by dataset suffix ({@code ""} for the pot, {@code /m})
 * @param files file contents by path relative to the pot's directory
 */
record SimImageFile(
    List<String> snapshots,
    Map<String, Map<String, String>> properties,
    Map<String, byte[]> files) {

  private static final String MAGIC = "potsim-image 2";
  private static final int MAX_STREAM = 256 << 20;
  private static final long MAX_FILE = 16L << 20;

  /** What {@code zfs send -R} of {@code pot} at the last of {@code snapshots} carries. */
  static SimImageFile of(
      Path potDir, List<String> snapshots, Map<String, Map<String, String>> props) {
    Map<String, byte[]> files = new TreeMap<>();
    for (String dir : List.of("conf", "m")) {
      Path root = potDir.resolve(dir);
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> s = Files.walk(root)) {
        for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
          if (Files.size(p) <= MAX_FILE) {
            files.put(potDir.relativize(p).toString(), Files.readAllBytes(p));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new SimImageFile(List.copyOf(snapshots), props, files);
  }

  /** The snapshot the stream was sent from. */
  String snapshot() {
    return snapshots.get(snapshots.size() - 1);
  }

  /**
   * The image file: xz of the real-format header ({@link SimSendStream}: {@code dataset@snapshot},
   * the properties) and the body, a text naming the snapshots and holding the files (base64).
   */
  byte[] image(String dataset) {
    StringBuilder b = new StringBuilder(MAGIC).append('\n');
    b.append("snapshot ").append(String.join(" ", snapshots)).append('\n');
    Base64.Encoder enc = Base64.getEncoder();
    files.forEach(
        (p, c) ->
            b.append("file ").append(p).append(' ').append(enc.encodeToString(c)).append('\n'));
    return SimSendStream.xz(dataset, snapshots, properties, bytes(b.toString()));
  }

  /**
   * Parses an image file: its header as {@link SendStreamHeader} reads a real one (the properties
   * come from its {@code fss}), then the body. Empty when it is not one (pot's {@code zfs receive}
   * would fail).
   */
  static Optional<SimImageFile> parse(byte[] file) {
    byte[] stream;
    SendStreamHeader header;
    try (InputStream in = new XZInputStream(new ByteArrayInputStream(file))) {
      stream = in.readNBytes(MAX_STREAM);
      header = SendStreamHeader.fromStreamPrefix(stream);
    } catch (IOException | SendStreamException e) {
      return Optional.empty();
    }
    String top = header.toName().contains("@") ? header.dataset() : "";
    if (!header.compound() || top.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Map<String, String>> props = new TreeMap<>();
    for (StreamDataset d : header.datasets()) {
      String suffix = d.name().startsWith(top + "/") ? d.name().substring(top.length()) : "";
      if (!d.name().equals(top + suffix)) {
        return Optional.empty();
      }
      if (!d.properties().isEmpty()) {
        props.put(suffix, new TreeMap<>(d.properties()));
      }
    }
    int at = SimSendStream.bodyOffset(stream);
    String body = new String(stream, at, stream.length - at, StandardCharsets.UTF_8);
    return body(body, props).filter(i -> header.toName().equals(top + "@" + i.snapshot()));
  }

  private static Optional<SimImageFile> body(String text, Map<String, Map<String, String>> props) {
    List<String> lines = text.lines().toList();
    if (lines.size() < 2
        || !lines.get(0).equals(MAGIC)
        || !lines.get(1).matches("snapshot [^ ]+( [^ ]+)*")) {
      return Optional.empty();
    }
    Map<String, byte[]> files = new TreeMap<>();
    for (String line : lines.subList(2, lines.size())) {
      String[] f = line.split(" ", 3);
      if (f[0].equals("file") && f.length == 3 && safe(f[1])) {
        try {
          files.put(f[1], Base64.getDecoder().decode(f[2]));
        } catch (IllegalArgumentException e) {
          return Optional.empty();
        }
      } else {
        return Optional.empty();
      }
    }
    List<String> snaps = List.of(lines.get(1).substring(9).split(" "));
    return Optional.of(new SimImageFile(snaps, props, files));
  }

  private static boolean safe(String rel) {
    Path p = Path.of(rel).normalize();
    return !p.isAbsolute() && !p.startsWith("..") && (p.startsWith("conf") || p.startsWith("m"));
  }

  /** Writes the files under {@code potDir}. */
  void extract(Path potDir) {
    files.forEach(
        (rel, content) -> {
          Path target = potDir.resolve(rel);
          PotEnv.mkdirs(target.getParent());
          try {
            Files.write(target, content);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** The {@code .skein} content for image bytes and meta bytes. */
  static String digest(byte[] image, byte[] meta) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-512");
      md.update(image);
      md.update(meta);
      return HexFormat.of().formatHex(md.digest()) + "\n";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Names of the snapshots of {@code dataset} (depth 1), newest last, as pot sorts them. */
  static List<String> snapshots(PotEnv env, String dataset) {
    var r = env.zfs.zfs(List.of("list", "-d", "1", "-H", "-t", "snapshot", "-o", "name", dataset));
    List<String> out = new ArrayList<>();
    r.stdout().lines().sorted().forEach(l -> out.add(l.substring(l.indexOf('@') + 1)));
    return out;
  }
}
