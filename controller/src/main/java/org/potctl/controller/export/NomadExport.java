package org.potctl.controller.export;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.schema.diag.SourceLocation;
import org.potctl.schema.model.MountSource;
import org.potctl.schema.model.MountSpec;
import org.potctl.schema.model.PotSpec;
import org.potctl.schema.model.Spec;

/**
 * {@code potctl export nomad}: one Nomad job per pot of a valid spec. A pot with a field Nomad
 * cannot express is an error located at that field unless it says {@code nomad: false}; such pots
 * are left out and listed. Bridges, fscomps (with their ZFS properties) and flavours are not jobs:
 * they stay with {@code potctl apply} on each client, and the result lists the fscomps the jobs
 * mount.
 */
public final class NomadExport {

  /**
   * What an export gives.
   *
   * @param jobs one job per exported pot, sorted by pot name; empty when there are errors
   * @param skipped pots left out because they say {@code nomad: false}, sorted
   * @param clientObjects addresses the jobs need on every client, made by {@code potctl apply}
   * @param diagnostics errors (fields without a Nomad equivalent) and warnings
   */
  public record Result(
      List<NomadJob> jobs,
      List<String> skipped,
      SortedSet<ResourceAddress> clientObjects,
      Diagnostics diagnostics) {

    /** Copies every list. */
    public Result {
      jobs = List.copyOf(jobs);
      skipped = List.copyOf(skipped);
      clientObjects = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(clientObjects));
    }
  }

  private NomadExport() {}

  /** A result with nothing in it, for reports of a spec that could not be exported. */
  public static Result emptyResult() {
    return new Result(List.of(), List.of(), new TreeSet<>(), Diagnostics.empty());
  }

  /** Exports every pot of {@code spec}. */
  public static Result export(Spec spec, NomadOptions options) {
    List<NomadJob> jobs = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    SortedSet<ResourceAddress> client = new TreeSet<>();
    Diagnostics.Builder diagnostics = Diagnostics.builder();
    for (PotSpec pot : spec.pots().values()) {
      if (!pot.nomad()) {
        skipped.add(pot.name());
        continue;
      }
      List<NomadRules.Finding> findings = NomadRules.check(spec, pot);
      findings.forEach(
          f ->
              diagnostics.add(
                  Diagnostic.error(
                      f.path(),
                      f.message() + " (or set nomad: false to leave the pot to potctl apply)",
                      spec.locationOf(pot.address(), f.path())
                          .orElse(SourceLocation.startOf(spec.sourceDir())))));
      if (findings.isEmpty()) {
        jobs.add(NomadJobBuilder.build(spec, pot, options));
        pot.mounts().stream()
            .map(MountSpec::source)
            .filter(s -> s instanceof MountSource.Fscomp)
            .forEach(s -> client.add(ResourceAddress.fscomp(((MountSource.Fscomp) s).name())));
      }
    }
    Diagnostics d = diagnostics.build();
    return new Result(d.hasErrors() ? List.of() : jobs, skipped, client, d);
  }
}
