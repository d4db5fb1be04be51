package org.potctl.state.ssh;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where {@code --host ssh://[user@]host[:port][?config=FILE][&state=DIR]} points. The host may be a
 * name, an alias of {@code ~/.ssh/config}, an IPv4 address or a bracketed IPv6 address; user and
 * port default to what the OpenSSH client's configuration says. {@code config=FILE} makes the
 * client read {@code FILE} instead of {@code ~/.ssh/config} ({@code ssh -F}); {@code state=DIR}
 * puts potctl's state directory on the remote host at {@code DIR} instead of {@code
 * /var/db/potctl}.
 *
 * @param user the remote user, if given
 * @param host the host name, alias or address (IPv6 without brackets)
 * @param port the port, if given
 * @param config an OpenSSH client configuration file to use instead of the user's, if given
 * @param stateDir the state directory on the remote host, if not {@link #DEFAULT_STATE_DIR}
 */
public record SshTarget(
    Optional<String> user,
    String host,
    OptionalInt port,
    Optional<Path> config,
    Optional<String> stateDir) {

  /** The state directory on a remote host unless {@code state=DIR} says otherwise. */
  public static final String DEFAULT_STATE_DIR = "/var/db/potctl";

  private static final Pattern ADDRESS =
      Pattern.compile(
          "(?:(?<user>[^@/?]*)@)?(?:\\[(?<v6>[^\\]]*)\\]|(?<host>[^:/?]*))(?::(?<port>[^/?]*))?");
  private static final Pattern USER = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]{0,31}");
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,252}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  public SshTarget {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(port, "port");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(stateDir, "stateDir");
    stateDir.ifPresent(
        d -> {
          if (!d.startsWith("/")
              || !Path.of(d).normalize().toString().equals(d)
              || d.equals("/")
              || d.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException(
                "ssh state directory '" + d + "' is not an absolute, normalised path");
          }
        });
    user.ifPresent(
        u -> {
          if (!USER.matcher(u).matches()) {
            throw new IllegalArgumentException(
                "ssh user '" + u + "' is not a user name (letters, digits, . _ -)");
          }
        });
    if (!HOST.matcher(host).matches() && !IPV6.matcher(host).matches()) {
      throw new IllegalArgumentException(
          "ssh host '" + host + "' is not a host name or address (letters, digits, . _ -)");
    }
    port.ifPresent(
        p -> {
          if (p < 1 || p > 65535) {
            throw new IllegalArgumentException("ssh port " + p + " is not in 1-65535");
          }
        });
  }

  /** A target with the default state directory. */
  public SshTarget(Optional<String> user, String host, OptionalInt port, Optional<Path> config) {
    this(user, host, port, config, Optional.empty());
  }

  /** The state directory on the remote host: {@code state=DIR}, else {@code /var/db/potctl}. */
  public String remoteStateDir() {
    return stateDir.orElse(DEFAULT_STATE_DIR);
  }

  /**
   * Parses what follows {@code ssh://}: {@code [user@]host[:port][?config=FILE][&state=DIR]}.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static SshTarget parse(String text) {
    String address = text;
    Optional<Path> config = Optional.empty();
    Optional<String> state = Optional.empty();
    int q = text.indexOf('?');
    if (q >= 0) {
      address = text.substring(0, q);
      for (String option : text.substring(q + 1).split("&", -1)) {
        if (option.startsWith("config=") && config.isEmpty()) {
          config = Optional.of(Path.of(value(option)).toAbsolutePath());
        } else if (option.startsWith("state=") && state.isEmpty()) {
          state = Optional.of(value(option));
        } else {
          throw new IllegalArgumentException(
              "ssh option '"
                  + option
                  + "' is unknown or repeated; the options are config=FILE and state=DIR");
        }
      }
    }
    if (address.endsWith("/")) {
      address = address.substring(0, address.length() - 1);
    }
    Matcher m = ADDRESS.matcher(address);
    if (address.isEmpty() || !m.matches()) {
      throw new IllegalArgumentException(
          "'ssh://" + text + "' is not an ssh address; use ssh://[user@]host[:port]");
    }
    String host = m.group("v6") != null ? m.group("v6") : m.group("host");
    return new SshTarget(
        Optional.ofNullable(m.group("user")), host, port(m.group("port")), config, state);
  }

  private static OptionalInt port(String text) {
    if (text == null) {
      return OptionalInt.empty();
    }
    if (!text.matches("[0-9]{1,5}")) {
      throw new IllegalArgumentException("ssh port '" + text + "' is not a number");
    }
    return OptionalInt.of(Integer.parseInt(text));
  }

  private static String value(String option) {
    String value = option.substring(option.indexOf('=') + 1);
    if (value.isEmpty()) {
      throw new IllegalArgumentException("ssh option '" + option + "' has no value");
    }
    return value;
  }

  /**
   * The OpenSSH client options naming this target, before the {@code --} and the destination: the
   * configuration file, the user and the port when given.
   */
  public List<String> clientOptions() {
    List<String> options = new ArrayList<>();
    config.ifPresent(c -> options.addAll(List.of("-F", c.toString())));
    user.ifPresent(u -> options.addAll(List.of("-l", u)));
    port.ifPresent(p -> options.addAll(List.of("-p", Integer.toString(p))));
    return options;
  }

  /** The address as written: {@code ssh://user@host:port}. */
  public String display() {
    StringBuilder b = new StringBuilder("ssh://");
    user.ifPresent(u -> b.append(u).append('@'));
    b.append(host.indexOf(':') >= 0 ? "[" + host + "]" : host);
    port.ifPresent(p -> b.append(':').append(p));
    return b.toString();
  }
}
