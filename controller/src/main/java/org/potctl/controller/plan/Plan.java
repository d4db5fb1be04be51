package org.potctl.controller.plan;

import java.util.EnumMap;
import java.util.LinkedHashSet;
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
 * @param specId the owner id stamped on what this plan creates ({@code potctl:owner})
 * @param specDigest {@code sha256:…} of every Potfile and flavour script
 * @param applyId the id of the apply this plan is for: names trash entries and journal files
 * @param hostDriver {@code local}, {@code sim}, …
 * @param hostFingerprint {@code sha256:…} of the whole observed host state
 * @param changes one per resource in spec or owned on the host, sorted by address
 * @param steps the mutations, in a valid execution order
 * @param diagnostics warnings (and errors that make the plan not applyable)
 * @param observed the fingerprint of every observed object the plan read, keyed by object address
 *     ({@code pot.web}, {@code dataset.zroot/pot/fscomp/data}, {@code jail.web}, {@code
 *     redirects.web}, {@code bridge.b}, {@code flavour.f}, {@code base.14.1}, {@code config}):
 *     {@code apply PLANFILE} refuses when any of them changed (an object absent from the host has
 *     the fingerprint {@link #ABSENT})
 */
public record Plan(
    String specDir,
    String specId,
    String specDigest,
    String applyId,
    String hostDriver,
    String hostFingerprint,
    List<Change> changes,
    List<Step> steps,
    List<Diagnostic> diagnostics,
    SortedMap<String, String> observed) {

  /** The fingerprint recorded for an object the plan looked for and did not find. */
  public static final String ABSENT = "absent";

  public Plan {
    Objects.requireNonNull(specDir, "specDir");
    Objects.requireNonNull(specId, "specId");
    Objects.requireNonNull(specDigest, "specDigest");
    Objects.requireNonNull(applyId, "applyId");
    Objects.requireNonNull(hostDriver, "hostDriver");
    Objects.requireNonNull(hostFingerprint, "hostFingerprint");
    changes = List.copyOf(changes);
    steps = List.copyOf(steps);
    diagnostics = List.copyOf(diagnostics);
    observed = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(observed));
  }

  /** This plan with {@code diagnostics} in place of its own. */
  public Plan withDiagnostics(List<Diagnostic> diagnostics) {
    return new Plan(
        specDir,
        specId,
        specDigest,
        applyId,
        hostDriver,
        hostFingerprint,
        changes,
        steps,
        diagnostics,
        observed);
  }

  /**
   * This plan as every document and every text output reports it: {@code first} (the spec's
   * warnings, e.g. a host directory missing on the host) before the plan's own diagnostics, each
   * once. The one place a command's diagnostics are put together: {@code plan}, {@code apply},
   * {@code status}, {@code graph}, the watcher and the host changes ({@code adopt}, {@code forget},
   * {@code restore}, {@code gc}, {@code image build}) all report a plan made by this method.
   */
  public Plan reported(Iterable<Diagnostic> first) {
    LinkedHashSet<Diagnostic> all = new LinkedHashSet<>();
    first.forEach(all::add);
    if (all.isEmpty()) {
      return this;
    }
    all.addAll(diagnostics);
    return withDiagnostics(List.copyOf(all));
  }

  /** A plan without spec and apply ids (both empty), as tests of the applier build them. */
  public Plan(
      String specDir,
      String specDigest,
      String hostDriver,
      String hostFingerprint,
      List<Change> changes,
      List<Step> steps,
      List<Diagnostic> diagnostics,
      SortedMap<String, String> observed) {
    this(
        specDir,
        "",
        specDigest,
        "",
        hostDriver,
        hostFingerprint,
        changes,
        steps,
        diagnostics,
        observed);
  }

  /**
   * How many changes of each action, every action present (zero included); a change that {@link
   * #erred} is counted by {@link #erredCount} instead, so each resource is counted once.
   */
  public Map<Action, Integer> summary() {
    Map<Action, Integer> counts = new EnumMap<>(Action.class);
    for (Action a : Action.values()) {
      counts.put(a, 0);
    }
    List<Diagnostic> errors = errors();
    changes.stream()
        .filter(c -> !erred(c, errors))
        .forEach(c -> counts.merge(c.action(), 1, Integer::sum));
    return counts;
  }

  /**
   * The errors about the resource at {@code address} or a node inside it ({@link
   * org.potctl.schema.address.ResourceAddress#covers}).
   */
  public List<Diagnostic> errorsAbout(org.potctl.schema.address.ResourceAddress address) {
    return errors().stream().filter(d -> address.covers(d.path())).toList();
  }

  private List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }

  private static boolean erred(Change change, List<Diagnostic> errors) {
    return errors.stream().anyMatch(d -> change.address().covers(d.path()));
  }

  /**
   * Whether an error names the resource of {@code change}: its action is then not decided (the
   * handler stopped at the error, or a later check refused it), whatever {@link Change#action}
   * says.
   */
  public boolean erred(Change change) {
    return erred(change, errors());
  }

  /** How many changes {@link #erred}. */
  public int erredCount() {
    List<Diagnostic> errors = errors();
    return (int) changes.stream().filter(c -> erred(c, errors)).count();
  }

  /** Whether applying this plan would change the host. */
  public boolean hasChanges() {
    return !steps.isEmpty();
  }

  /** Whether a diagnostic is an error: such a plan must not be applied. */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** The change of the resource at {@code address}, if the plan has one. */
  public java.util.Optional<Change> change(org.potctl.schema.address.ResourceAddress address) {
    return changes.stream().filter(c -> c.address().equals(address)).findFirst();
  }

  /** The highest risk of any change. */
  public Risk risk() {
    return changes.stream().map(Change::risk).reduce(Risk.NONE, Risk::max);
  }
}
