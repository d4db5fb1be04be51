package org.potctl.state.host;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.ssh.SshTarget;

/** Which host potctl talks to, as given with {@code --host} (DESIGN.md §3.4). */
public sealed interface HostSpec permits HostSpec.Local, HostSpec.Sim, HostSpec.Ssh {

  /** The default simulator directory, relative to the working directory. */
  String DEFAULT_SIM_DIR = ".potctl/sim";

  /** The driver name: {@code local}, {@code sim} or {@code ssh}. */
  String driver();

  /** This machine, through {@code pot}, {@code zfs}, {@code jls}, {@code pfctl} on the PATH. */
  record Local() implements HostSpec {
    @Override
    public String driver() {
      return "local";
    }
  }

  /** The simulated pot host. */
  record Sim(SimOptions options) implements HostSpec {
    public Sim {
      Objects.requireNonNull(options, "options");
    }

    @Override
    public String driver() {
      return "sim";
    }
  }

  /** A remote pot host reached through the OpenSSH client. */
  record Ssh(SshTarget target) implements HostSpec {
    public Ssh {
      Objects.requireNonNull(target, "target");
    }

    @Override
    public String driver() {
      return "ssh";
    }
  }

  /**
   * Parses {@code local}, {@code ssh://[user@]host[:port][?config=FILE][&state=DIR]} or {@code
   * sim:DIR[?latency=…&fail=…&zfs=real:POOL]}.
   *
   * @throws IllegalArgumentException naming what is wrong and what is accepted
   */
  static HostSpec parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("--host is empty; use local or sim:DIR[?options]");
    }
    String t = text.strip();
    if (t.equals("local")) {
      return new Local();
    }
    if (t.startsWith("sim:")) {
      return new Sim(SimOptions.parse(t.substring("sim:".length())));
    }
    if (t.startsWith("ssh://")) {
      try {
        return new Ssh(SshTarget.parse(t.substring("ssh://".length())));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--host " + t + ": " + e.getMessage(), e);
      }
    }
    throw new IllegalArgumentException(
        "--host "
            + t
            + " is not a host; use local, ssh://[user@]host[:port] or"
            + " sim:DIR[?latency=300ms&fail=REGEX&zfs=real:POOL]");
  }

  /** {@code local} on FreeBSD with {@code pot} on the PATH, else {@code sim:.potctl/sim}. */
  static HostSpec defaultSpec() {
    return defaultSpec(System.getProperty("os.name", ""), System.getenv().getOrDefault("PATH", ""));
  }

  /** The default for a given OS name and PATH (testable). */
  static HostSpec defaultSpec(String osName, String path) {
    boolean freebsd = osName.toLowerCase(Locale.ROOT).contains("freebsd");
    if (freebsd && onPath("pot", path)) {
      return new Local();
    }
    return new Sim(SimOptions.parse(DEFAULT_SIM_DIR));
  }

  private static boolean onPath(String program, String path) {
    for (String d : path.split(File.pathSeparator)) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, program))) {
        return true;
      }
    }
    return false;
  }
}
