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
 * Where {@code --host ssh://[user@]host[:port][?config=FILE]} points. The host may be a name, an
 * alias of {@code ~/.ssh/config}, an IPv4 address or a bracketed IPv6 address; user and port
 * default to what the OpenSSH client's configuration says. {@code config=FILE} makes the client
 * read {@code FILE} instead of {@code ~/.ssh/config} ({@code ssh -F}).
 *
 * @param user the remote user, if given
 * @param host the host name, alias or address (IPv6 without brackets)
 * @param port the port, if given
 * @param config an OpenSSH client configuration file to use instead of the user's, if given
 */
public record SshTarget(
    Optional<String> user, String host, OptionalInt port, Optional<Path> config) {

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

  /**
   * Parses what follows {@code ssh://}: {@code [user@]host[:port][?config=FILE]}.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static SshTarget parse(String text) {
    String address = text;
    Optional<Path> config = Optional.empty();
    int q = text.indexOf('?');
    if (q >= 0) {
      address = text.substring(0, q);
      config = Optional.of(config(text.substring(q + 1)));
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
    return new SshTarget(Optional.ofNullable(m.group("user")), host, port(m.group("port")), config);
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

  private static Path config(String query) {
    if (!query.startsWith("config=") || query.length() == "config=".length()) {
      throw new IllegalArgumentException(
          "ssh option '" + query + "' is unknown; the only option is config=FILE");
    }
    String file = query.substring("config=".length());
    if (file.contains("&")) {
      throw new IllegalArgumentException("ssh options: only one option, config=FILE, is known");
    }
    return Path.of(file);
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
