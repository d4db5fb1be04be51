package org.potctl.schema.validate;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Paths that are safe to hand to pot and mount: absolute, normalised, at most 1024 characters, made
 * only of letters, digits and {@code . _ - + @ , =}, with no {@code .} or {@code ..} segment.
 * Nothing a shell or an option parser could misread survives.
 */
final class SafePath {

  static final int MAX = 1024;
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._+@,=-]{1,255}");

  private SafePath() {}

  /** Why {@code path} is not a safe absolute path, or empty when it is. */
  static Optional<String> absoluteProblem(String path) {
    if (path.length() > MAX) {
      return Optional.of("is longer than " + MAX + " characters");
    }
    if (!path.startsWith("/")) {
      return Optional.of("must be an absolute path");
    }
    if (path.equals("/")) {
      return Optional.of("must not be /");
    }
    return segmentsProblem(path.substring(1));
  }

  /** Why {@code path} is not a safe relative path, or empty when it is. */
  static Optional<String> relativeProblem(String path) {
    if (path.length() > MAX) {
      return Optional.of("is longer than " + MAX + " characters");
    }
    if (path.startsWith("/")) {
      return Optional.of("must be a relative path");
    }
    return segmentsProblem(path);
  }

  private static Optional<String> segmentsProblem(String rest) {
    for (String segment : rest.split("/", -1)) {
      if (segment.isEmpty()) {
        return Optional.of("must be normalised (no '//' and no trailing '/')");
      }
      if (segment.equals(".") || segment.equals("..")) {
        return Optional.of("must not contain '.' or '..' segments");
      }
      if (!SEGMENT.matcher(segment).matches()) {
        return Optional.of("may only contain letters, digits and . _ - + @ , = between slashes");
      }
      if (segment.startsWith("-")) {
        return Optional.of("must not have a segment starting with '-'");
      }
    }
    return Optional.empty();
  }
}
