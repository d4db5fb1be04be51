package org.potctl.controller.plan;

import java.util.Objects;

/**
 * One reason of a {@link Change}: its code, which tools and saved plans compare, and the sentence
 * this change gives for it ({@code base 14.1 → 14.2 cannot change in place}), which people read.
 *
 * @param code what kind of reason it is
 * @param text the sentence shown in the plan
 */
public record Reason(ChangeReason code, String text) {

  public Reason {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
  }
}
