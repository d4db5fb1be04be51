package org.potctl.controller.watch;

import com.sun.net.httpserver.Headers;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a signed {@code POST} ({@code /hook}, {@code /suspend}, {@code /resume}) is acted
 * on: a valid signature first; then for {@code /hook} a delivery id never seen before and a body
 * never seen before; for the other two a {@link ControlBody} naming that action with a fresh
 * timestamp, never seen before. A body accepted once is never accepted again, on any path, and
 * {@code /hook} refuses a body shaped like a control body. Only requests that pass are remembered.
 */
final class SignedRequests {

  /** The delivery id headers, in order; the first one present is used. */
  static final List<String> DELIVERY_HEADERS =
      List.of("X-GitHub-Delivery", "X-Gitea-Delivery", "X-Forgejo-Delivery");

  private static final int MAX_DELIVERY_ID = 128;

  /**
   * What to answer.
   *
   * @param status the HTTP status
   * @param result the metric result: accepted, refused, malformed, stale or replayed
   * @param message the text answered (and logged) when refused
   */
  record Verdict(int status, String result, String message) {
    boolean accepted() {
      return status < 300;
    }
  }

  static final Verdict ACCEPTED = new Verdict(200, "accepted", "");

  private final Signatures signatures;
  private final Clock clock;
  private final ReplayGuard seen;

  SignedRequests(Signatures signatures, Clock clock, ReplayGuard seen) {
    this.signatures = signatures;
    this.clock = clock;
    this.seen = seen;
  }

  Verdict check(String path, Headers headers, byte[] body) {
    if (!signatures.enabled()) {
      return new Verdict(403, "refused", "refused: no --webhook-secret-file configured");
    }
    if (!signatures.verify(headers, body)) {
      return new Verdict(401, "refused", "missing or invalid HMAC-SHA256 signature");
    }
    return path.equals("/hook") ? hook(headers, body) : control(path.substring(1), body);
  }

  private Verdict hook(Headers headers, byte[] body) {
    Optional<String> id = deliveryId(headers);
    if (id.isEmpty()) {
      return new Verdict(
          400,
          "malformed",
          "a delivery id is required: one of "
              + String.join(", ", DELIVERY_HEADERS)
              + " (1 to "
              + MAX_DELIVERY_ID
              + " of A-Z a-z 0-9 . _ : -)");
    }
    if (ControlBody.looksLike(body)) {
      return new Verdict(
          400,
          "malformed",
          "malformed: this is a control body of /suspend or /resume, not a delivery");
    }
    if (!seen.firstTime(List.of("delivery:" + id.get(), "body:" + sha256(body)))) {
      return new Verdict(
          409, "replayed", "replayed: delivery " + id.get() + " or its body was seen before");
    }
    return ACCEPTED;
  }

  private Verdict control(String action, byte[] body) {
    Optional<String> problem = ControlBody.problem(action, body, clock.instant());
    if (problem.isPresent()) {
      String text = problem.get();
      boolean stale = text.startsWith("stale");
      return new Verdict(stale ? 403 : 400, stale ? "stale" : "malformed", text);
    }
    if (!seen.firstTime(List.of("body:" + sha256(body)))) {
      return new Verdict(
          409, "replayed", "replayed: this signed body was used before; sign a new timestamp");
    }
    return ACCEPTED;
  }

  private static Optional<String> deliveryId(Headers headers) {
    for (String name : DELIVERY_HEADERS) {
      String value = headers.getFirst(name);
      if (value != null) {
        String id = value.trim();
        boolean ok = !id.isEmpty() && id.length() <= MAX_DELIVERY_ID;
        return ok && id.matches("[A-Za-z0-9._:-]+") ? Optional.of(id) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }
}
