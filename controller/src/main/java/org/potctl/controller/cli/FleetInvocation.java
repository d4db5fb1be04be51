package org.potctl.controller.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.potctl.controller.fleet.FleetExit;
import org.potctl.controller.fleet.FleetReport;
import org.potctl.controller.fleet.FleetRun;
import org.potctl.controller.fleet.FleetRun.HostOutcome;
import org.potctl.controller.fleet.HostsInventory;
import org.potctl.controller.fleet.InventoryException;
import org.potctl.controller.fleet.InventoryHost;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * {@code plan --all} and {@code apply --all}: the same command once per host of {@code hosts.yaml}
 * ({@code potctl COMMAND SPEC_DIR --host ADDRESS --spec-id ID --spec-id-from-hosts-file ARGS…}: the
 * hosts file's id takes no id over unless the operator gave {@code --allow-spec-id-takeover}), in
 * parallel, each with its own captured output, then one combined report ({@link FleetReport}) and
 * the aggregated exit code ({@link FleetExit}).
 */
final class FleetInvocation {

  /** Hosts worked on at once. */
  static final int PARALLEL_HOSTS = 8;

  private FleetInvocation() {}

  /** Refuses what {@code --all} replaces: a spec directory and {@code --host}. */
  static void checkUsage(CommandLine cli, Object dir, GlobalOptions global) {
    if (dir != null || global.host != null || global.specId != null) {
      throw new ParameterException(
          cli, "--all takes no DIR, --host or --spec-id: the hosts file names them");
    }
  }

  /**
   * Runs {@code command} on every host of {@code hostsFile} with {@code args} after the host's
   * options, and prints the combined report.
   *
   * @return the aggregated exit code
   */
  static int run(
      String command,
      Path hostsFile,
      List<String> args,
      GlobalOptions global,
      boolean json,
      PrintWriter out,
      PrintWriter err) {
    HostsInventory inventory;
    try {
      inventory = HostsInventory.load(hostsFile);
      List<String> refused = new ArrayList<>();
      if (!global.allowHostsSshConfig) {
        refused.addAll(inventory.sshConfigProblems());
      }
      if (!global.allowHostsLocal) {
        refused.addAll(inventory.localProblems());
        refused.addAll(inventory.specProblems());
      }
      if (!refused.isEmpty()) {
        throw new InventoryException(hostsFile, refused);
      }
    } catch (InventoryException e) {
      err.println(e.getMessage());
      err.flush();
      return ExitCode.ERROR.code();
    }
    List<HostOutcome> outcomes =
        FleetRun.run(
            inventory.hosts(),
            PARALLEL_HOSTS,
            (host, o, e) -> Main.run(argv(command, host, args, global), o, e));
    if (json) {
      out.print(FleetReport.json(outcomes));
    } else {
      out.print(FleetReport.text(outcomes));
    }
    for (HostOutcome o : outcomes) {
      o.err().lines().forEach(line -> err.println(o.host().name() + ": " + line));
    }
    out.flush();
    err.flush();
    return FleetExit.aggregate(outcomes.stream().map(HostOutcome::exitCode).toList());
  }

  static String[] argv(String command, InventoryHost host, List<String> args, GlobalOptions g) {
    List<String> argv = new ArrayList<>(List.of(command, host.specDir().toString()));
    argv.addAll(List.of("--host", host.address(), "--spec-id", host.specId()));
    if (!g.allowSpecIdTakeover) {
      argv.add("--spec-id-from-hosts-file");
    }
    if (g.config != null) {
      argv.addAll(List.of("--config", g.config.toString()));
    }
    g.allowHostDirs().forEach(d -> argv.addAll(List.of("--allow-host-dir", d.toString())));
    g.allowTemplates.forEach(t -> argv.addAll(List.of("--allow-template", t)));
    g.allowImageHosts.forEach(h -> argv.addAll(List.of("--allow-image-host", h)));
    if (g.imageKey != null) {
      argv.addAll(List.of("--image-key", g.imageKey));
    }
    if (g.reservedHostPorts != null) {
      argv.addAll(List.of("--reserved-host-ports", g.reservedHostPorts.parseable()));
    }
    if (g.allowPrivilegedAttributes()) {
      argv.add("--allow-privileged-attributes");
    }
    if (g.allowHooks()) {
      argv.add("--allow-hooks");
    }
    if (g.verbose()) {
      argv.add("-v");
    }
    argv.addAll(args);
    return argv.toArray(String[]::new);
  }
}
