package org.potctl.controller.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.potctl.state.statedir.ApplyJournal;
import org.potctl.state.statedir.JournalRecord;

/**
 * Fluent assertions on what the fake host recorded: {@code
 * assertThat(host).since(mark).ranNothing()}, {@code .ran("zfs set potctl:owner=app …")}, {@code
 * .journalsAreComplete()}.
 */
public final class HostAssert {

  private final Potctl host;
  private int from;

  private HostAssert(Potctl host) {
    this.host = host;
  }

  /** Assertions on {@code host}. */
  public static HostAssert assertThat(Potctl host) {
    return new HostAssert(host);
  }

  /** Look at the commands logged from {@code mark} ({@link Potctl#mark}) on. */
  public HostAssert since(int mark) {
    from = mark;
    return this;
  }

  /** No mutating command ran. */
  public HostAssert ranNothing() {
    assertEquals(List.of(), host.mutationsSince(from), "mutations");
    return this;
  }

  /** Exactly these mutating commands ran, in this order. */
  public HostAssert ranInOrder(String... commands) {
    assertEquals(List.of(commands), host.mutationsSince(from), "mutations");
    return this;
  }

  /** Each of these commands ran (among others). */
  public HostAssert ran(String... commands) {
    List<String> ran = host.mutationsSince(from);
    for (String c : commands) {
      assertTrue(ran.contains(c), "'" + c + "' did not run; ran: " + ran);
    }
    return this;
  }

  /** There are exactly {@code n} journals. */
  public HostAssert hasJournals(int n) {
    assertEquals(n, host.journals().size(), host.journals().toString());
    return this;
  }

  /**
   * Every journal that has {@code apply_started} also has {@code apply_finished}, and every step
   * started has an end: nothing looks like a killed apply.
   */
  public HostAssert journalsAreComplete() {
    for (ApplyJournal j : host.journals()) {
      boolean started = has(j, JournalRecord.Event.APPLY_STARTED);
      assertTrue(
          started ? has(j, JournalRecord.Event.APPLY_FINISHED) : j.refused(),
          "apply_started without apply_finished: " + j);
      assertEquals(List.of(), j.unfinishedSteps(), "steps without an end in " + j.applyId());
    }
    return this;
  }

  /**
   * The newest journal is the record of a refused apply ({@code apply_refused}, no step) whose
   * reasons contain {@code text}.
   */
  public HostAssert lastJournalIsARefusal(String text) {
    List<ApplyJournal> all = host.journals();
    ApplyJournal last = all.get(all.size() - 1);
    assertTrue(last.refused(), "not a refusal: " + last);
    assertEquals(List.of(), last.startedSteps(), "a refused apply started steps");
    assertTrue(
        String.join("\n", last.refusal()).contains(text), text + " not in " + last.refusal());
    return this;
  }

  /** The newest journal is a refusal that happened {@code times} times (counted in one journal). */
  public HostAssert lastRefusalHappened(int times) {
    List<ApplyJournal> all = host.journals();
    ApplyJournal last = all.get(all.size() - 1);
    assertTrue(last.refused(), "not a refusal: " + last);
    assertEquals(times, last.refusals(), last.toString());
    return this;
  }

  private static boolean has(ApplyJournal j, JournalRecord.Event event) {
    return j.records().stream().anyMatch(r -> r.event() == event);
  }
}
