package org.potctl.state.files;

import java.util.List;
import java.util.Optional;

/**
 * Read-only access to the host's file system, with paths as absolute strings in the host's syntax
 * so the host need not be this machine. Observation reads pot's files through it.
 */
public interface HostFiles {

  /**
   * The names of the entries of a directory, sorted; empty when it does not exist.
   *
   * @throws org.potctl.state.StateException if it exists but cannot be read
   */
  List<String> list(String directory);

  /** Whether {@code path} is a directory. */
  boolean isDirectory(String path);

  /**
   * The text of a file (UTF-8), or empty when it does not exist.
   *
   * @throws org.potctl.state.StateException if it exists but cannot be read
   */
  Optional<String> read(String path);

  /**
   * The bytes of a file, or empty when it does not exist.
   *
   * @throws org.potctl.state.StateException if it exists but cannot be read
   */
  Optional<byte[]> readBytes(String path);

  /**
   * Announces what the caller is about to read, so an implementation that pays per access (SSH)
   * fetches it all in one round trip. Returns a view that answers those reads from the batch (and
   * anything else as this one does); the default returns {@code this}. The view is a snapshot: use
   * it for one observation only.
   */
  default HostFiles prefetch(List<FileRequest> requests) {
    return this;
  }

  /** This machine's files, through {@code java.nio}. */
  static HostFiles local() {
    return new LocalHostFiles();
  }
}
