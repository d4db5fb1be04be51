package org.potctl.state.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The last model a {@link SimStore} read or wrote, with the version of {@code model.json} it came
 * from. Every save replaces the file by a rename, so a new file key (inode), size or modification
 * time means another writer: the cache is then stale and the file is parsed again. Models are
 * immutable, so handing out the cached one is safe.
 */
final class ModelCache {

  /** What identifies one saved model file. */
  record Version(Object fileKey, long size, FileTime modified) {}

  private Version version;
  private SimModel model;

  /** The version of {@code file} now, or empty if it does not exist or has no file key. */
  static Optional<Version> version(Path file) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return a.fileKey() == null
          ? Optional.empty()
          : Optional.of(new Version(a.fileKey(), a.size(), a.lastModifiedTime()));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  synchronized Optional<SimModel> get(Version current) {
    return Objects.equals(version, current) ? Optional.of(model) : Optional.empty();
  }

  synchronized void put(Version current, SimModel saved) {
    this.version = current;
    this.model = saved;
  }
}
