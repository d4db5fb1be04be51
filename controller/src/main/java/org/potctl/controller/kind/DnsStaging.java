package org.potctl.controller.kind;

import java.util.List;
import java.util.Optional;
import org.potctl.controller.plan.StepKind;
import org.potctl.schema.model.DnsSpec;
import org.potctl.schema.model.PotSpec;
import org.potctl.state.exec.Command;
import org.potctl.state.pot.PotArguments;

/**
 * A pot's {@code dns: {custom: FILE}} reaches the host the way its hooks do: pot reads the file on
 * the host ({@code create -d custom:PATH} tests {@code [ -r PATH ]} and copies it into the pot's
 * {@code conf/resolv.conf}, create.sh:555-560, 361), so the spec file's content is staged in pot's
 * flavour directory as {@code .potctl-dns-POT.conf} ({@code tee}), named by the create or clone,
 * and removed after it ({@code rm -f}). The path of the spec file on the machine running potctl is
 * never given to the host, where it means nothing (an ssh host) or another file.
 */
final class DnsStaging {

  private DnsStaging() {}

  /** Where the custom resolv.conf of {@code spec} is staged, if it has one. */
  static Optional<String> path(String flavourDir, PotSpec spec) {
    return spec.options().dns().mode() == DnsSpec.Mode.CUSTOM
        ? Optional.of(
            flavourDir + "/.potctl-dns-" + PotArguments.name("pot", spec.name()) + ".conf")
        : Optional.empty();
  }

  /** {@code tee PATH} of the spec's resolv.conf, before the create. */
  static List<StepDraft> stage(String flavourDir, PotSpec spec) {
    return path(flavourDir, spec)
        .map(
            p ->
                List.of(
                    StepDraft.withStdin(
                        StepKind.STAGE_FILE,
                        List.of("tee", p),
                        spec.options().dns().file().orElseThrow().content())))
        .orElse(List.of());
  }

  /** {@code rm -f PATH} of the staged copy, after the create. */
  static List<StepDraft> unstage(String flavourDir, PotSpec spec) {
    return path(flavourDir, spec)
        .map(p -> List.of(StepDraft.of(StepKind.REMOVE_STAGED, Command.of("rm", "-f", p))))
        .orElse(List.of());
  }
}
