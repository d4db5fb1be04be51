package org.potctl.schema.validate;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Suggests the closest known word for a misspelt one: a known word it begins, else the nearest by
 * Levenshtein distance (commons-text) within a third of its length (at least 2 edits).
 */
public final class DidYouMean {

  private DidYouMean() {}

  /** The candidate closest to {@code word}, if it is close enough to be a likely typo. */
  public static Optional<String> suggest(String word, Collection<String> candidates) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.length() >= 3) {
      Optional<String> extension =
          candidates.stream()
              .filter(c -> c.toLowerCase(Locale.ROOT).startsWith(w))
              .sorted()
              .findFirst();
      if (extension.isPresent()) {
        return extension;
      }
    }
    if (word.length() >= 100) {
      return Optional.empty();
    }
    // at most `allowed` edits; the bounded form answers -1 beyond it, in O(length * allowed)
    LevenshteinDistance distance = new LevenshteinDistance(Math.max(2, word.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance.apply(w, candidate.toLowerCase(Locale.ROOT));
      if (d >= 0 && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@code " (did you mean X?)"} or empty text. */
  public static String hint(String word, Collection<String> candidates) {
    return suggest(word, candidates).map(s -> " (did you mean " + s + "?)").orElse("");
  }
}
