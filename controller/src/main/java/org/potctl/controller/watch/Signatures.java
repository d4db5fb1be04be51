package org.potctl.controller.watch;

import com.sun.net.httpserver.Headers;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks HMAC-SHA256 request signatures in the header styles of GitHub ({@code X-Hub-Signature-256:
 * sha256=<hex>}), Gitea ({@code X-Gitea-Signature: <hex>}) and Forgejo ({@code X-Forgejo-Signature:
 * <hex>}). Digests are compared in constant time.
 */
public final class Signatures {

  /** The headers read, in order; the first one present is used. */
  static final List<String> HEADERS =
      List.of("X-Hub-Signature-256", "X-Gitea-Signature", "X-Forgejo-Signature");

  private final Optional<byte[]> secret;

  private Signatures(Optional<byte[]> secret) {
    this.secret = secret.map(byte[]::clone);
  }

  /** Verifies with {@code secret} (the secret file's bytes without a trailing line break). */
  public static Signatures withSecret(byte[] secret) {
    if (secret.length == 0) {
      throw new IllegalArgumentException("the webhook secret is empty");
    }
    return new Signatures(Optional.of(secret));
  }

  /** Refuses every request: no secret was configured. */
  public static Signatures disabled() {
    return new Signatures(Optional.empty());
  }

  /** Whether a secret is configured. */
  public boolean enabled() {
    return secret.isPresent();
  }

  /** Whether {@code headers} carry a valid signature of {@code body}. */
  public boolean verify(Headers headers, byte[] body) {
    if (secret.isEmpty()) {
      return false;
    }
    Optional<byte[]> given = given(headers);
    return given.isPresent() && MessageDigest.isEqual(sign(secret.get(), body), given.get());
  }

  /** The lower-case hex HMAC-SHA256 of {@code body} under {@code key}. */
  public static String signHex(byte[] key, byte[] body) {
    return HexFormat.of().formatHex(sign(key, body));
  }

  private static Optional<byte[]> given(Headers headers) {
    for (String name : HEADERS) {
      String value = headers.getFirst(name);
      if (value == null) {
        continue;
      }
      String hex = value.trim().toLowerCase(Locale.ROOT);
      if (name.equals("X-Hub-Signature-256")) {
        if (!hex.startsWith("sha256=")) {
          return Optional.empty();
        }
        hex = hex.substring("sha256=".length());
      }
      if (!hex.matches("[0-9a-f]{64}")) {
        return Optional.empty();
      }
      return Optional.of(HexFormat.of().parseHex(hex));
    }
    return Optional.empty();
  }

  private static byte[] sign(byte[] key, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is required of every JDK", e);
    }
  }
}
