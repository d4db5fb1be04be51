package org.potctl.schema.validate;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Suggests the closest known word for a misspelt one. */
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
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance(w, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    int allowed = Math.max(2, word.length() / 3);
    return best != null && bestDistance <= allowed && word.length() < 100
        ? Optional.of(best)
        : Optional.empty();
  }

  /** {@code " (did you mean X?)"} or empty text. */
  public static String hint(String word, Collection<String> candidates) {
    return suggest(word, candidates).map(s -> " (did you mean " + s + "?)").orElse("");
  }

  static int distance(String a, String b) {
    if (a.length() > 100 || b.length() > 100) {
      return Integer.MAX_VALUE;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
