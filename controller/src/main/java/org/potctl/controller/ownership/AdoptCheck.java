package org.potctl.controller.ownership;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.Change;
import org.potctl.controller.plan.InventoryAddresses;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.PlanRequest;
import org.potctl.controller.planner.Planner;
import org.potctl.controller.render.PlanText;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.address.ResourceKind;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.model.BridgeSpec;
import org.potctl.schema.model.Spec;
import org.potctl.state.model.Bridge;
import org.potctl.state.model.Dataset;
import org.potctl.state.model.HostState;
import org.potctl.state.statedir.Inventory;
import org.potctl.state.statedir.InventorySnapshot;
import org.potctl.state.zfs.ZfsCommands;

/**
 * Whether existing objects may be adopted by a spec: each must exist, be nobody's yet and match the
 * spec. A pot or fscomp matches when planning the spec against the host, with its dataset
 * pretending to carry the spec's stamp, neither replaces nor deletes it and reports no error for
 * it; in-place updates are allowed and reported. A bridge matches when its prefix length is the one
 * the spec's size gives; a flavour when its files equal the spec's.
 */
public final class AdoptCheck {

  private AdoptCheck() {}

  /**
   * The verdicts, one per address in order.
   *
   * @param request the plan request for the spec against the host and its inventory as read now
   */
  public static List<Verdict> check(PlanRequest request, List<ResourceAddress> addresses) {
    HostState host = request.host();
    Spec spec = request.spec();
    SortedMap<String, Dataset> pretend = new TreeMap<>(host.datasets());
    SortedMap<String, SortedMap<Inventory.Kind, SortedSet<String>>> recorded =
        new TreeMap<>(request.inventory().specs());
    Map<ResourceAddress, Verdict> decided = new HashMap<>();
    for (ResourceAddress a : addresses) {
      Optional<Verdict> early = early(request, a);
      if (early.isPresent()) {
        decided.put(a, early.get());
      } else if (Verdict.isDataset(a)) {
        Dataset d = host.datasets().get(Verdict.dataset(host, a));
        pretend.put(d.name(), stamped(d, request, protect(spec, a)));
      } else {
        recorded
            .computeIfAbsent(request.specId(), k -> new TreeMap<>())
            .computeIfAbsent(InventoryAddresses.kind(a), k -> new TreeSet<>())
            .add(a.name());
      }
    }
    HostState pretended =
        new HostState(
            host.config(),
            pretend,
            host.pots(),
            host.bridges(),
            host.flavours(),
            host.bases(),
            host.jails(),
            host.redirects(),
            host.incompletePots());
    Plan plan =
        new Planner()
            .plan(
                new PlanRequest(
                        spec,
                        request.specDir(),
                        request.specId(),
                        pretended,
                        request.hostDriver(),
                        request.flavourDir(),
                        request.applyId())
                    .withInventory(new InventorySnapshot(recorded))
                    .withAllowances(request.allowances()));
    List<Verdict> result = new ArrayList<>();
    for (ResourceAddress a : addresses) {
      result.add(decided.containsKey(a) ? decided.get(a) : fromPlan(plan, a, protect(spec, a)));
    }
    return result;
  }

  private static Optional<Verdict> early(PlanRequest request, ResourceAddress a) {
    HostState host = request.host();
    if (!request.spec().addresses().contains(a)) {
      return Optional.of(
          Verdict.refused(a, a + " is not declared in the spec directory " + request.specDir()));
    }
    if (Verdict.isDataset(a)) {
      Dataset d = host.datasets().get(Verdict.dataset(host, a));
      if (d == null) {
        return Optional.of(
            Verdict.refused(
                a,
                Verdict.dataset(host, a) + " does not exist; apply creates it, no adopt needed"));
      }
      return d.owner().map(owner -> owned(a, owner, request.specId(), d.name()));
    }
    boolean present =
        a.kind() == ResourceKind.BRIDGE
            ? host.bridges().containsKey(a.name())
            : host.flavours().containsKey(a.name());
    if (!present) {
      return Optional.of(Verdict.refused(a, "no " + a + " on the host; apply creates it"));
    }
    Optional<String> owner = request.inventory().owner(InventoryAddresses.kind(a), a.name());
    if (owner.isPresent()) {
      return Optional.of(owned(a, owner.get(), request.specId(), "the inventory"));
    }
    if (a.kind() == ResourceKind.BRIDGE) {
      return bridgeMismatch(host.bridges().get(a.name()), request.spec().bridges().get(a.name()));
    }
    return Optional.empty();
  }

  private static Verdict owned(ResourceAddress a, String owner, String specId, String where) {
    return owner.equals(specId)
        ? new Verdict(a, Verdict.Outcome.ALREADY_OWNED, List.of(), false)
        : Verdict.refused(
            a,
            a
                + " belongs to spec '"
                + owner
                + "' ("
                + where
                + "); run 'potctl forget' for that spec first");
  }

  private static Optional<Verdict> bridgeMismatch(Bridge bridge, BridgeSpec spec) {
    int k = 2;
    while ((1L << k) - 2 < spec.size()) {
      k++;
    }
    int prefix = 32 - k;
    if (bridge.prefixLength() == prefix) {
      return Optional.empty();
    }
    return Optional.of(
        Verdict.refused(
            spec.address(),
            "bridge "
                + bridge.name()
                + " is "
                + bridge.network()
                + " but size "
                + spec.size()
                + " needs a /"
                + prefix
                + "; pot cannot resize a bridge"));
  }

  private static Verdict fromPlan(Plan plan, ResourceAddress a, boolean protect) {
    List<String> errors =
        plan.diagnostics().stream()
            .filter(Diagnostic::isError)
            .filter(d -> d.path().equals(a.specPath()) || d.path().equals(a.toString()))
            .map(Diagnostic::message)
            .toList();
    Optional<Change> change = plan.change(a);
    if (change.isEmpty()) {
      List<String> all =
          plan.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::message).toList();
      return new Verdict(a, Verdict.Outcome.REFUSED, all, protect);
    }
    Action action = change.get().action();
    if (!errors.isEmpty()) {
      return new Verdict(a, Verdict.Outcome.REFUSED, errors, protect);
    }
    boolean flavourDiffers = a.kind() == ResourceKind.FLAVOUR && action != Action.NOOP;
    if (action == Action.REPLACE
        || action == Action.DELETE
        || action == Action.CREATE
        || flavourDiffers) {
      List<String> why = new ArrayList<>();
      why.add("it does not match the spec: the next apply would " + action.jsonName() + " it");
      PlanText.change(change.get(), false).lines().forEach(l -> why.add("  " + l));
      return new Verdict(a, Verdict.Outcome.REFUSED, why, protect);
    }
    List<String> next =
        action == Action.NOOP ? List.of() : PlanText.change(change.get(), false).lines().toList();
    return new Verdict(a, Verdict.Outcome.ADOPT, next, protect);
  }

  private static boolean protect(Spec spec, ResourceAddress a) {
    return switch (a.kind()) {
      case POT -> spec.pots().containsKey(a.name()) && spec.pots().get(a.name()).protect();
      case FSCOMP -> spec.fscomps().containsKey(a.name()) && spec.fscomps().get(a.name()).protect();
      default -> false;
    };
  }

  private static Dataset stamped(Dataset d, PlanRequest request, boolean protect) {
    SortedMap<String, String> properties = new TreeMap<>(d.properties());
    if (protect) {
      properties.put(ZfsCommands.PROTECT, "on");
    }
    return new Dataset(
        d.name(),
        d.mountpoint(),
        d.origin(),
        d.usedBytes(),
        Optional.of(request.specId()),
        Optional.of(request.applyId()),
        properties);
  }
}
