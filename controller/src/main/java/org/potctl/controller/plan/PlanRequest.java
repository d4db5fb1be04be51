package org.potctl.controller.plan;

import java.util.Objects;
import org.potctl.schema.model.Spec;
import org.potctl.state.model.HostState;
import org.potctl.state.statedir.InventorySnapshot;

/**
 * Everything the pure {@link org.potctl.controller.planner.Planner} needs: the validated spec, the
 * observed host and the ids.
 *
 * @param spec the validated spec
 * @param specDir the spec directory as given on the command line (recorded in the plan)
 * @param specId the owner id: stamped on what the plan creates; only objects carrying it are ever
 *     changed or deleted
 * @param host the host as observed just before planning
 * @param hostDriver {@code local}, {@code sim}, … (recorded in the plan)
 * @param flavourDir pot's flavour directory on the host, where spec flavours are written
 * @param applyId the id of the coming apply, e.g. {@code 20261123T135501Z-3fa2}: names trash
 *     entries
 * @param inventory the bridges and flavours potctl recorded as created, per spec id: only those of
 *     {@code specId} are changed or deleted
 * @param interruptions what earlier applies of this spec left half-done (from the host's journal),
 *     so the planner repairs it
 * @param imageKey the operator's signify public key on the host: images are imported with {@code
 *     pot import -C} it; empty imports check the hash only
 * @param allowances what the operator allows beyond the defaults (at plan time: the pots potctl
 *     does not manage that may be cloned)
 */
public record PlanRequest(
    Spec spec,
    String specDir,
    String specId,
    HostState host,
    String hostDriver,
    String flavourDir,
    String applyId,
    InventorySnapshot inventory,
    Interruptions interruptions,
    java.util.Optional<String> imageKey,
    Allowances allowances) {

  public PlanRequest {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(specDir, "specDir");
    Objects.requireNonNull(specId, "specId");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(hostDriver, "hostDriver");
    Objects.requireNonNull(flavourDir, "flavourDir");
    Objects.requireNonNull(applyId, "applyId");
    Objects.requireNonNull(inventory, "inventory");
    Objects.requireNonNull(interruptions, "interruptions");
    Objects.requireNonNull(imageKey, "imageKey");
    Objects.requireNonNull(allowances, "allowances");
  }

  /** A request on a host whose inventory records nothing, without interrupted applies. */
  public PlanRequest(
      Spec spec,
      String specDir,
      String specId,
      HostState host,
      String hostDriver,
      String flavourDir,
      String applyId) {
    this(
        spec,
        specDir,
        specId,
        host,
        hostDriver,
        flavourDir,
        applyId,
        InventorySnapshot.EMPTY,
        Interruptions.NONE,
        java.util.Optional.empty(),
        Allowances.NONE);
  }

  /** This request with the host's {@code inventory}. */
  public PlanRequest withInventory(InventorySnapshot inventory) {
    return new PlanRequest(
        spec,
        specDir,
        specId,
        host,
        hostDriver,
        flavourDir,
        applyId,
        inventory,
        interruptions,
        imageKey,
        allowances);
  }

  /** This request with the journal's {@code interruptions}. */
  public PlanRequest withInterruptions(Interruptions interruptions) {
    return new PlanRequest(
        spec,
        specDir,
        specId,
        host,
        hostDriver,
        flavourDir,
        applyId,
        inventory,
        interruptions,
        imageKey,
        allowances);
  }

  /** This request importing images verified with {@code key}, if given. */
  public PlanRequest withImageKey(java.util.Optional<String> key) {
    return new PlanRequest(
        spec,
        specDir,
        specId,
        host,
        hostDriver,
        flavourDir,
        applyId,
        inventory,
        interruptions,
        key,
        allowances);
  }

  /** This request under the operator's {@code granted} allowances. */
  public PlanRequest withAllowances(Allowances granted) {
    return new PlanRequest(
        spec,
        specDir,
        specId,
        host,
        hostDriver,
        flavourDir,
        applyId,
        inventory,
        interruptions,
        imageKey,
        granted);
  }
}
