package org.potctl.controller.hostile;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * The {@code tree:} operations of a {@link HostileDataCase}: entries git cannot hold, made in the
 * spec directory {@code SPEC} before the run. Paths are relative to {@code SPEC}; {@code @ROOT@} in
 * a link target is the spec's parent. {@code UNIT} and {@code PATH} take the escapes {@code \n},
 * {@code \t}, {@code \\} and {@code \}{@code uXXXX} (a file name with a trailing blank or a line
 * feed).
 *
 * <ul>
 *   <li>{@code link PATH TARGET}, {@code hardlink PATH TARGET} (TARGET relative to SPEC, created as
 *       a small script when missing), {@code fifo PATH}, {@code socket PATH}, {@code device PATH}
 *       (a character device like {@code /dev/null}), {@code dir PATH}, {@code mode PATH rwx------};
 *   <li>{@code deep N PATH}: PATH ({@code version: 1}) under N nested directories;
 *   <li>{@code many N DIR}: N Potfiles {@code DIR/pI.yaml}, each {@code version: 1};
 *   <li>{@code repeat PATH COUNT UNIT}: appends UNIT COUNT times to PATH (enormous files).
 * </ul>
 */
final class HostileTree {

  private HostileTree() {}

  static void make(Path spec, String op) throws IOException {
    List<String> w = List.of(op.replace("@ROOT@", spec.getParent().toString()).split(" ", 4));
    Path at = spec.resolve(unescape(w.get(1)));
    Files.createDirectories(at.getParent());
    switch (w.get(0)) {
      case "link" -> Files.createSymbolicLink(at, Path.of(w.get(2)));
      case "hardlink" -> {
        Path target = spec.resolve(w.get(2)).normalize();
        if (!Files.exists(target)) {
          Files.createDirectories(target.getParent());
          Files.writeString(target, "#!/bin/sh\necho outside\n");
        }
        Files.createLink(at, target);
      }
      case "fifo" -> run("mkfifo", at.toString());
      case "device" -> run("mknod", at.toString(), "c", "1", "3");
      case "socket" -> socket(at);
      case "dir" -> Files.createDirectories(at);
      case "mode" -> Files.setPosixFilePermissions(at, PosixFilePermissions.fromString(w.get(2)));
      case "deep" -> deep(spec, Integer.parseInt(w.get(1)), w.get(2));
      case "many" -> {
        for (int i = 0; i < Integer.parseInt(w.get(1)); i++) {
          Files.createDirectories(spec.resolve(w.get(2)));
          Files.writeString(spec.resolve(w.get(2)).resolve("p" + i + ".yaml"), "version: 1\n");
        }
      }
      case "repeat" -> {
        byte[] unit = unescape(w.get(3)).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[unit.length * Integer.parseInt(w.get(2))];
        for (int i = 0; i < all.length; i += unit.length) {
          System.arraycopy(unit, 0, all, i, unit.length);
        }
        Files.write(at, all, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      }
      default -> throw new IllegalStateException("unknown tree operation: " + op);
    }
  }

  /**
   * A socket at {@code at}: bound in a short temporary directory (a socket's path has at most about
   * 100 bytes) and renamed into place, which keeps it a socket.
   */
  private static void socket(Path at) throws IOException {
    Path shortDir = Files.createTempDirectory("s");
    Path bound = shortDir.resolve("s");
    try (ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      s.bind(UnixDomainSocketAddress.of(bound));
    }
    Files.move(bound, at);
    Files.delete(shortDir);
  }

  private static void deep(Path spec, int levels, String file) throws IOException {
    Path d = spec;
    for (int i = 0; i < levels; i++) {
      d = d.resolve("d" + i);
    }
    Files.createDirectories(d);
    Files.writeString(d.resolve(file), "version: 1\n");
  }

  private static void run(String... argv) throws IOException {
    try {
      Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IOException(String.join(" ", argv) + ": " + out);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        b.append(c);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 'n' -> b.append('\n');
        case 't' -> b.append('\t');
        case 'u' -> {
          b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> b.append(n);
      }
    }
    return b.toString();
  }
}
