package org.potctl.state.sim;

import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * How pot turns the values of set-cmd, set-env and set-hosts into pot.conf text: through {@code
 * echo} and {@code sed} in the shell, with their checks.
 */
final class SettingValues {

  private final Out out;

  SettingValues(Out out) {
    this.out = out;
  }

  /** set-env.sh:48-58: {@code "$(echo "$OPTARG" | sed 's%"%\\"%g')"} in double quotes. */
  String envLine(String arg) {
    if (!arg.contains("=")) {
      out.error(arg + " not in a valid form");
      throw out.fail("VARIABLE=value is accetped");
    }
    return "\"" + echoSed(arg, l -> l.replace("\"", "\\\"")) + "\"";
  }

  /** set-hosts.sh:48-74: {@code HOST:IP} as pot writes it, {@code IP HOST}. */
  String hostsLine(String arg) {
    int colon = arg.indexOf(':');
    if (colon < 0) {
      out.error(arg + " not in a valid form");
      throw out.fail("hostname:IP is accepted");
    }
    String host = arg.substring(0, colon);
    String ip = arg.substring(colon + 1);
    if (host.isEmpty() || ip.isEmpty()) {
      throw out.fail("Submitted ip or hostname are empty");
    }
    if (!PotNet.isIpv4(ip) && !PotNet.isIpv6(ip)) { // potnet ipcheck -H
      throw out.fail("Submitted ip " + ip + " is not a valid one");
    }
    return ip + " " + host;
  }

  /**
   * pot's {@code _set_command} (common.sh:848-862): {@code $(echo "$_cmd" | sed 's/^"//')}, and
   * only if that changed anything, {@code $(echo "$_cmd1" | sed 's/"$//')}: sed works line by line,
   * the command substitution drops trailing newlines, and echo takes a lone {@code -n} or {@code
   * -e} as its option (so such a command is stored empty).
   */
  static void setCommand(ConfFile conf, String cmd) {
    String cmd1 = echoSed(cmd, l -> l.startsWith("\"") ? l.substring(1) : l);
    String stored =
        cmd.equals(cmd1)
            ? cmd
            : echoSed(cmd1, l -> l.endsWith("\"") ? l.substring(0, l.length() - 1) : l);
    conf.set("pot.cmd", stored).save();
  }

  /** {@code $(echo "$value" | sed EXPR)} with {@code sed} as {@code perLine}. */
  static String echoSed(String value, UnaryOperator<String> perLine) {
    String echoed = value.equals("-n") || value.equals("-e") ? "" : value;
    return String.join("\n", Arrays.stream(echoed.split("\n", -1)).map(perLine).toList())
        .replaceFirst("\n+$", "");
  }
}
