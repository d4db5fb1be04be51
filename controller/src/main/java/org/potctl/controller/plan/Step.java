package org.potctl.controller.plan;

import java.util.List;
import java.util.Objects;
import org.potctl.schema.address.ResourceAddress;

/**
 * One mutation of the host, exactly as apply will run it. Dry-run prints these; apply runs these
 * and nothing else.
 *
 * @param id 1-based, unique in the plan, in an order that respects {@code after}
 * @param address the resource this step belongs to
 * @param kind what the step does; the applier and the journal's evidence decide on it, never on the
 *     argv
 * @param argv the command (pot, zfs), never a shell string
 * @param stdin bytes fed to the command's standard input, usually empty
 * @param after ids of the steps that must have succeeded (and be ready) before this one starts
 * @param ready what must hold on the host after this step before its dependants may start
 */
public record Step(
    int id,
    ResourceAddress address,
    StepKind kind,
    List<String> argv,
    String stdin,
    List<Integer> after,
    Readiness ready) {

  public Step {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(kind, "kind");
    argv = List.copyOf(argv);
    Objects.requireNonNull(stdin, "stdin");
    after = List.copyOf(after);
    Objects.requireNonNull(ready, "ready");
    if (id < 1) {
      throw new IllegalArgumentException("step ids start at 1: " + id);
    }
    for (int dep : after) {
      if (dep >= id) {
        throw new IllegalArgumentException("step " + id + " must come after step " + dep);
      }
    }
  }
}
