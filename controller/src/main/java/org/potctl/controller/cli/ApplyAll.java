package org.potctl.controller.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ParameterException;

/**
 * {@code potctl apply --all}: apply's options forwarded to every host of the hosts file through
 * {@link FleetInvocation}.
 */
final class ApplyAll {

  private ApplyAll() {}

  /** Runs {@code c} (an {@code apply --all}) on every host; returns the aggregated exit code. */
  static int run(ApplyCommand c) {
    FleetInvocation.checkUsage(c.spec.commandLine(), c.target, c.parent.global);
    if (!c.yes && !c.dryRun) {
      throw new ParameterException(c.spec.commandLine(), "apply --all needs --yes (or --dry-run)");
    }
    List<String> args = new ArrayList<>();
    args.addAll(List.of("-o", c.output == ApplyCommand.Format.JSON ? "json" : "text"));
    args.addAll(List.of("--parallelism", Integer.toString(c.parallelism)));
    if (c.yes) {
      args.add("--yes");
    }
    if (c.dryRun) {
      args.add("--dry-run");
    }
    if (c.allowDataLoss) {
      args.add("--allow-data-loss");
    }
    if (c.maxDestroy != null) {
      args.addAll(List.of("--max-destroy", c.maxDestroy.toString()));
    }
    return FleetInvocation.run(
        "apply",
        c.hostsFile,
        args,
        c.parent.global,
        c.output == ApplyCommand.Format.JSON,
        c.spec.commandLine().getOut(),
        c.spec.commandLine().getErr());
  }
}
