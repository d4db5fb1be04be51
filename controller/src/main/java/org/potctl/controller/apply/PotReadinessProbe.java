package org.potctl.controller.apply;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.potctl.controller.plan.ImageConfinement;
import org.potctl.controller.plan.Readiness;
import org.potctl.state.StateException;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.CommandResult;
import org.potctl.state.exec.CommandRunner;
import org.potctl.state.files.HostFiles;
import org.potctl.state.model.Redirect;
import org.potctl.state.pf.RdrAnchors;
import org.potctl.state.pot.JlsOutput;

/**
 * Readiness through the host's own tools: one {@code jls} for the jail, one {@code pfctl -a
 * pot-rdr/<anchor> -s nat} for the redirects.
 */
final class PotReadinessProbe implements ReadinessProbe {

  private static final Duration TIMEOUT = Duration.ofMinutes(1);
  private static final Pattern POT_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
  private static final Pattern REDIRECT = Pattern.compile("(tcp|udp)/\\d{1,5}");

  private final CommandRunner runner;
  private final Optional<HostFiles> files;
  private String fsRoot;

  PotReadinessProbe(CommandRunner runner, Optional<HostFiles> files) {
    this.runner = runner;
    this.files = files;
  }

  @Override
  public Optional<String> unmet(Readiness readiness) {
    if (readiness instanceof Readiness.PotRunning running) {
      return unmetRunning(running);
    }
    if (readiness instanceof Readiness.ImageConfined image) {
      return unmetImage(image);
    }
    if (readiness instanceof Readiness.ImageStreamChecked stream) {
      return new ImageStreamCheck(runner).unmet(stream);
    }
    return Optional.empty();
  }

  @Override
  public Optional<String> beforeStart(String pot, Optional<String> mountPoint) {
    return files.isEmpty() ? Optional.empty() : checks().own(pot, mountPoint);
  }

  @Override
  public Optional<String> beforeStartWithDependencies(String pot) {
    return files.isEmpty() ? Optional.empty() : checks().start(pot);
  }

  @Override
  public Optional<String> beforeCreate(String pot, List<String> argv) {
    return files.isEmpty() ? Optional.empty() : checks().create(pot, argv);
  }

  @Override
  public Optional<String> beforeStop(String pot) {
    return files.isEmpty() ? Optional.empty() : checks().stop(pot);
  }

  private StartChecks checks() {
    return new StartChecks(files.get(), this::fsRoot);
  }

  /** pot's {@code POT_FS_ROOT}, asked once ({@code pot config -q -g fs_root}). */
  private synchronized String fsRoot() {
    if (fsRoot == null) {
      Command cmd = Command.of("pot", "config", "-q", "-g", "fs_root").withTimeout(TIMEOUT);
      fsRoot = runner.run(cmd).requireSuccess(cmd).stdout().strip();
    }
    return fsRoot;
  }

  /**
   * Never met by waiting: what an imported image carries does not change, so a problem fails the
   * import step and nothing is cloned from it. Without the host's files nothing can be shown, so
   * the step fails too.
   */
  private Optional<String> unmetImage(Readiness.ImageConfined image) {
    if (files.isEmpty()) {
      return Optional.of(
          "the image pot " + image.pot() + " cannot be checked: no access to the host's files");
    }
    try {
      List<String> problems = importedImage(image, files.get());
      return problems.isEmpty()
          ? Optional.empty()
          : Optional.of(
              "the image pot " + image.pot() + " is not cloned: " + String.join("; ", problems));
    } catch (StateException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** {@link ImageConfinement} of the image pot's files as its {@code pot import} left them. */
  private static List<String> importedImage(Readiness.ImageConfined r, HostFiles files) {
    String jail = (r.fsRoot().endsWith("/") ? r.fsRoot() : r.fsRoot() + "/") + "jails/" + r.pot();
    Set<String> hooks =
        ImageConfinement.HOOKS.stream()
            .filter(type -> files.read(jail + "/conf/" + type + ".sh").isPresent())
            .collect(Collectors.toSet());
    return ImageConfinement.problems(
        r,
        hooks,
        files.read(jail + "/conf/pot.conf").orElse(""),
        files.read(jail + "/conf/fscomp.conf").orElse(""));
  }

  private Optional<String> unmetRunning(Readiness.PotRunning r) {
    if (!POT_NAME.matcher(r.pot()).matches()) {
      return Optional.of("'" + r.pot() + "' is not a pot name");
    }
    try {
      if (!running(r.pot())) {
        return oneShot(r.pot())
            ? Optional.empty()
            : Optional.of("pot " + r.pot() + " is not running (no live jail in jls)");
      }
      if (r.redirects().isEmpty()) {
        return Optional.empty();
      }
      Set<String> active = activeRedirects(Redirect.anchorFor(r.pot()));
      List<String> missing = new ArrayList<>();
      for (String wanted : r.redirects()) {
        if (!REDIRECT.matcher(wanted).matches() || !active.contains(wanted)) {
          missing.add(wanted);
        }
      }
      return missing.isEmpty()
          ? Optional.empty()
          : Optional.of(
              "redirect "
                  + String.join(", ", missing)
                  + " not active in pf anchor pot-rdr/"
                  + Redirect.anchorFor(r.pot()));
    } catch (StateException e) {
      return Optional.of(e.getMessage());
    }
  }

  private boolean running(String pot) {
    Command cmd = Command.of(JlsOutput.ARGV).withTimeout(TIMEOUT);
    CommandResult result = runner.run(cmd).requireSuccess(cmd);
    return JlsOutput.parse(cmd.display(), result.stdout()).stream()
        .anyMatch(j -> j.name().equals(pot) && !j.dying());
  }

  /**
   * Whether the pot is not persistent: {@code pot start} of such a pot returns once its command
   * ended and the pot is stopped again (pot.md §6.4), so a returned start is all there is to wait
   * for.
   */
  private boolean oneShot(String pot) {
    Command cmd =
        Command.of("pot", "get-attribute", "-p", pot, "-A", "persistent", "-q")
            .withTimeout(TIMEOUT);
    CommandResult result = runner.run(cmd);
    return result.succeeded() && result.stdout().strip().equalsIgnoreCase("NO");
  }

  private Set<String> activeRedirects(String anchor) {
    Command cmd = Command.of("pfctl", "-a", "pot-rdr/" + anchor, "-s", "nat").withTimeout(TIMEOUT);
    CommandResult result = runner.run(cmd);
    if (!result.succeeded()
        && (result.stderr().contains("not found") || result.stderr().contains("/dev/pf"))) {
      return Set.of();
    }
    String rules = result.requireSuccess(cmd).stdout();
    String block = "nat-anchor \"" + anchor + "\" all {\n" + rules + "\n}\n";
    return RdrAnchors.parse(cmd.display(), block).stream()
        .map(x -> x.protocol().potName() + "/" + x.hostPort())
        .collect(Collectors.toSet());
  }
}
