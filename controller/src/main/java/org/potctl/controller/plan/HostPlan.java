package org.potctl.controller.plan;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.state.statedir.Inventory;

/**
 * What a host change (adopt, forget, restore, gc) will do, as data: a {@link Plan} (changes and the
 * zfs steps the applier runs, nothing else), the inventory records it writes or removes (bridges
 * and flavours carry no stamp of their own), and lines for the user about what needs nothing or
 * what follows.
 *
 * @param command {@code adopt}, {@code forget}, {@code restore} or {@code gc}
 * @param hostBanner the host's banner line
 * @param plan the changes and steps; its apply id names the journal
 * @param inventory the inventory edits, made under the lock after confirmation
 * @param notes one sentence each, shown with the plan (e.g. {@code pot.web: already managed});
 *     warnings are the plan's diagnostics, never notes
 * @param specIds the spec ids whose objects it changes (the plan's own, those of its inventory
 *     edits, the owners of the datasets it touches), sorted: its journal names them, so a change
 *     killed halfway is reported by those specs' plans
 */
public record HostPlan(
    String command,
    String hostBanner,
    Plan plan,
    List<InventoryEdit> inventory,
    List<String> notes,
    List<String> specIds) {

  public HostPlan {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(hostBanner, "hostBanner");
    Objects.requireNonNull(plan, "plan");
    inventory = List.copyOf(inventory);
    notes = List.copyOf(notes);
    TreeSet<String> ids = new TreeSet<>(specIds);
    if (!plan.specId().isEmpty()) {
      ids.add(plan.specId());
    }
    inventory.forEach(e -> ids.add(e.specId()));
    specIds = List.copyOf(ids);
  }

  /** A host plan touching only the spec ids of its plan and its inventory edits. */
  public HostPlan(
      String command,
      String hostBanner,
      Plan plan,
      List<InventoryEdit> inventory,
      List<String> notes) {
    this(command, hostBanner, plan, inventory, notes, List.of());
  }

  /**
   * This host plan with {@code first} (the spec's warnings) before its plan's own diagnostics
   * ({@link Plan#reported}).
   */
  public HostPlan reported(Iterable<Diagnostic> first) {
    Plan reported = plan.reported(first);
    return reported == plan
        ? this
        : new HostPlan(command, hostBanner, reported, inventory, notes, specIds);
  }

  /** Whether running this plan would change the host (a step or an inventory edit). */
  public boolean hasChanges() {
    return plan.hasChanges() || !inventory.isEmpty();
  }

  /**
   * One inventory edit.
   *
   * @param add record ({@code true}) or remove
   * @param specId the spec the record belongs to
   * @param kind bridge or flavour
   * @param name the object's name
   */
  public record InventoryEdit(boolean add, String specId, Inventory.Kind kind, String name) {
    public InventoryEdit {
      Objects.requireNonNull(specId, "specId");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(name, "name");
    }
  }
}
