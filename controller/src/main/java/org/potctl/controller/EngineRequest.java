package org.potctl.controller;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.potctl.schema.LoadOptions;
import org.potctl.state.host.HostSpec;
import org.potctl.state.pot.PotArguments;

/**
 * What to plan: a spec directory on a host.
 *
 * @param dir the spec directory
 * @param host the {@code --host} value, empty for the default
 * @param specId the {@code --spec-id} value, empty for the directory's name
 * @param allowHostDirs extra allowed roots of {@code dir} mounts
 * @param applyId the apply id, empty for a new one ({@link Engine#newApplyId})
 * @param allowPrivilegedAttributes the operator's {@code --allow-privileged-attributes}: accept
 *     attribute values that weaken a jail (never the spec's own choice)
 * @param origin where the spec comes from, as the host inventory records it per spec id (DESIGN
 *     §3.3): empty for the canonical {@code dir}; {@code watch --repo} gives the repository URL +
 *     path
 * @param takeOver whether the spec id was chosen deliberately ({@code --spec-id}, {@code adopt}):
 *     then an id the inventory records for another origin is taken over instead of refused
 * @param imageKey the operator's {@code --image-key} (or the configuration's {@code image-key}):
 *     the signify public key on the host that {@code pot import -C} verifies images with; never the
 *     spec's own choice
 * @param allowHooks the operator's {@code --allow-hooks}: accept {@code hooks}, scripts pot runs on
 *     the host as root (never the spec's own choice)
 */
public record EngineRequest(
    Path dir,
    Optional<String> host,
    Optional<String> specId,
    List<Path> allowHostDirs,
    Optional<String> applyId,
    boolean allowPrivilegedAttributes,
    Optional<String> origin,
    boolean takeOver,
    Optional<String> imageKey,
    boolean allowHooks) {

  public EngineRequest {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(specId, "specId");
    allowHostDirs = List.copyOf(allowHostDirs);
    Objects.requireNonNull(applyId, "applyId");
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
      List<Path> allowHostDirs,
      Optional<String> applyId,
      boolean allowPrivilegedAttributes) {
    this(
        dir,
        host,
        specId,
        allowHostDirs,
        applyId,
        allowPrivilegedAttributes,
        Optional.empty(),
        specId.isPresent(),
        Optional.empty(),
        false);
  }

  /** A request that accepts no privileged attribute values. */
  public EngineRequest(
      Path dir,
      Optional<String> host,
      Optional<String> specId,
      List<Path> allowHostDirs,
      Optional<String> applyId) {
    this(dir, host, specId, allowHostDirs, applyId, false);
  }

  /** How the spec of this request is loaded. */
  public LoadOptions loadOptions() {
    return LoadOptions.withExtraHostDirs(allowHostDirs)
        .withPrivilegedAttributes(allowPrivilegedAttributes)
        .withHooks(allowHooks);
  }

  /** The defaults for {@code dir}: default host, spec id and apply id. */
  public static EngineRequest of(Path dir) {
    return new EngineRequest(dir, Optional.empty(), Optional.empty(), List.of(), Optional.empty());
  }

  /** This request on another host. */
  public EngineRequest withHost(String host) {
    return new EngineRequest(
        dir,
        Optional.of(host),
        specId,
        allowHostDirs,
        applyId,
        allowPrivilegedAttributes,
        origin,
        takeOver,
        imageKey,
        allowHooks);
  }

  /** This request with a fixed apply id (a saved plan's). */
  public EngineRequest withApplyId(String applyId) {
    return new EngineRequest(
        dir,
        host,
        specId,
        allowHostDirs,
        Optional.of(applyId),
        allowPrivilegedAttributes,
        origin,
        takeOver,
        imageKey,
        allowHooks);
  }

  /**
   * This request with an explicit origin and whether its spec id was chosen deliberately ({@code
   * watch}: repository URL + path; {@code adopt}: a takeover).
   */
  public EngineRequest withOrigin(Optional<String> newOrigin, boolean deliberate) {
    return new EngineRequest(
        dir,
        host,
        specId,
        allowHostDirs,
        applyId,
        allowPrivilegedAttributes,
        newOrigin,
        deliberate,
        imageKey,
        allowHooks);
  }

  /** This request verifying imported images with {@code key} (a path on the host), if given. */
  public EngineRequest withImageKey(Optional<String> key) {
    return new EngineRequest(
        dir,
        host,
        specId,
        allowHostDirs,
        applyId,
        allowPrivilegedAttributes,
        origin,
        takeOver,
        key,
        allowHooks);
  }

  /** This request accepting {@code hooks} or not ({@code --allow-hooks}). */
  public EngineRequest withHooks(boolean allow) {
    return new EngineRequest(
        dir,
        host,
        specId,
        allowHostDirs,
        applyId,
        allowPrivilegedAttributes,
        origin,
        takeOver,
        imageKey,
        allow);
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
