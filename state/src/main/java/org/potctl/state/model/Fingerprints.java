package org.potctl.state.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** The one way observed objects are fingerprinted: {@code sha256:} + hex of a canonical text. */
public final class Fingerprints {

  private Fingerprints() {}

  /** {@code sha256:<64 hex digits>} of the UTF-8 bytes of {@code canonical}. */
  public static String sha256(String canonical) {
    return sha256(canonical.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code sha256:<64 hex digits>} of {@code bytes}. */
  public static String sha256(byte[] bytes) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
      return "sha256:" + HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** A field of a canonical form: the value, or {@code -} when absent. */
  static String opt(Optional<?> value) {
    return value.map(String::valueOf).orElse("-");
  }
}
