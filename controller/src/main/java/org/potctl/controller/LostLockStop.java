package org.potctl.controller;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.potctl.state.statedir.HostLock;
import org.potctl.state.statedir.Journal;

/**
 * The stop condition of every journalled run (apply and host change alike): the operator's stop
 * request, or the host lock or journal lost while held (an SSH host's connection dropped). Then no
 * further step starts, since another run may already hold the lock. Says so once.
 */
final class LostLockStop implements BooleanSupplier {

  private final BooleanSupplier stopRequested;
  private final BooleanSupplier lost;
  private final Consumer<String> notice;
  private boolean reported;

  LostLockStop(BooleanSupplier stopRequested, BooleanSupplier lost, Consumer<String> notice) {
    this.stopRequested = stopRequested;
    this.lost = lost;
    this.notice = notice;
  }

  /** The stop condition of a run holding {@code held} and writing {@code journal}. */
  static LostLockStop of(
      BooleanSupplier stopRequested, HostLock.Held held, Journal journal, ApplyGate gate) {
    return new LostLockStop(stopRequested, () -> held.lost() || !journal.healthy(), gate::notice);
  }

  @Override
  public boolean getAsBoolean() {
    if (stopRequested.getAsBoolean()) {
      return true;
    }
    boolean gone = lost.getAsBoolean();
    if (gone && !reported) {
      reported = true;
      notice.accept(
          "potctl: the host lock or journal on the host was lost (connection dropped?);"
              + " starting no further step");
    }
    return gone;
  }
}
