package org.potctl.state.files;

import java.util.Objects;

/**
 * One thing a caller is about to read through {@link HostFiles}, announced to {@link
 * HostFiles#prefetch} so a remote implementation can fetch a whole batch in one round trip.
 *
 * @param kind what to fetch
 * @param path an absolute path on the host
 * @param relative for {@link Kind#EACH_SUBDIRECTORY}: the file to read below each subdirectory
 *     (e.g. {@code conf/pot.conf}); empty otherwise
 */
public record FileRequest(Kind kind, String path, String relative) {

  /** What a request fetches. */
  public enum Kind {
    /** The file's content (or that it is missing or a directory). */
    FILE,
    /** The directory's listing and the content of every regular file directly in it. */
    DIRECTORY,
    /**
     * The directory's listing and, for every subdirectory {@code d}, the file {@code d/relative}.
     */
    EACH_SUBDIRECTORY
  }

  public FileRequest {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(relative, "relative");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("not an absolute path: " + path);
    }
    if ((kind == Kind.EACH_SUBDIRECTORY) == relative.isEmpty()) {
      throw new IllegalArgumentException("a relative file goes with EACH_SUBDIRECTORY only");
    }
  }

  /** Read one file. */
  public static FileRequest file(String path) {
    return new FileRequest(Kind.FILE, path, "");
  }

  /** List a directory and read the regular files directly in it. */
  public static FileRequest directory(String path) {
    return new FileRequest(Kind.DIRECTORY, path, "");
  }

  /** List a directory and read {@code relative} below each of its subdirectories. */
  public static FileRequest eachSubdirectory(String path, String relative) {
    return new FileRequest(Kind.EACH_SUBDIRECTORY, path, relative);
  }
}
