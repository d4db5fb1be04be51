package org.potctl.schema.model;

import java.nio.file.Path;
import java.util.Objects;

/** What a mount brings into a pot: an fscomp of the spec or a host directory. */
public sealed interface MountSource {

  /**
   * An fscomp declared in the spec ({@code pot mount-in -f}).
   *
   * @param name the fscomp's name
   */
  record Fscomp(String name) implements MountSource {
    /** Checks the name. */
    public Fscomp {
      Names.requireName(name);
    }
  }

  /**
   * A host directory under an allowed root ({@code pot mount-in -d}).
   *
   * @param path absolute, normalised host path without {@code ..}
   */
  record HostDir(Path path) implements MountSource {
    /** Checks the path is absolute and normalised. */
    public HostDir {
      Objects.requireNonNull(path, "path");
      if (!path.isAbsolute() || !path.normalize().equals(path)) {
        throw new IllegalArgumentException("host dir must be absolute and normalised: " + path);
      }
    }
  }
}
