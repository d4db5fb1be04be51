package org.potctl.state.contract;

import java.util.concurrent.atomic.AtomicInteger;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.CommandResult;
import org.potctl.state.exec.CommandRunner;

/** Passes commands through and counts them. */
final class CountingRunner implements CommandRunner {

  private final CommandRunner delegate;
  private final AtomicInteger count = new AtomicInteger();

  CountingRunner(CommandRunner delegate) {
    this.delegate = delegate;
  }

  @Override
  public CommandResult run(Command command) {
    count.incrementAndGet();
    return delegate.run(command);
  }

  int count() {
    return count.get();
  }
}
