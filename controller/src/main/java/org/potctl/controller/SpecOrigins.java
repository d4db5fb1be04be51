package org.potctl.controller;

import java.util.Optional;
import org.potctl.controller.plan.Plan;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Severity;
import org.potctl.state.host.Host;
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

  private SpecOrigins() {}

  /**
   * Checks the claim of {@code request} on {@code specId}.
   *
   * @return a warning when the request takes the id over from another origin
   * @throws SpecIdInUseException when another origin holds the id and the request does not take it
   *     over
   */
  static Optional<Diagnostic> check(
      EngineRequest request, String specId, InventorySnapshot inventory) {
    Optional<String> recorded = inventory.origin(specId);
    String claimed = request.resolvedOrigin();
    if (recorded.isEmpty() || recorded.get().equals(claimed)) {
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
   * Whether {@code saved} was made as a takeover of its spec id ({@code plan --spec-id} while the
   * id belonged to another origin): it carries the takeover warning of {@link #check} (path {@value
   * #PATH}). Applying any other saved plan is no takeover, though the plan names its spec id.
   */
  static boolean tookOver(Plan saved) {
    return saved.diagnostics().stream()
        .anyMatch(d -> d.severity() == Severity.WARNING && d.path().equals(PATH));
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
