package org.potctl.schema.bind;

import java.util.Optional;

/**
 * A normalised value or the reason it is not valid.
 *
 * @param value the value when valid
 * @param problem what is wrong when not
 * @param <T> the value type
 */
public record Outcome<T>(Optional<T> value, String problem) {

  /** A valid value. */
  public static <T> Outcome<T> ok(T value) {
    return new Outcome<>(Optional.of(value), "");
  }

  /** An invalid value and why. */
  public static <T> Outcome<T> fail(String problem) {
    return new Outcome<>(Optional.empty(), problem);
  }

  /** Whether the value is valid. */
  public boolean isOk() {
    return value.isPresent();
  }

  /** The value; only call when {@link #isOk()}. */
  public T get() {
    return value.orElseThrow(() -> new IllegalStateException(problem));
  }
}
