package org.potctl.controller.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.potctl.schema.LoadOptions;
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
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Verbose output; show stack traces of internal errors.")
  boolean verbose;

  /** The host driver string as given, or {@code null} to pick the default. */
  public String host() {
    return host;
  }

  /** The owner id as given, or {@code null} to derive it from the spec directory. */
  public String specId() {
    return specId;
  }

  /** Extra allowed roots for {@code dir} mounts, in the order given. */
  public List<Path> allowHostDirs() {
    return List.copyOf(allowHostDirs);
  }

  /** Whether {@code --allow-privileged-attributes} was given. */
  public boolean allowPrivilegedAttributes() {
    return allowPrivilegedAttributes;
  }

  /** How specs are loaded under these options. */
  public LoadOptions loadOptions() {
    return LoadOptions.withExtraHostDirs(allowHostDirs)
        .withPrivilegedAttributes(allowPrivilegedAttributes);
  }

  /** Whether {@code -v} was given. */
  public boolean verbose() {
    return verbose;
  }
}
