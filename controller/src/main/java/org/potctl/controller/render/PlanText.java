package org.potctl.controller.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.Change;
import org.potctl.controller.plan.FieldChange;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.Reason;
import org.potctl.controller.plan.Risk;
import org.potctl.controller.plan.Step;
import picocli.CommandLine.Help.Ansi.Style;
import tools.jackson.databind.JsonNode;

/**
 * The human plan, in Terraform's spirit: one block per changing resource with its symbol ({@code +
 * ~ -/+ - > <}), per-field before → after and reasons, then the numbered steps exactly as apply
 * runs them, then the summary line. Colour (picocli {@code Help.Ansi} styles) only when asked for:
 * on a terminal without {@code NO_COLOR} ({@code PlanningArgs.colour}).
 */
public final class PlanText {

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

  private PlanText() {}

  /** The plan as text; {@code colour} adds ANSI colours to the symbols. */
  public static String write(Plan plan, boolean colour) {
    StringWriter out = new StringWriter();
    write(plan, colour, out);
    return out.toString();
  }

  /**
   * Streams the plan as text to {@code out} (flushed, not closed): each change block and each step
   * is written as it is rendered, so the text of a large plan is never held whole.
   */
  public static void write(Plan plan, boolean colour, Writer out) {
    try {
      writeTo(plan, colour, out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeTo(Plan plan, boolean colour, Writer out) throws IOException {
    List<Change> changing = plan.changes().stream().filter(c -> c.action().changes()).toList();
    if (changing.isEmpty() && plan.hasErrors()) {
      out.write("No plan: it has errors (above); fix them and plan again.\n");
      return;
    }
    if (changing.isEmpty()) {
      out.write(
          "No changes. The host matches the spec ("
              + plural(plan.changes().size(), "resource")
              + " checked).\n");
      return;
    }
    out.write("potctl will perform the following actions:\n");
    StringBuilder b = new StringBuilder();
    for (Change c : changing) {
      b.setLength(0);
      b.append('\n');
      change(b, c, colour);
      if (plan.erred(c)) {
        b.append(
            "    ! a plan error above names it: what it needs is not known until that is fixed\n");
      }
      out.append(b);
    }
    out.write("\nSteps:\n");
    int width = String.valueOf(plan.steps().size()).length();
    for (Step s : plan.steps()) {
      b.setLength(0);
      step(b, s, width);
      out.append(b);
    }
    out.write("\n" + summary(plan) + "\n");
    if (plan.hasErrors()) {
      // the changes above are what the spec asks for; the errors make the whole plan unappliable
      out.write("This plan has errors (above): apply refuses it. Fix them and plan again.\n");
    }
  }

  /** One change as the plan shows it: symbol, address, action, reasons and fields. */
  public static String change(Change c, boolean colour) {
    StringBuilder b = new StringBuilder();
    change(b, c, colour);
    return b.toString();
  }

  private static void change(StringBuilder b, Change c, boolean colour) {
    String symbol = paint(c.action().symbol(), c.action(), colour);
    b.append(symbol).append(' ').append(c.address()).append("  ").append(c.action().jsonName());
    if (c.risk() != Risk.NONE) {
      b.append(" (risk: ").append(c.risk().jsonName()).append(')');
    }
    b.append('\n');
    for (Reason reason : c.reasons()) {
      b.append("    # ").append(reason.text()).append('\n');
    }
    for (FieldChange f : c.fields()) {
      b.append("    ").append(field(f)).append('\n');
    }
  }

  private static String field(FieldChange f) {
    if (f.before().isNull()) {
      return "+ " + f.path() + " = " + value(f.after());
    }
    if (f.after().isNull()) {
      return "- " + f.path() + " = " + value(f.before());
    }
    return "~ " + f.path() + " = " + value(f.before()) + " → " + value(f.after());
  }

  private static String value(JsonNode node) {
    return node.toString();
  }

  private static void step(StringBuilder b, Step s, int width) {
    b.append("  ").append(String.format("%" + width + "d", s.id())).append("  ");
    b.append(s.argv().stream().map(PlanText::quote).collect(Collectors.joining(" ")));
    if (!s.stdin().isEmpty()) {
      b.append("  < ").append(plural(s.stdin().lines().count(), "line"));
    }
    if (!s.after().isEmpty()) {
      b.append("  (after ")
          .append(s.after().stream().map(String::valueOf).collect(Collectors.joining(",")))
          .append(')');
    }
    b.append('\n');
  }

  /** A word as a shell would need it, for display only (potctl never runs a shell). */
  static String quote(String word) {
    return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
  }

  /**
   * {@code Plan: 3 to create, 1 to update, 0 to replace, 0 to delete.} (+ start/stop if any, and
   * {@code ; 1 resource with errors} when a plan error names resources, which are then not counted
   * by their action).
   */
  public static String summary(Plan plan) {
    Map<Action, Integer> n = plan.summary();
    List<String> parts = new ArrayList<>();
    parts.add(n.get(Action.CREATE) + " to create");
    parts.add(n.get(Action.UPDATE) + " to update");
    parts.add(n.get(Action.REPLACE) + " to replace");
    parts.add(n.get(Action.DELETE) + " to delete");
    if (n.get(Action.START) > 0) {
      parts.add(n.get(Action.START) + " to start");
    }
    if (n.get(Action.STOP) > 0) {
      parts.add(n.get(Action.STOP) + " to stop");
    }
    int erred = plan.erredCount();
    return "Plan: "
        + String.join(", ", parts)
        + (erred > 0 ? "; " + plural(erred, "resource") + " with errors" : "")
        + ".";
  }

  /** The symbol in its action's colour: picocli's ANSI styles, reset to the default colour. */
  private static String paint(String text, Action action, boolean colour) {
    Optional<Style> style =
        switch (action) {
          case CREATE -> Optional.of(Style.fg_green);
          case UPDATE -> Optional.of(Style.fg_yellow);
          case REPLACE -> Optional.of(Style.fg_magenta);
          case DELETE -> Optional.of(Style.fg_red);
          case START, STOP -> Optional.of(Style.fg_cyan);
          case NOOP -> Optional.empty();
        };
    return colour && style.isPresent() ? style.get().on() + text + style.get().off() : text;
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
