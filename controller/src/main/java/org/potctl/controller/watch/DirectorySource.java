package org.potctl.controller.watch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Follows a plain directory ({@code --dir}). Its "commit" is the SHA-256 of every file's relative
 * path and content (dot-directories skipped), so any edit, addition or removal is a new revision.
 */
public final class DirectorySource implements Source {

  private final Path dir;

  /** Follows {@code dir}. */
  public DirectorySource(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
  }

  @Override
  public Revision fetch() throws SourceException {
    if (!Files.isDirectory(dir)) {
      throw new SourceException("directory " + dir + " does not exist or is not a directory");
    }
    try {
      return new Revision("sha256:" + digest(), dir, dir, Optional.empty(), "");
    } catch (IOException e) {
      throw new SourceException("cannot read directory " + dir + ": " + e.getMessage(), e);
    }
  }

  private String digest() throws IOException {
    MessageDigest all = sha256();
    for (Path relative : SpecFilesScan.files(dir)) {
      all.update(relative.toString().getBytes(StandardCharsets.UTF_8));
      all.update((byte) 0);
      MessageDigest one = sha256();
      try (InputStream in =
          new DigestInputStream(Files.newInputStream(dir.resolve(relative)), one)) {
        in.transferTo(OutputStream.nullOutputStream());
      }
      all.update(one.digest());
    }
    return HexFormat.of().formatHex(all.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }

  @Override
  public String describe() {
    return "dir " + dir;
  }
}
