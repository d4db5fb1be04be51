package org.potctl.schema.validate;

import java.util.Optional;
import java.util.regex.Pattern;
import org.potctl.schema.bind.KernelTrees;
import org.potctl.schema.bind.StartWrites;

/**
 * Paths that are safe to hand to pot and mount: absolute, normalised, at most 1024 characters, made
 * only of letters, digits and {@code . _ - + @ , =}, with no {@code .} or {@code ..} segment.
 * Nothing a shell or an option parser could misread survives. A path inside the pot ({@link
 * #inPotProblem}) must also stay out of the trees the jail's kernel fills ({@link KernelTrees}:
 * {@code /dev} and {@code /proc}).
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

  /**
   * Why {@code path}, a path inside the pot that pot mounts or copies onto (a mount's {@code at}, a
   * flavour's {@code mount-in -m} and {@code copy-in -d}), is refused, or empty when it is not: an
   * unsafe absolute path, {@code /}, or {@code /dev}, {@code /proc} or anything below them.
   */
  static Optional<String> inPotProblem(String path) {
    return absoluteProblem(path).or(() -> KernelTrees.problem(path));
  }

  /**
   * Why {@code path}, a mount point inside the pot (a mount's {@code at}, a flavour's {@code
   * mount-in -m}), is refused, or empty: {@link #inPotProblem}, or a directory pot start writes
   * into after mounting, or one above it ({@link StartWrites}).
   */
  static Optional<String> mountTargetProblem(String path) {
    return inPotProblem(path).or(() -> StartWrites.problem(path));
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
