package org.potctl.controller;

import java.util.List;
import java.util.Optional;
import org.potctl.controller.plan.Plan;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Severity;
import org.potctl.state.host.Host;
import org.potctl.state.model.HostState;
import org.potctl.state.statedir.Inventory;
import org.potctl.state.statedir.InventorySnapshot;

/**
 * Which spec a spec id belongs to on a host (DESIGN §3.3): the inventory records one origin per id.
 * A different origin claiming a recorded id is refused unless the id was chosen deliberately; an
 * apply records its origin before anything runs.
 */
final class SpecOrigins {

  /** The diagnostic path of the takeover warning. */
  static final String PATH = "spec-id";

  /** The diagnostic path of the warning that an id in use without an origin is claimed. */
  static final String UNRECORDED_PATH = "spec-id.origin";

  private SpecOrigins() {}

  /**
   * Checks the claim of {@code request} on {@code specId}.
   *
   * @return a warning when the request takes the id over from another origin
   * @throws SpecIdInUseException when another origin holds the id and the request does not take it
   *     over
   */
  static Optional<Diagnostic> check(
      EngineRequest request, String specId, InventorySnapshot inventory, HostState host) {
    Optional<String> recorded = inventory.origin(specId);
    String claimed = request.resolvedOrigin();
    if (recorded.isEmpty()) {
      return inUse(specId, inventory, host)
          ? Optional.of(unrecorded(specId, claimed))
          : Optional.empty();
    }
    if (recorded.get().equals(claimed)) {
      return Optional.empty();
    }
    if (!request.takeOver()) {
      throw new SpecIdInUseException(specId, recorded.get(), claimed);
    }
    return Optional.of(
        new Diagnostic(
            Severity.WARNING,
            PATH,
            "spec id '"
                + specId
                + "' belonged to the spec at "
                + recorded.get()
                + "; applying takes it over for "
                + claimed
                + " (--spec-id given)",
            Optional.empty(),
            Optional.empty()));
  }

  /**
   * Whether the host knows {@code specId} though no origin is recorded for it: an id in use before
   * potctl recorded origins (inventory records of bridges or flavours, or datasets stamped with
   * it).
   */
  private static boolean inUse(String specId, InventorySnapshot inventory, HostState host) {
    return inventory.specIds().contains(specId)
        || host.datasets().values().stream().anyMatch(d -> d.ownedBy(specId));
  }

  private static Diagnostic unrecorded(String specId, String claimed) {
    return new Diagnostic(
        Severity.WARNING,
        UNRECORDED_PATH,
        "spec id '"
            + specId
            + "' is in use on this host but has no recorded origin (recorded before potctl kept"
            + " origins); applying records "
            + claimed
            + " as its origin, and another spec directory claiming it is refused from then on",
        Optional.empty(),
        Optional.empty());
  }

  /**
   * Whether {@code saved} was made as a takeover of its spec id ({@code plan --spec-id} while the
   * id belonged to another origin): it carries the takeover warning of {@link #check} (path {@value
   * #PATH}). Applying any other saved plan is no takeover, though the plan names its spec id.
   */
  static boolean tookOver(Plan saved) {
    return saved.diagnostics().stream()
        .anyMatch(d -> d.severity() == Severity.WARNING && d.path().equals(PATH));
  }

  /**
   * The warnings of {@link #check} in {@code plan}: the takeover of a spec id, or the claim of one
   * recorded without an origin.
   */
  static List<Diagnostic> warnings(Plan plan) {
    return plan.diagnostics().stream()
        .filter(d -> d.severity() == Severity.WARNING)
        .filter(d -> d.path().equals(PATH) || d.path().equals(UNRECORDED_PATH))
        .toList();
  }

  /** Records the origin of {@code request} for {@code specId} on {@code host} (idempotent). */
  static void claim(Host host, EngineRequest request, String specId) {
    Inventory inventory = new Inventory(host.state());
    String origin = request.resolvedOrigin();
    if (!inventory.origin(specId).equals(Optional.of(origin))) {
      inventory.claim(specId, origin);
    }
  }
}
