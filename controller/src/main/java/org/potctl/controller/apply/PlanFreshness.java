package org.potctl.controller.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.potctl.controller.plan.Plan;
import org.potctl.state.model.Base;
import org.potctl.state.model.Bridge;
import org.potctl.state.model.Dataset;
import org.potctl.state.model.Fingerprints;
import org.potctl.state.model.Flavour;
import org.potctl.state.model.HostState;
import org.potctl.state.model.Jail;
import org.potctl.state.model.Pot;
import org.potctl.state.model.Redirect;

/**
 * Whether a saved plan still describes the host: every fingerprint in {@link Plan#observed()} is
 * recomputed from a fresh observation. Keys: {@code config}, {@code pot.N}, {@code jail.N}, {@code
 * redirects.N}, {@code dataset.NAME}, {@code bridge.N}, {@code flavour.N}, {@code base.R}; an
 * object absent from the host has the fingerprint {@value #ABSENT}.
 */
public final class PlanFreshness {

  /** The fingerprint of an object the plan looked for and did not find. */
  public static final String ABSENT = "absent";

  private PlanFreshness() {}

  /**
   * Every observed object that differs now, one sentence each ({@code pot.web changed}, {@code
   * dataset.zroot/pot/fscomp/data appeared}); empty when the plan is still fresh.
   */
  public static List<String> changes(Plan plan, HostState now) {
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, String> e : plan.observed().entrySet()) {
      String current = current(now, e.getKey()).orElse(null);
      String saved = e.getValue();
      if (current == null) {
        changed.add(e.getKey() + " cannot be checked (unknown kind of object)");
      } else if (!current.equals(saved)) {
        changed.add(e.getKey() + " " + how(saved, current));
      }
    }
    return List.copyOf(changed);
  }

  private static String how(String saved, String current) {
    if (saved.equals(ABSENT)) {
      return "appeared";
    }
    return current.equals(ABSENT) ? "disappeared" : "changed";
  }

  /** The fingerprint of the object {@code key} names on {@code host}; empty for an unknown key. */
  static Optional<String> current(HostState host, String key) {
    if (key.equals("config")) {
      return Optional.of(host.config().fingerprint());
    }
    int dot = key.indexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    String name = key.substring(dot + 1);
    Optional<String> found =
        switch (key.substring(0, dot)) {
          case "pot" -> Optional.ofNullable(host.pots().get(name)).map(Pot::fingerprint);
          case "jail" -> Optional.ofNullable(host.jails().get(name)).map(Jail::fingerprint);
          case "redirects" -> redirects(host, name);
          case "dataset" ->
              Optional.ofNullable(host.datasets().get(name)).map(Dataset::fingerprint);
          case "bridge" -> Optional.ofNullable(host.bridges().get(name)).map(Bridge::fingerprint);
          case "flavour" ->
              Optional.ofNullable(host.flavours().get(name)).map(Flavour::fingerprint);
          case "base" -> Optional.ofNullable(host.bases().get(name)).map(Base::fingerprint);
          default -> null;
        };
    return found == null ? Optional.empty() : Optional.of(found.orElse(ABSENT));
  }

  private static Optional<String> redirects(HostState host, String pot) {
    List<Redirect> redirects = host.redirectsOf(pot);
    if (redirects.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Fingerprints.sha256(
            String.join("\n", redirects.stream().map(Redirect::canonical).toList())));
  }
}
