package org.potctl.controller;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.potctl.controller.plan.Change;
import org.potctl.controller.plan.FieldChange;
import org.potctl.controller.plan.Reason;
import org.potctl.controller.plan.Step;

/**
 * What differs inside a change or a step whose one-line labels ({@link PlanDiff}) agree: the
 * reasons' sentences, the fields (path, before, after) of a change; the stdin, the order and the
 * postcondition of a step. Each as {@code what: saved X, now Y}.
 */
final class PlanDiffDetails {

  private PlanDiffDetails() {}

  static String of(Object saved, Object fresh) {
    List<String> out = new ArrayList<>();
    if (saved instanceof Change s && fresh instanceof Change f) {
      list(out, "reason", s.reasons(), f.reasons(), Reason::text);
      list(out, "field", s.fields(), f.fields(), PlanDiffDetails::field);
    } else if (saved instanceof Step s && fresh instanceof Step f) {
      one(
          out,
          "stdin",
          s.stdin().length() + " bytes",
          f.stdin().length() + " bytes",
          s.stdin(),
          f.stdin());
      one(out, "after", s.after(), f.after(), s.after(), f.after());
      one(out, "ready", s.ready(), f.ready(), s.ready(), f.ready());
    }
    return out.isEmpty() ? "its details differ" : String.join("; ", out);
  }

  private static String field(FieldChange f) {
    return f.path() + " " + f.before() + " → " + f.after();
  }

  private static void one(
      List<String> out, String what, Object savedShown, Object freshShown, Object s, Object f) {
    if (!Objects.equals(s, f)) {
      out.add(
          what
              + ": saved "
              + savedShown
              + ", now "
              + (savedShown.equals(freshShown) ? freshShown + " (other content)" : freshShown));
    }
  }

  private static <T> void list(
      List<String> out,
      String what,
      List<T> saved,
      List<T> fresh,
      java.util.function.Function<T, String> label) {
    for (int i = 0; i < Math.max(saved.size(), fresh.size()); i++) {
      T s = i < saved.size() ? saved.get(i) : null;
      T f = i < fresh.size() ? fresh.get(i) : null;
      if (!Objects.equals(s, f)) {
        out.add(
            what
                + " "
                + (i + 1)
                + ": saved "
                + (s == null ? "nothing" : "'" + label.apply(s) + "'")
                + ", now "
                + (f == null ? "nothing" : "'" + label.apply(f) + "'"));
      }
    }
  }
}
