package org.potctl.controller.plan;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.potctl.schema.diag.Diagnostic;

/**
 * A plan: what potctl will do, as data (Terraform's plan-as-data). The applier reads only this; it
 * never re-reads the spec. Serialised as the JSON of DESIGN.md §5 ({@code plan -o json}, {@code
 * plan --out}).
 *
 * @param specDir the spec directory as given
 * @param specDigest {@code sha256:…} of every Potfile and flavour script
 * @param hostDriver {@code local}, {@code sim}, …
 * @param hostFingerprint {@code sha256:…} of the whole observed host state
 * @param changes one per resource in spec or owned on the host, sorted by address
 * @param steps the mutations, in a valid execution order
 * @param diagnostics warnings (and errors that make the plan not applyable)
 * @param observed the fingerprint of every observed object the plan read, keyed by object id
 *     ({@code pot/web}, {@code dataset/zroot/pot/fscomp/data}, …): {@code apply PLANFILE} refuses
 *     when any of them changed
 */
public record Plan(
    String specDir,
    String specDigest,
    String hostDriver,
    String hostFingerprint,
    List<Change> changes,
    List<Step> steps,
    List<Diagnostic> diagnostics,
    SortedMap<String, String> observed) {

  /** The version of the JSON plan format. */
  public static final int FORMAT_VERSION = 1;

  public Plan {
    Objects.requireNonNull(specDir, "specDir");
    Objects.requireNonNull(specDigest, "specDigest");
    Objects.requireNonNull(hostDriver, "hostDriver");
    Objects.requireNonNull(hostFingerprint, "hostFingerprint");
    changes = List.copyOf(changes);
    steps = List.copyOf(steps);
    diagnostics = List.copyOf(diagnostics);
    observed = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(observed));
  }

  /** How many changes of each action, every action present (zero included). */
  public Map<Action, Integer> summary() {
    Map<Action, Integer> counts = new EnumMap<>(Action.class);
    for (Action a : Action.values()) {
      counts.put(a, 0);
    }
    changes.forEach(c -> counts.merge(c.action(), 1, Integer::sum));
    return counts;
  }

  /** Whether applying this plan would change the host. */
  public boolean hasChanges() {
    return !steps.isEmpty();
  }

  /** The highest risk of any change. */
  public Risk risk() {
    return changes.stream().map(Change::risk).reduce(Risk.NONE, Risk::max);
  }
}
