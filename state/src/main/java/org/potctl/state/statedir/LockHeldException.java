package org.potctl.state.statedir;

import java.nio.file.Path;
import java.util.Optional;
import org.potctl.state.StateException;

/**
 * The host lock is held by another process (or another apply in this one): the command must refuse
 * (exit 3). The message names the holder when its metadata could be read.
 */
public final class LockHeldException extends StateException {

  private static final long serialVersionUID = 1L;

  private final transient Optional<LockHolder> holder;

  LockHeldException(Path lockFile, Optional<LockHolder> holder) {
    this(lockFile.toString(), holder);
  }

  LockHeldException(String lockLocation, Optional<LockHolder> holder) {
    super(
        "host is locked ("
            + lockLocation
            + ") by "
            + holder.map(LockHolder::describe).orElse("another process (holder unknown)"));
    this.holder = holder;
  }

  /** The holder, when its metadata could be read. */
  public Optional<LockHolder> holder() {
    return holder;
  }
}
