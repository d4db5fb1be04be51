package org.potctl.controller.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.potctl.schema.LoadOptions;
import org.potctl.state.statedir.JournalRetention;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options shared by every command (DESIGN.md §5 "common"); inherited by all sub-commands. */
public final class GlobalOptions {

  @Option(
      names = "--host",
      scope = ScopeType.INHERIT,
      paramLabel = "HOST",
      description =
          "Host driver: local | ssh://[user@]host[:port]"
              + " | sim:DIR[?latency=300ms&fail=REGEX&zfs=real:POOL]"
              + " (default: local on FreeBSD with pot installed, else sim:.potctl/sim).")
  String host;

  @Option(
      names = "--spec-id",
      scope = ScopeType.INHERIT,
      paramLabel = "ID",
      description = "Owner id stamped on created objects (default: the spec directory's name).")
  String specId;

  @Option(
      names = "--allow-host-dir",
      scope = ScopeType.INHERIT,
      paramLabel = "PATH",
      description = "Another host directory root that dir mounts may use (default root: /srv).")
  List<Path> allowHostDirs = new ArrayList<>();

  @Option(
      names = "--allow-privileged-attributes",
      scope = ScopeType.INHERIT,
      description =
          "Accept attribute values that weaken a jail (devfs_ruleset 0, children, enforce_statfs"
              + " 0, allow.* permissions); a spec can never allow them itself.")
  boolean allowPrivilegedAttributes;

  @Option(
      names = "--allow-hooks",
      scope = ScopeType.INHERIT,
      description =
          "Accept pot hooks: spec scripts pot runs on the host as root at every start and stop;"
              + " a spec can never allow them itself.")
  boolean allowHooks;

  @Option(
      names = "--image-key",
      scope = ScopeType.INHERIT,
      paramLabel = "PUBKEY",
      description =
          "signify public key on the host that pot import -C verifies spec images with"
              + " (absolute path; unsigned or badly signed images are refused).")
  String imageKey;

  @Option(
      names = "--config",
      scope = ScopeType.INHERIT,
      paramLabel = "FILE",
      description =
          "Defaults for --host, --spec-id, --allow-host-dir and --image-key"
              + " (default: /usr/local/etc/potctl.conf, if it exists).")
  Path config;

  private ConfigFile loaded;

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Verbose output; show stack traces of internal errors.")
  boolean verbose;

  /**
   * The host driver string as given (else the configuration file's), or {@code null} to pick the
   * default.
   */
  public String host() {
    return host != null ? host : config().host().orElse(null);
  }

  /**
   * The owner id as given (else the configuration file's), or {@code null} to derive it from the
   * spec directory.
   */
  public String specId() {
    return specId != null ? specId : config().specId().orElse(null);
  }

  /** Extra allowed roots for {@code dir} mounts: the configuration file's, then those given. */
  public List<Path> allowHostDirs() {
    List<Path> all = new ArrayList<>(config().allowHostDirs());
    all.addAll(allowHostDirs);
    return List.copyOf(all);
  }

  private ConfigFile config() {
    if (loaded == null) {
      loaded = ConfigFile.load(config);
    }
    return loaded;
  }

  /**
   * The signify public key images are verified with: {@code --image-key}, else the configuration
   * file's {@code image-key}; empty when neither is set (images are then checked by hash only).
   */
  public Optional<String> imageKey() {
    return imageKey != null ? Optional.of(imageKey) : config().imageKey();
  }

  /**
   * How many journals per spec id a run keeps when it prunes the state directory: the configuration
   * file's {@code journals-kept}, else {@link JournalRetention#DEFAULT_KEPT}.
   */
  public int journalsKept() {
    return config().journalsKept().orElse(JournalRetention.DEFAULT_KEPT);
  }

  /** Whether {@code --allow-privileged-attributes} was given. */
  public boolean allowPrivilegedAttributes() {
    return allowPrivilegedAttributes;
  }

  /** Whether {@code --allow-hooks} was given. */
  public boolean allowHooks() {
    return allowHooks;
  }

  /** How specs are loaded under these options. */
  public LoadOptions loadOptions() {
    return LoadOptions.withExtraHostDirs(allowHostDirs())
        .withPrivilegedAttributes(allowPrivilegedAttributes)
        .withHooks(allowHooks);
  }

  /** Whether {@code -v} was given. */
  public boolean verbose() {
    return verbose;
  }
}
