package org.potctl.state.hostdir;

import java.nio.file.Path;
import java.util.Objects;

/** The outcome of resolving a {@code dir} mount's host path: allowed, or refused with a reason. */
public sealed interface HostDirCheck {

  /** The path as written in the spec. */
  String given();

  /**
   * The path is allowed: its real location lies under an allowed root.
   *
   * @param given the path as written in the spec
   * @param real where it leads on the host, symlinks resolved
   * @param root the allowed root (as given, e.g. {@code /srv}) it lies under
   * @param type what is there: pot's {@code mount-in -d} needs a directory; a missing one may be
   *     made before apply; anything else (a file, a FIFO, a socket, a device) cannot be mounted
   */
  record Allowed(String given, Path real, String root, HostFileType type) implements HostDirCheck {
    public Allowed {
      Objects.requireNonNull(given, "given");
      Objects.requireNonNull(real, "real");
      Objects.requireNonNull(root, "root");
      Objects.requireNonNull(type, "type");
    }

    /** Whether it exists and is a directory. */
    public boolean directory() {
      return type == HostFileType.DIRECTORY;
    }
  }

  /**
   * The path is refused: not absolute, not normalised, or leading outside every allowed root.
   *
   * @param given the path as written in the spec
   * @param reason why, e.g. {@code /srv/www leads to /etc outside the allowed roots (/srv)}
   */
  record Refused(String given, String reason) implements HostDirCheck {
    public Refused {
      Objects.requireNonNull(given, "given");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
