package org.potctl.controller.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.potctl.controller.plan.Interruptions;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.PlanRequest;
import org.potctl.controller.plan.Planner;
import org.potctl.schema.LoadOptions;
import org.potctl.schema.LoadResult;
import org.potctl.schema.SpecLoader;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.schema.model.Spec;
import org.potctl.state.HostObserver;
import org.potctl.state.files.HostFiles;
import org.potctl.state.host.Host;
import org.potctl.state.host.HostConnector;
import org.potctl.state.host.HostSpec;
import org.potctl.state.hostdir.HostDirResolver;
import org.potctl.state.model.HostState;
import org.potctl.state.pot.PotArguments;
import org.potctl.state.ssh.SshRunner;
import org.potctl.state.statedir.Inventory;
import org.potctl.state.statedir.InventorySnapshot;
import org.potctl.state.statedir.JournalReader;

/**
 * The pipeline {@code plan}, {@code status}, {@code apply} and {@code watch} share: load and
 * validate the spec directory, connect the host, observe it, plan. Usable without picocli.
 */
public final class Planning {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /** How many of the newest journals the planner reads for half-done objects. */
  static final int JOURNALS_READ = 50;

  private Planning() {}

  /**
   * What to plan.
   *
   * @param dir the spec directory
   * @param host the {@code --host} value, empty for the default
   * @param specId the {@code --spec-id} value, empty for the directory's name
   * @param allowHostDirs extra allowed roots of {@code dir} mounts
   * @param applyId the apply id, empty for a new one ({@link #newApplyId})
   */
  public record Options(
      Path dir,
      Optional<String> host,
      Optional<String> specId,
      List<Path> allowHostDirs,
      Optional<String> applyId) {

    public Options {
      Objects.requireNonNull(dir, "dir");
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(specId, "specId");
      allowHostDirs = List.copyOf(allowHostDirs);
      Objects.requireNonNull(applyId, "applyId");
    }

    /** The defaults for {@code dir}: default host, spec id and apply id. */
    public static Options of(Path dir) {
      return new Options(dir, Optional.empty(), Optional.empty(), List.of(), Optional.empty());
    }

    /** These options on another host. */
    public Options withHost(String host) {
      return new Options(dir, Optional.of(host), specId, allowHostDirs, applyId);
    }
  }

  /** The outcome: an invalid spec, or a plan. */
  public sealed interface Result permits Invalid, Planned {
    /** The spec's diagnostics (warnings only when planned). */
    Diagnostics specDiagnostics();
  }

  /**
   * The spec is invalid: nothing was observed (exit 1).
   *
   * @param specDiagnostics every problem, with its location
   */
  public record Invalid(Diagnostics specDiagnostics) implements Result {}

  /**
   * A plan was made.
   *
   * @param specDiagnostics the spec's warnings
   * @param spec the validated spec
   * @param specId the owner id used
   * @param host the connected host
   * @param state the host as observed
   * @param plan the plan
   * @param inventory the host's inventory as read for the plan
   */
  public record Planned(
      Diagnostics specDiagnostics,
      Spec spec,
      String specId,
      Host host,
      HostState state,
      Plan plan,
      InventorySnapshot inventory)
      implements Result {}

  /**
   * Runs the pipeline.
   *
   * @throws IllegalArgumentException when {@code --host} or the spec id is malformed (a usage
   *     error)
   * @throws org.potctl.state.StateException when the host cannot be observed
   */
  public static Result run(Options options) {
    String specId = specId(options);
    HostSpec hostSpec = options.host().map(HostSpec::parse).orElseGet(HostSpec::defaultSpec);
    LoadResult loaded =
        new SpecLoader()
            .load(options.dir(), LoadOptions.withExtraHostDirs(options.allowHostDirs()));
    if (loaded.spec().isEmpty()) {
      return new Invalid(loaded.diagnostics());
    }
    Diagnostics diagnostics = loaded.diagnostics();
    LoadOptions roots = LoadOptions.withExtraHostDirs(options.allowHostDirs());
    if (!(hostSpec instanceof HostSpec.Ssh)) {
      diagnostics =
          diagnostics.plus(
              HostDirMounts.check(
                  loaded.spec().get(), roots.allowedHostDirs(), HostDirResolver.local()));
      if (diagnostics.hasErrors()) {
        return new Invalid(diagnostics);
      }
    }
    Host host = HostConnector.connect(hostSpec);
    if (host.sshRunner().isPresent()) {
      try {
        SshRunner ssh = host.sshRunner().get();
        diagnostics = diagnostics.plus(HostDirMounts.checkRemote(loaded.spec().get(), roots, ssh));
      } catch (RuntimeException e) {
        host.close();
        throw e;
      }
      if (diagnostics.hasErrors()) {
        host.close();
        return new Invalid(diagnostics);
      }
    }
    HostFiles files = host.files();
    HostState state = HostObserver.create(host.runner(), files).observe();
    String flavourDir =
        HostObserver.flavourDirectory(files, state.config().fsRoot(), Optional.empty());
    String applyId = options.applyId().orElseGet(Planning::newApplyId);
    InventorySnapshot inventory = new Inventory(host.state()).snapshot();
    PlanRequest request =
        new PlanRequest(
                loaded.spec().get(),
                options.dir().toString(),
                specId,
                state,
                host.driver(),
                flavourDir,
                PotArguments.id("apply id", applyId))
            .withInventory(inventory)
            .withInterruptions(interruptions(host, specId));
    Plan plan = new Planner().plan(request);
    return new Planned(diagnostics, loaded.spec().get(), specId, host, state, plan, inventory);
  }

  /**
   * What the applies of {@code specId} since its last successful one left half-done, from the
   * journals in the host's state directory; none when they cannot be read.
   */
  static Interruptions interruptions(Host host, String specId) {
    try {
      return Interruptions.from(
          new JournalReader(host.state()).unsuccessfulSince(specId, JOURNALS_READ));
    } catch (RuntimeException e) {
      return Interruptions.NONE;
    }
  }

  /** The spec id: given, or the last element of the spec directory's absolute path. */
  public static String specId(Options options) {
    String id =
        options
            .specId()
            .orElseGet(
                () -> {
                  Path name = options.dir().toAbsolutePath().normalize().getFileName();
                  return name == null ? "" : name.toString();
                });
    return PotArguments.id("spec id", id);
  }

  /**
   * A new apply id: the UTC time and four random hex digits, e.g. {@code 20261123T135501Z-3fa2}.
   */
  public static String newApplyId() {
    return applyId(Instant.now(), RandomGenerator.getDefault());
  }

  /** The apply id for {@code now} with random digits from {@code random}. */
  static String applyId(Instant now, RandomGenerator random) {
    byte[] bytes = new byte[2];
    random.nextBytes(bytes);
    return STAMP.format(now) + "-" + HexFormat.of().formatHex(bytes);
  }
}
