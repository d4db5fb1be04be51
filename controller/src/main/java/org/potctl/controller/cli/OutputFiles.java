package org.potctl.controller.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files potctl writes where the operator says ({@code plan --out}, {@code export nomad --out}),
 * often as root and in a directory others can write ({@code /tmp}): each is written to a new file
 * beside it (created exclusively, with its final mode whatever the umask) and renamed over the
 * name, so a symbolic link planted at the name is replaced, never followed to the file it names,
 * and no one reads a half-written file.
 */
final class OutputFiles {

  private OutputFiles() {}

  /** Writes {@code content} to {@code file} with {@code mode} ({@code rw-------}, say). */
  static void replace(Path file, String content, String mode) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Path tmp =
        Files.createTempFile(
            dir,
            ".potctl-",
            ".tmp",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(mode)));
    try {
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
