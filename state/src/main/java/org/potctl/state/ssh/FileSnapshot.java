package org.potctl.state.ssh;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.potctl.state.StateException;
import org.potctl.state.files.HostFiles;
import org.potctl.state.files.ParseException;

/**
 * What one run of {@link RemoteFileScript} printed, parsed into answers: listings, types and file
 * contents keyed by path. A question the batch does not answer goes to the fallback (one more round
 * trip), or fails when there is none.
 */
final class FileSnapshot implements HostFiles {

  private enum Kind {
    LISTED,
    DIRECTORY,
    FILE,
    UNREAD_FILE,
    MISSING,
    OTHER,
    LINK,
    ERROR
  }

  private record Node(Kind kind, byte[] data, Map<String, Character> entries) {}

  private final Map<String, Node> nodes = new HashMap<>();
  private final Optional<HostFiles> fallback;

  private FileSnapshot(Optional<HostFiles> fallback) {
    this.fallback = fallback;
  }

  /**
   * Parses the script's output.
   *
   * @param source the command, for error messages
   * @throws ParseException if the output is not a sequence of well-formed records
   */
  static FileSnapshot parse(byte[] out, String source, Optional<HostFiles> fallback) {
    FileSnapshot snapshot = new FileSnapshot(fallback);
    Map<String, Character> listing = null;
    int pos = 0;
    int record = 0;
    while (pos < out.length) {
      record++;
      int nl = indexOf(out, (byte) '\n', pos);
      String[] header =
          nl < 0
              ? new String[0]
              : new String(out, pos, nl - pos, StandardCharsets.US_ASCII).split(" ");
      if (header.length != 3 || header[0].length() != 1 || !isLength(header[1], header[2])) {
        throw new ParseException(source, record, "malformed record header at byte " + pos);
      }
      int pathLen = Integer.parseInt(header[1]);
      int dataLen = Integer.parseInt(header[2]);
      int start = nl + 1;
      if ((long) start + pathLen + dataLen > out.length) {
        throw new ParseException(source, record, "record runs past the end of the output");
      }
      String path = new String(out, start, pathLen, StandardCharsets.UTF_8);
      byte[] data = java.util.Arrays.copyOfRange(out, start + pathLen, start + pathLen + dataLen);
      pos = start + pathLen + dataLen;
      char tag = header[0].charAt(0);
      if (tag == '+') {
        if (listing == null || data.length != 1) {
          throw new ParseException(source, record, "directory entry outside a listing");
        }
        listing.put(path, (char) data[0]);
        continue;
      }
      Kind kind = kind(tag, source, record);
      listing = kind == Kind.LISTED ? new TreeMap<>() : null;
      snapshot.nodes.put(normalise(path), new Node(kind, data, listing));
    }
    return snapshot;
  }

  private static boolean isLength(String a, String b) {
    return a.matches("[0-9]{1,9}") && b.matches("[0-9]{1,9}");
  }

  private static Kind kind(char tag, String source, int record) {
    return switch (tag) {
      case 'D' -> Kind.LISTED;
      case 'd' -> Kind.DIRECTORY;
      case 'F' -> Kind.FILE;
      case 'f' -> Kind.UNREAD_FILE;
      case 'M' -> Kind.MISSING;
      case 'O' -> Kind.OTHER;
      case 'L' -> Kind.LINK;
      case 'E' -> Kind.ERROR;
      default -> throw new ParseException(source, record, "unknown record tag '" + tag + "'");
    };
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  static String normalise(String path) {
    String p = path;
    while (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }

  /**
   * What the batch says about {@code path}: its own record, else its parent's listing; a path under
   * an entry the batch saw as a symbolic link is that link (links are not followed).
   */
  private Optional<Node> node(String path) {
    String p = normalise(path);
    for (int slash = p.indexOf('/', 1); slash > 0; slash = p.indexOf('/', slash + 1)) {
      Optional<Node> above = ownOrListed(p.substring(0, slash));
      if (above.isPresent() && above.get().kind() == Kind.LINK) {
        return above;
      }
    }
    return ownOrListed(p);
  }

  private Optional<Node> ownOrListed(String p) {
    Node own = nodes.get(p);
    if (own != null) {
      return Optional.of(own);
    }
    int slash = p.lastIndexOf('/');
    if (slash < 0 || p.equals("/")) {
      return Optional.empty();
    }
    Node parent = nodes.get(slash == 0 ? "/" : p.substring(0, slash));
    if (parent == null || parent.kind() != Kind.LISTED) {
      return Optional.empty();
    }
    Character type = parent.entries().get(p.substring(slash + 1));
    if (type == null || type == 'm') {
      return Optional.of(new Node(Kind.MISSING, new byte[0], null));
    }
    return switch (type) {
      case 'l' -> Optional.of(new Node(Kind.LINK, new byte[0], null));
      case 'd' -> Optional.of(new Node(Kind.DIRECTORY, new byte[0], null));
      case 'f' -> Optional.of(new Node(Kind.UNREAD_FILE, new byte[0], null));
      default -> Optional.of(new Node(Kind.OTHER, new byte[0], null));
    };
  }

  @Override
  public List<String> list(String directory) {
    Optional<Node> n = node(directory);
    if (n.isPresent() && n.get().kind() == Kind.LISTED) {
      return List.copyOf(n.get().entries().keySet());
    }
    if (n.isPresent() && n.get().kind() == Kind.ERROR) {
      throw new StateException("cannot list " + directory + ": " + text(n.get()));
    }
    if (n.isPresent() && n.get().kind() == Kind.LINK) {
      throw linkRefused("list", directory);
    }
    if (n.isPresent() && n.get().kind() != Kind.DIRECTORY) {
      return List.of();
    }
    return fallback().list(directory);
  }

  @Override
  public boolean isDirectory(String path) {
    Optional<Node> n = node(path);
    if (n.isPresent()) {
      return n.get().kind() == Kind.LISTED || n.get().kind() == Kind.DIRECTORY;
    }
    return fallback().isDirectory(path);
  }

  @Override
  public Optional<String> read(String path) {
    return readBytes(path).map(b -> new String(b, StandardCharsets.UTF_8));
  }

  @Override
  public Optional<byte[]> readBytes(String path) {
    Optional<Node> n = node(path);
    if (n.isEmpty() || n.get().kind() == Kind.UNREAD_FILE) {
      return fallback().readBytes(path);
    }
    return switch (n.get().kind()) {
      case FILE -> Optional.of(n.get().data().clone());
      case MISSING -> Optional.empty();
      case LISTED, DIRECTORY ->
          throw new StateException("cannot read " + path + ": it is a directory");
      case OTHER -> throw new StateException("cannot read " + path + ": not a regular file");
      case LINK -> throw linkRefused("read", path);
      default -> throw new StateException("cannot read " + path + ": " + text(n.get()));
    };
  }

  private static StateException linkRefused(String what, String path) {
    return new StateException(
        "cannot " + what + " " + path + ": it is a symbolic link (potctl does not follow links)");
  }

  private static String text(Node n) {
    return new String(n.data(), StandardCharsets.UTF_8).strip();
  }

  private HostFiles fallback() {
    return fallback.orElseThrow(
        () -> new StateException("the remote file listing did not answer this question"));
  }
}
