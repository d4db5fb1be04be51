package org.potctl.controller.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.potctl.controller.watch.DriftMode;
import org.potctl.controller.watch.Signatures;
import org.potctl.controller.watch.WatchHttpServer;
import org.potctl.controller.watch.WatchLog;
import org.potctl.controller.watch.WatchMetrics;
import org.potctl.controller.watch.WatchOptions;
import org.potctl.controller.watch.Watcher;
import org.potctl.state.exec.Durations;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code potctl watch (--repo URL|PATH [--branch B] [--path P] | --dir DIR) …}: the GitOps watcher
 * (DESIGN.md §6). Runs until SIGTERM or SIGINT, then stops scheduling, lets the running reconcile
 * finish (no new apply step starts), and exits 0. Log lines go to stderr as {@code key=value}.
 */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Follow a git branch (or a directory) and keep the host converged to it.",
      "Serves GET /healthz, /metrics, /status and signed POST /hook, /suspend, /resume."
    })
final class WatchCommand implements Callable<Integer> {

  @ParentCommand Main parent;

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  WatchFrom from;

  @Option(names = "--branch", paramLabel = "B", description = "Branch (default: the remote's).")
  String branch;

  @Option(names = "--path", paramLabel = "P", description = "Spec directory inside the repo.")
  String path;

  @Option(
      names = "--interval",
      paramLabel = "DURATION",
      defaultValue = "60s",
      description = "Poll and drift-check interval, ±10%% jitter: 500ms, 30s, 5m (default 60s).")
  String interval;

  @Option(
      names = "--listen",
      paramLabel = "HOST:PORT",
      defaultValue = "127.0.0.1:9108",
      description = "HTTP address (default 127.0.0.1:9108).")
  String listen;

  @Option(
      names = "--webhook-secret-file",
      paramLabel = "FILE",
      description =
          "HMAC-SHA256 secret for /hook, /suspend, /resume (a file only its owner, you or root,"
              + " may use: chmod 600); without it they are refused.")
  Path secretFile;

  @Option(names = "--plan-only", description = "Only plan and report; never apply.")
  boolean planOnly;

  @Option(
      names = "--drift",
      paramLabel = "MODE",
      defaultValue = "heal",
      description = "heal (default): re-apply on drift; warn: only report it.")
  DriftMode drift;

  @Option(
      names = "--work-dir",
      paramLabel = "DIR",
      defaultValue = ".potctl/watch",
      description = "Clone and checkouts (default .potctl/watch).")
  Path workDir;

  @Option(
      names = "--allow-data-loss",
      description = "Allow changes that move data to the trash (else such commits are refused).")
  boolean allowDataLoss;

  @Option(names = "--max-destroy", paramLabel = "N", description = "Refuse plans deleting more.")
  Integer maxDestroy;

  @Override
  public Integer call() throws IOException, InterruptedException {
    WatchOptions options =
        WatchOptions.of(
                from.specId(spec.commandLine(), path, parent.global.specId()),
                WatchArgs.interval(spec.commandLine(), interval))
            .withDrift(drift)
            .withPlanOnly(planOnly);
    InetSocketAddress address = WatchArgs.listen(spec.commandLine(), listen);
    Signatures signatures = WatchArgs.signatures(spec.commandLine(), secretFile);
    Optional<String> host = WatchArgs.host(spec.commandLine(), parent.global.host());
    PrintWriter err = spec.commandLine().getErr();
    WatchArgs.listenWarning(listen, address).ifPresent(err::println);
    WatchLog log = new WatchLog(err, Clock.systemUTC());
    AtomicBoolean stopping = new AtomicBoolean();
    EngineReconciler reconciler =
        new EngineReconciler(
                host,
                // pf would send the webhooks to a jail that exported the watcher's own port
                parent
                    .global
                    .allowances()
                    .withReservedHostPorts(
                        parent.global.reservedHostPorts().with(address.getPort())),
                allowDataLoss,
                maxDestroy == null ? OptionalInt.empty() : OptionalInt.of(maxDestroy),
                stopping::get)
            .withOrigin(from.origin(path), parent.global.specId() != null)
            .withImageKey(parent.global.imageKey())
            .withJournalsKept(parent.global.journalsKept());
    WatchMetrics metrics = new WatchMetrics();
    Watcher watcher =
        new Watcher(
            from.source(spec.commandLine(), branch, path, workDir),
            reconciler,
            options,
            metrics,
            log,
            Clock.systemUTC(),
            new Random());
    WatchHttpServer http;
    try {
      http = WatchHttpServer.start(address, watcher, metrics, signatures, log);
    } catch (IOException e) {
      err.println("potctl: error: cannot listen on " + listen + ": " + e.getMessage());
      err.flush();
      return ExitCode.ERROR.code();
    }
    log.info(
        "started",
        "source",
        from.repo != null ? from.repo : from.dir,
        "listen",
        http.address().getHostString() + ":" + http.address().getPort(),
        "interval",
        Durations.format(options.interval()),
        "drift",
        drift.name().toLowerCase(Locale.ROOT),
        "plan_only",
        planOnly,
        "spec_id",
        options.specId(),
        "hooks",
        signatures.enabled() ? "signed" : "refused");
    CountDownLatch never = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> shutdown(log, stopping, http, watcher, err), "potctl-shutdown"));
    watcher.start();
    never.await();
    return ExitCode.OK.code();
  }

  private static void shutdown(
      WatchLog log,
      AtomicBoolean stopping,
      WatchHttpServer http,
      Watcher watcher,
      PrintWriter err) {
    log.info("stopping", "reason", "signal");
    stopping.set(true);
    http.close();
    boolean idle = watcher.stop(Duration.ofMinutes(10));
    log.info("stopped", "finished_running_reconcile", idle);
    err.flush();
    // SIGTERM is a normal stop for a service: exit 0, not the JVM's 143.
    Runtime.getRuntime().halt(ExitCode.OK.code());
  }
}
