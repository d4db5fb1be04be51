package org.potctl.controller;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import org.potctl.controller.plan.Change;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.Step;
import org.potctl.schema.diag.Diagnostic;

/**
 * What differs between a saved plan and a fresh plan of the same spec on the same host: the spec
 * digest, host driver and fingerprint, every observed object, every change (action, risk, reasons,
 * fields), every step (address, kind, argv, stdin, order, readiness) and every diagnostic
 * (severity, path, message). One line per difference.
 */
final class PlanDiff {

  private PlanDiff() {}

  static List<String> between(Plan saved, Plan fresh) {
    List<String> out = new ArrayList<>();
    field(out, "spec.digest", saved.specDigest(), fresh.specDigest());
    field(out, "host.driver", saved.hostDriver(), fresh.hostDriver());
    field(out, "host.fingerprint", saved.hostFingerprint(), fresh.hostFingerprint());
    observed(out, saved.observed(), fresh.observed());
    list(out, "changes", saved.changes(), fresh.changes(), PlanDiff::change);
    list(out, "steps", saved.steps(), fresh.steps(), PlanDiff::step);
    list(
        out,
        "diagnostics",
        saved.diagnostics().stream().map(PlanDiff::diagnostic).toList(),
        fresh.diagnostics().stream().map(PlanDiff::diagnostic).toList(),
        d -> d);
    return List.copyOf(out);
  }

  private static void observed(
      List<String> out, Map<String, String> saved, Map<String, String> fresh) {
    SortedSet<String> keys = new TreeSet<>(saved.keySet());
    keys.addAll(fresh.keySet());
    for (String key : keys) {
      String was = saved.get(key);
      String now = fresh.get(key);
      if (was == null) {
        out.add("observed " + key + ": not in the saved plan");
      } else if (now == null) {
        out.add("observed " + key + ": a fresh plan does not read it");
      } else if (!was.equals(now)) {
        out.add("observed " + key + " " + how(was, now));
      }
    }
  }

  private static String how(String saved, String now) {
    if (saved.equals(Plan.ABSENT)) {
      return "appeared";
    }
    return now.equals(Plan.ABSENT) ? "disappeared" : "changed";
  }

  private static String change(Change c) {
    return c.address()
        + " "
        + c.action().jsonName()
        + " (risk: "
        + c.risk().jsonName()
        + ", reasons: "
        + String.join(", ", c.reasons().stream().map(r -> r.code().code()).toList())
        + ")";
  }

  /**
   * A diagnostic as compared: severity, path and message. Not its location, whose file a saved plan
   * may name relative to where {@code plan} ran.
   */
  private static String diagnostic(Diagnostic d) {
    return d.severity().label() + " " + d.qualifiedMessage();
  }

  private static String step(Step s) {
    return s.id() + " " + s.address() + " " + s.kind().code() + " " + s.argv();
  }

  private static void field(List<String> out, String name, Object saved, Object fresh) {
    if (!Objects.equals(saved, fresh)) {
      out.add(name + ": saved " + saved + ", now " + fresh);
    }
  }

  private static <T> void list(
      List<String> out, String name, List<T> saved, List<T> fresh, Function<T, String> label) {
    if (saved.size() != fresh.size()) {
      out.add(name + ": the saved plan has " + saved.size() + ", a fresh plan " + fresh.size());
    }
    for (int i = 0; i < Math.max(saved.size(), fresh.size()); i++) {
      T s = i < saved.size() ? saved.get(i) : null;
      T f = i < fresh.size() ? fresh.get(i) : null;
      if (!Objects.equals(s, f)) {
        out.add(
            name
                + "["
                + i
                + "]: saved "
                + (s == null ? "nothing" : label.apply(s))
                + (s != null && f != null && label.apply(s).equals(label.apply(f))
                    ? " (" + PlanDiffDetails.of(s, f) + ")"
                    : ", now " + (f == null ? "nothing" : label.apply(f))));
      }
    }
  }
}
