package org.potctl.controller.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.potctl.controller.plan.Allowances;
import org.potctl.schema.LoadOptions;
import org.potctl.schema.bind.ReservedHostPorts;
import org.potctl.state.pot.PotArguments;
import org.potctl.state.statedir.JournalRetention;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.TypeConversionException;

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
          "Accept attribute values that weaken a jail (a devfs_ruleset but 4 or 1, children,"
              + " enforce_statfs 0, sysv* inherit, no-tmpfs, allow.* permissions); a spec can never allow"
              + " them itself.")
  boolean allowPrivilegedAttributes;

  @Option(
      names = "--allow-hooks",
      scope = ScopeType.INHERIT,
      description =
          "Accept pot hooks: spec scripts pot runs on the host as root at every start and stop;"
              + " a spec can never allow them itself.")
  boolean allowHooks;

  @Option(
      names = "--allow-hosts-ssh-config",
      scope = ScopeType.INHERIT,
      description =
          "With --all: accept ssh://...?config=FILE in the hosts file (an OpenSSH client"
              + " configuration runs programs on this machine); only for a hosts file no one"
              + " else can edit.")
  boolean allowHostsSshConfig;

  @Option(
      names = "--allow-hosts-local",
      scope = ScopeType.INHERIT,
      description =
          "With --all: accept hosts-file addresses that act on this machine (local, sim:DIR"
              + " outside the hosts file's directory, sim:...?zfs=real:POOL) and spec directories"
              + " outside it (also through a link); only for a hosts file no one else can edit.")
  boolean allowHostsLocal;

  @Option(
      names = "--allow-spec-id-takeover",
      scope = ScopeType.INHERIT,
      description =
          "With --all: let a hosts-file spec id (spec_id, or the spec directory's name) take over"
              + " an id the host records for another spec directory, as --spec-id does; without"
              + " it such a host is refused (exit 3). Only for a hosts file no one else can edit.")
  boolean allowSpecIdTakeover;

  /**
   * Set by {@code --all} on each host's run: its {@code --spec-id} comes from the hosts file, so it
   * is no deliberate takeover of an id recorded for another origin (unless the operator gave {@code
   * --allow-spec-id-takeover} to the fleet command, which then leaves this off).
   */
  @Option(names = "--spec-id-from-hosts-file", scope = ScopeType.INHERIT, hidden = true)
  boolean specIdFromHostsFile;

  @Option(
      names = "--allow-template",
      scope = ScopeType.INHERIT,
      paramLabel = "POT",
      converter = TemplateName.class,
      description =
          "A pot potctl does not manage that specs may clone (template, or an image's NAME_TAG"
              + " pot); '*' allows every one. Default: none, a spec clones only its own pots.")
  List<String> allowTemplates = new ArrayList<>();

  @Option(
      names = "--allow-image-host",
      scope = ScopeType.INHERIT,
      paramLabel = "HOST",
      converter = ImageHostOption.class,
      description =
          "A host of the pot host's own (loopback, link-local, unspecified, multicast, localhost)"
              + " that http and https image URLs may name, in any spelling (127.1 is 127.0.0.1);"
              + " a spec can never allow one itself.")
  List<String> allowImageHosts = new ArrayList<>();

  @Option(
      names = "--reserved-host-ports",
      scope = ScopeType.INHERIT,
      paramLabel = "PORTS",
      converter = ReservedPorts.class,
      description =
          "Host ports no spec may export (Potfile ports, flavour export-ports), as PORT and"
              + " LOW-HIGH separated by commas; replaces the default 22 ('' reserves none)."
              + " A spec can never change it.")
  ReservedHostPorts reservedHostPorts;

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
          "Defaults for --host, --spec-id, --allow-host-dir, --allow-template and --image-key"
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

  /**
   * The pots potctl does not manage that specs may clone: the configuration file's, then those
   * given.
   */
  public List<String> allowTemplates() {
    List<String> all = new ArrayList<>(config().allowTemplates());
    all.addAll(allowTemplates);
    return List.copyOf(all);
  }

  /**
   * {@code value} of {@code allow-template}, checked: a pot name or {@code *}.
   *
   * @throws IllegalArgumentException when it is neither
   */
  static String template(String value) {
    return value.equals(Allowances.ANY_TEMPLATE) ? value : PotArguments.name("template pot", value);
  }

  /** Checks each {@code --allow-template} while the command line is parsed (a usage error). */
  static final class TemplateName implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      try {
        return template(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** The host ports no spec may export: {@code --reserved-host-ports}, else 22. */
  public ReservedHostPorts reservedHostPorts() {
    return reservedHostPorts != null ? reservedHostPorts : ReservedHostPorts.DEFAULT;
  }

  /** Checks {@code --reserved-host-ports} while the command line is parsed (a usage error). */
  static final class ReservedPorts implements ITypeConverter<ReservedHostPorts> {
    @Override
    public ReservedHostPorts convert(String value) {
      try {
        return ReservedHostPorts.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** What the operator allows beyond the defaults under these options. */
  public Allowances allowances() {
    return new Allowances(
        allowHostDirs(),
        allowPrivilegedAttributes,
        allowHooks,
        allowTemplates(),
        reservedHostPorts(),
        allowImageHosts);
  }

  /** How specs are loaded under these options. */
  public LoadOptions loadOptions() {
    return allowances().loadOptions();
  }

  /**
   * Whether a given spec id takes over an id the host records for another origin: only an id the
   * operator typed ({@code --spec-id}), not one a hosts file named.
   */
  public boolean specIdDeliberate() {
    return specId() != null && !specIdFromHostsFile;
  }

  /** Whether {@code -v} was given. */
  public boolean verbose() {
    return verbose;
  }
}
