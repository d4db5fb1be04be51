package org.potctl.controller.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fluent assertions on a {@link Run} (in the spirit of JOSDK's {@code ExecutionAssert}): {@code
 * assertThat(run).exits(3).errContains("refused").outLacks("Steps:")}. Every failure message shows
 * what was printed.
 */
public final class RunAssert {

  private final Run run;

  private RunAssert(Run run) {
    this.run = run;
  }

  /** Assertions on {@code run}. */
  public static RunAssert assertThat(Run run) {
    return new RunAssert(run);
  }

  /** The exit code is {@code code}. */
  public RunAssert exits(int code) {
    assertEquals(code, run.code(), run.all());
    return this;
  }

  /** stdout contains every one of {@code texts}. */
  public RunAssert outContains(String... texts) {
    for (String t : texts) {
      assertTrue(run.out().contains(t), "stdout lacks '" + t + "':\n" + run.out());
    }
    return this;
  }

  /** stderr contains every one of {@code texts}. */
  public RunAssert errContains(String... texts) {
    for (String t : texts) {
      assertTrue(run.err().contains(t), "stderr lacks '" + t + "':\n" + run.err());
    }
    return this;
  }

  /** stdout contains none of {@code texts}. */
  public RunAssert outLacks(String... texts) {
    for (String t : texts) {
      assertFalse(run.out().contains(t), "stdout has '" + t + "':\n" + run.out());
    }
    return this;
  }

  /** stderr contains none of {@code texts}. */
  public RunAssert errLacks(String... texts) {
    for (String t : texts) {
      assertFalse(run.err().contains(t), "stderr has '" + t + "':\n" + run.err());
    }
    return this;
  }

  /** {@code first} appears in stdout, and {@code then} after it. */
  public RunAssert outInOrder(String first, String then) {
    int a = run.out().indexOf(first);
    assertTrue(
        a >= 0 && run.out().indexOf(then, a) > a, first + " then " + then + ":\n" + run.out());
    return this;
  }

  /** The run, for what these assertions do not cover. */
  public Run run() {
    return run;
  }
}
