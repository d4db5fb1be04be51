package org.potctl.schema.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

  private static final List<String> KEYS = List.of("depends_on", "mounts", "network", "ports");

  @Test
  void suggestsTheNearestWordWithinAThirdOfItsLength() {
    assertEquals(Optional.of("mounts"), DidYouMean.suggest("muonts", KEYS));
    assertEquals(Optional.of("depends_on"), DidYouMean.suggest("dependson", KEYS));
    assertEquals(Optional.of("ports"), DidYouMean.suggest("PORT", KEYS), "a prefix, any case");
    assertEquals(Optional.empty(), DidYouMean.suggest("volumes", KEYS));
    assertEquals(" (did you mean network?)", DidYouMean.hint("netwrk", KEYS));
    assertEquals("", DidYouMean.hint("zzz", KEYS));
  }

  @Test
  void aHugeWordGetsNoSuggestionAndNoQuadraticWork() {
    assertEquals(Optional.empty(), DidYouMean.suggest("x".repeat(100_000), KEYS));
    assertEquals(Optional.empty(), DidYouMean.suggest("m", List.of("y".repeat(100_000))));
  }
}
