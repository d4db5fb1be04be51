package org.potctl.state.sim;

import java.util.List;
import org.potctl.state.exec.CommandResult;

/** Where {@code zfs} commands go: the modelled ZFS or a real pool. */
interface ZfsBackend {

  /** Runs {@code zfs ARGS…} ({@code args} without the program name). */
  CommandResult zfs(List<String> args);

  /**
   * Called once per command before anything else: creates pot's datasets on a new host. Returns
   * whether pot's root is there: a modelled pool whose root {@code pot de-init} destroyed stays
   * without it until {@code pot init}; a real pool is initialised again.
   */
  boolean ensureInitialised();
}
