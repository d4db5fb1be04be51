package org.potctl.controller.kind;

import java.util.Objects;
import java.util.Optional;
import org.potctl.controller.plan.Allowances;
import org.potctl.controller.plan.Interruptions;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Severity;
import org.potctl.schema.diag.SourceLocation;
import org.potctl.schema.model.Spec;
import org.potctl.state.model.HostState;
import org.potctl.state.statedir.InventorySnapshot;

/**
 * What every handler reads: the spec, the observed host and the ids.
 *
 * @param spec the validated spec
 * @param specDir the spec directory as given on the command line (named in hints)
 * @param host the observed host
 * @param specId the owner id
 * @param applyId the apply id (names trash entries)
 * @param flavourDir pot's flavour directory on the host
 * @param inventory the bridges and flavours potctl recorded as created, per spec id
 * @param interruptions what earlier applies of this spec left half-done
 * @param imageKey the operator's signify public key on the host for {@code pot import -C}
 * @param allowances what the operator allows beyond the defaults
 */
public record PlanContext(
    Spec spec,
    String specDir,
    HostState host,
    String specId,
    String applyId,
    String flavourDir,
    InventorySnapshot inventory,
    Interruptions interruptions,
    Optional<String> imageKey,
    Allowances allowances) {

  public PlanContext {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(specDir, "specDir");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(specId, "specId");
    Objects.requireNonNull(applyId, "applyId");
    Objects.requireNonNull(flavourDir, "flavourDir");
    Objects.requireNonNull(inventory, "inventory");
    Objects.requireNonNull(interruptions, "interruptions");
    Objects.requireNonNull(imageKey, "imageKey");
    Objects.requireNonNull(allowances, "allowances");
  }

  /** A context without evidence of interrupted applies. */
  public PlanContext(
      Spec spec,
      String specDir,
      HostState host,
      String specId,
      String applyId,
      String flavourDir,
      InventorySnapshot inventory) {
    this(
        spec,
        specDir,
        host,
        specId,
        applyId,
        flavourDir,
        inventory,
        Interruptions.NONE,
        Optional.empty(),
        Allowances.NONE);
  }

  /** An error about {@code address}, at its declaration when it has one. */
  public Diagnostic error(ResourceAddress address, String message) {
    return diagnostic(Severity.ERROR, address, message);
  }

  /**
   * An error at {@code path} ({@code pots.P.FIELD…}) of the resource at {@code address}, located
   * where the spec wrote that node, else at the resource's declaration.
   */
  public Diagnostic errorAt(ResourceAddress address, String path, String message) {
    return new Diagnostic(
        Severity.ERROR, path, message, spec.locationOf(address, path), Optional.empty());
  }

  /** A warning about {@code address}, at its declaration when it has one. */
  public Diagnostic warning(ResourceAddress address, String message) {
    return diagnostic(Severity.WARNING, address, message);
  }

  private Diagnostic diagnostic(Severity severity, ResourceAddress address, String message) {
    Optional<SourceLocation> at = spec.locationOf(address);
    String path = at.isPresent() ? address.specPath() : address.toString();
    return new Diagnostic(severity, path, message, at, Optional.empty());
  }
}
