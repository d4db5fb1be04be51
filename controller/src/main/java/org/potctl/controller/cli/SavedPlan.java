package org.potctl.controller.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.potctl.controller.apply.PlanFreshness;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.render.PlanJson;
import org.potctl.schema.LoadOptions;
import org.potctl.schema.LoadResult;
import org.potctl.schema.SpecLoader;
import org.potctl.state.HostObserver;
import org.potctl.state.host.Host;
import org.potctl.state.host.HostConnector;
import org.potctl.state.host.HostSpec;
import org.potctl.state.model.HostState;

/**
 * {@code apply PLANFILE}: reads a plan saved by {@code plan --out}, re-observes the host and
 * refuses ({@link ApplyRefused}, exit 3) when anything the plan read changed since: an observed
 * object's fingerprint, the host driver, or the spec (when its directory still exists).
 *
 * @param plan the saved plan, to be run exactly
 * @param host the connected host
 * @param specHasPotfiles whether the plan's spec directory still holds Potfiles (true when it is
 *     gone: the plan was made from it)
 */
record SavedPlan(Plan plan, Host host, boolean specHasPotfiles) {

  private static final long MAX_BYTES = 64L << 20;

  /**
   * Loads {@code file} and checks it against the host {@code hostArg} names (null: the default).
   *
   * @throws IllegalArgumentException when the file is not a readable plan
   * @throws ApplyRefused when the plan is stale
   */
  static SavedPlan load(Path file, String hostArg, List<Path> allowHostDirs) {
    Plan plan = PlanJson.read(read(file));
    HostSpec spec = hostArg == null ? HostSpec.defaultSpec() : HostSpec.parse(hostArg);
    Host host = HostConnector.connect(spec);
    if (!host.driver().equals(plan.hostDriver())) {
      throw new ApplyRefused(
          "the plan was made for a "
              + plan.hostDriver()
              + " host, this is a "
              + host.driver()
              + " host; make a new plan");
    }
    HostState now = HostObserver.create(host.runner(), host.files()).observe();
    List<String> stale = new ArrayList<>(PlanFreshness.changes(plan, now));
    Path specDir = Path.of(plan.specDir());
    boolean specExists = Files.isDirectory(specDir);
    if (specExists) {
      specChange(plan, specDir, allowHostDirs).ifPresent(stale::add);
    }
    if (!stale.isEmpty()) {
      List<String> reasons = new ArrayList<>();
      reasons.add("the host or the spec changed since the plan was made; run 'potctl plan' again:");
      stale.forEach(s -> reasons.add("  " + s));
      throw new ApplyRefused(reasons);
    }
    return new SavedPlan(plan, host, !specExists || SpecDirs.hasPotfiles(specDir));
  }

  private static Optional<String> specChange(Plan plan, Path dir, List<Path> allowHostDirs) {
    LoadResult loaded = new SpecLoader().load(dir, LoadOptions.withExtraHostDirs(allowHostDirs));
    if (loaded.spec().isEmpty()) {
      return Optional.of("spec " + dir + " no longer validates");
    }
    String digest = loaded.spec().get().digest();
    return digest.equals(plan.specDigest())
        ? Optional.empty()
        : Optional.of(
            "spec " + dir + " changed (digest " + plan.specDigest() + " → " + digest + ")");
  }

  private static String read(Path file) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new IllegalArgumentException("larger than " + MAX_BYTES + " bytes");
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read it: " + e.getClass().getSimpleName(), e);
    }
  }
}
