package org.potctl.controller;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.potctl.controller.plan.Allowances;
import org.potctl.schema.LoadOptions;
import org.potctl.state.host.HostSpec;
import org.potctl.state.pot.PotArguments;

/**
 * What to plan: a spec directory on a host.
 *
 * @param dir the spec directory
 * @param host the {@code --host} value, empty for the default
 * @param specId the {@code --spec-id} value, empty for the directory's name
 * @param applyId the apply id, empty for a new one ({@link Engine#newApplyId})
 * @param allowances what the operator allows beyond the defaults ({@code --allow-host-dir}, {@code
 *     --allow-privileged-attributes}, {@code --allow-hooks}, {@code --allow-template}); never the
 *     spec's own choice
 * @param origin where the spec comes from, as the host inventory records it per spec id (DESIGN
 *     §3.3): empty for the canonical {@code dir}; {@code watch --repo} gives the repository URL +
 *     path
 * @param takeOver whether the spec id was chosen deliberately ({@code --spec-id}, {@code adopt}):
 *     then an id the inventory records for another origin is taken over instead of refused
 * @param imageKey the operator's {@code --image-key} (or the configuration's {@code image-key}):
 *     the signify public key on the host that {@code pot import -C} verifies images with; never the
 *     spec's own choice
 */
public record EngineRequest(
    Path dir,
    Optional<String> host,
    Optional<String> specId,
    Optional<String> applyId,
    Allowances allowances,
    Optional<String> origin,
    boolean takeOver,
    Optional<String> imageKey) {

  public EngineRequest {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(specId, "specId");
    Objects.requireNonNull(applyId, "applyId");
    Objects.requireNonNull(allowances, "allowances");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(imageKey, "imageKey");
  }

  /**
   * A request whose origin is {@code dir}; a given {@code specId} takes the id over deliberately.
   */
  public EngineRequest(
      Path dir,
      Optional<String> host,
      Optional<String> specId,
      Optional<String> applyId,
      Allowances allowances) {
    this(
        dir,
        host,
        specId,
        applyId,
        allowances,
        Optional.empty(),
        specId.isPresent(),
        Optional.empty());
  }

  /** A request allowing only {@code allowHostDirs} beyond the defaults. */
  public EngineRequest(
      Path dir,
      Optional<String> host,
      Optional<String> specId,
      List<Path> allowHostDirs,
      Optional<String> applyId) {
    this(dir, host, specId, applyId, Allowances.NONE.withHostDirs(allowHostDirs));
  }

  /** How the spec of this request is loaded. */
  public LoadOptions loadOptions() {
    return allowances.loadOptions();
  }

  /** The defaults for {@code dir}: default host, spec id and apply id. */
  public static EngineRequest of(Path dir) {
    return new EngineRequest(dir, Optional.empty(), Optional.empty(), List.of(), Optional.empty());
  }

  /** This request on another host. */
  public EngineRequest withHost(String newHost) {
    return new EngineRequest(
        dir, Optional.of(newHost), specId, applyId, allowances, origin, takeOver, imageKey);
  }

  /** This request with a fixed apply id (a saved plan's). */
  public EngineRequest withApplyId(String newApplyId) {
    return new EngineRequest(
        dir, host, specId, Optional.of(newApplyId), allowances, origin, takeOver, imageKey);
  }

  /**
   * This request with an explicit origin and whether its spec id was chosen deliberately ({@code
   * watch}: repository URL + path; {@code adopt}: a takeover).
   */
  public EngineRequest withOrigin(Optional<String> newOrigin, boolean deliberate) {
    return new EngineRequest(
        dir, host, specId, applyId, allowances, newOrigin, deliberate, imageKey);
  }

  /** This request verifying imported images with {@code key} (a path on the host), if given. */
  public EngineRequest withImageKey(Optional<String> key) {
    return new EngineRequest(dir, host, specId, applyId, allowances, origin, takeOver, key);
  }

  /** This request under {@code granted} instead of its allowances. */
  public EngineRequest withAllowances(Allowances granted) {
    return new EngineRequest(dir, host, specId, applyId, granted, origin, takeOver, imageKey);
  }

  /** The origin recorded for this spec: {@link #origin}, else the canonical spec directory. */
  public String resolvedOrigin() {
    return origin.orElseGet(() -> Pipeline.location(dir));
  }

  /**
   * The spec id: given, or the last element of the spec directory's absolute path.
   *
   * @throws IllegalArgumentException when it is not a valid id (a usage error)
   */
  public String resolvedSpecId() {
    String id =
        specId.orElseGet(
            () -> {
              Path name = dir.toAbsolutePath().normalize().getFileName();
              return name == null ? "" : name.toString();
            });
    return PotArguments.id("spec id", id);
  }

  /**
   * The host this request names.
   *
   * @throws IllegalArgumentException when {@code --host} is malformed (a usage error)
   */
  public HostSpec hostSpec() {
    return host.map(HostSpec::parse).orElseGet(HostSpec::defaultSpec);
  }
}
