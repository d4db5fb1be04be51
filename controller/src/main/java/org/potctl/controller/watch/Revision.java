package org.potctl.controller.watch;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.potctl.schema.diag.Diagnostic;

/**
 * One fetched revision of the spec.
 *
 * @param id the commit id, or {@code sha256:…} content digest for a plain directory
 * @param root the checkout root; diagnostics are shown relative to it
 * @param specDir the spec directory inside {@code root} (the {@code --path}); may be missing when
 *     the commit lacks the path
 * @param time the commit time, when known
 * @param subject the commit message's first line, or empty
 * @param problems what the source found wrong with the revision's files (a FIFO in a followed
 *     directory, a file too large to copy), located; a revision with problems is invalid and never
 *     reconciled
 */
public record Revision(
    String id,
    Path root,
    Path specDir,
    Optional<Instant> time,
    String subject,
    List<Diagnostic> problems) {

  /** Checks every part is present. */
  public Revision {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(specDir, "specDir");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(subject, "subject");
    problems = List.copyOf(problems);
  }

  /** A revision without problems. */
  public Revision(String id, Path root, Path specDir, Optional<Instant> time, String subject) {
    this(id, root, specDir, time, subject, List.of());
  }

  /** The id shortened for logs: 12 characters of a commit, or the digest's first 12 hex digits. */
  public String shortId() {
    String hex = id.startsWith("sha256:") ? id.substring("sha256:".length()) : id;
    return hex.length() <= 12 ? hex : hex.substring(0, 12);
  }
}
