package org.potctl.controller.render;

import java.util.List;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.Change;
import org.potctl.controller.plan.FieldChange;
import org.potctl.controller.plan.Plan;
import org.potctl.schema.address.ResourceAddress;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code potctl status}: drift per resource, read off a plan. A resource is {@code in-sync}, {@code
 * missing} (would be created), {@code drifted} (updated, replaced, started or stopped) or {@code
 * extra} (owned, gone from the spec: would be deleted).
 */
public final class StatusReport {

  private StatusReport() {}

  /** The status word of one change. */
  public static String status(Change c) {
    return switch (c.action()) {
      case NOOP -> "in-sync";
      case CREATE -> "missing";
      case DELETE -> "extra";
      case UPDATE, REPLACE, START, STOP -> "drifted";
    };
  }

  /** Whether any resource differs from the spec. */
  public static boolean drift(Plan plan) {
    return plan.changes().stream().anyMatch(c -> c.action() != Action.NOOP);
  }

  /** One line per resource, a summary line, then the unmanaged objects on the host (left alone). */
  public static String text(Plan plan, List<ResourceAddress> unmanaged) {
    StringBuilder b = new StringBuilder();
    int width =
        plan.changes().stream().mapToInt(c -> c.address().toString().length()).max().orElse(0);
    for (Change c : plan.changes()) {
      b.append(String.format("%-" + width + "s  %-8s", c.address(), status(c)));
      if (c.action() != Action.NOOP) {
        b.append("  ").append(c.action().jsonName());
        List<String> paths = c.fields().stream().map(FieldChange::path).toList();
        if (!paths.isEmpty() && c.action() != Action.CREATE) {
          b.append(": ").append(String.join(", ", paths));
        }
      }
      b.append('\n');
    }
    long drifted = plan.changes().stream().filter(c -> c.action() != Action.NOOP).count();
    b.append(
        plan.hasErrors()
            ? "Unknown: the plan has errors (above), so drift cannot be judged.\n"
            : drifted == 0
                ? "In sync: " + plan.changes().size() + " resources match the spec.\n"
                : "Drift: " + drifted + " of " + plan.changes().size() + " resources differ.\n");
    if (!unmanaged.isEmpty()) {
      b.append("Unmanaged on the host (no spec owns them; potctl leaves them alone): ")
          .append(String.join(", ", unmanaged.stream().map(ResourceAddress::toString).toList()))
          .append('\n');
    }
    return b.toString();
  }

  /**
   * The {@link JsonDocument} {@code {"format_version", "drift": bool|null, "resources":
   * [{"address", "status", "action", "fields"}], "unmanaged": [address], "diagnostics"}}; {@code
   * drift} is null when the plan has errors (drift cannot be judged).
   */
  public static String json(Plan plan, List<ResourceAddress> unmanaged) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    if (plan.hasErrors()) {
      root.putNull("drift");
    } else {
      root.put("drift", drift(plan));
    }
    ArrayNode resources = root.putArray("resources");
    for (Change c : plan.changes()) {
      ObjectNode r = resources.addObject();
      r.put("address", c.address().toString());
      r.put("status", status(c));
      r.put("action", c.action().jsonName());
      ArrayNode fields = r.putArray("fields");
      c.fields().forEach(f -> fields.add(f.path()));
    }
    ArrayNode others = root.putArray("unmanaged");
    unmanaged.forEach(a -> others.add(a.toString()));
    return JsonDocument.write(JsonDocument.fields(root), plan.diagnostics());
  }
}
