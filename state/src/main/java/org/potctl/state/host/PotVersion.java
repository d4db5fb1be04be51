package org.potctl.state.host;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.potctl.state.StateException;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.CommandResult;
import org.potctl.state.exec.CommandRunner;

/**
 * The pot version potctl supports, read with {@code pot version -q} (version.sh). potctl was
 * checked against pot 0.16.1, whose {@code bin/pot} still says {@code _POT_VERSION=0.16.0}: every
 * 0.16.x and later is accepted, anything older is refused.
 */
public final class PotVersion {

  /** The oldest pot version potctl runs against, as {@code major.minor}. */
  public static final String OLDEST = "0.16";

  private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?");
  private static final Command ARGV =
      Command.of("pot", "version", "-q").withTimeout(Duration.ofSeconds(30));

  private PotVersion() {}

  /**
   * Runs {@code pot version -q} and returns the version it printed.
   *
   * @throws StateException when pot does not answer, answers something that is no version, or is
   *     older than {@link #OLDEST} (the message names the version found and the one needed)
   */
  public static String require(CommandRunner runner) {
    CommandResult r = runner.run(ARGV);
    String printed = r.stdout().strip();
    if (!r.succeeded()) {
      throw new StateException(
          "'" + ARGV.display() + "' failed (exit " + r.exitCode() + "): is pot installed?");
    }
    return check(printed);
  }

  /**
   * Checks a version string as {@code pot version -q} prints it (also {@code pot version: X}) and
   * returns the version.
   *
   * @throws StateException when it is no version or one older than {@link #OLDEST}
   */
  public static String checkPrinted(String printed) {
    return check(printed.strip());
  }

  static String check(String printed) {
    String text = printed.startsWith("pot version:") ? printed.substring(12).strip() : printed;
    Matcher m = VERSION.matcher(text);
    if (text.contains("\n") || !m.matches()) {
      throw new StateException("'" + ARGV.display() + "' printed no version: '" + printed + "'");
    }
    int major = Integer.parseInt(m.group(1));
    int minor = Integer.parseInt(m.group(2));
    if (major == 0 && minor < 16) {
      throw new StateException(
          "pot "
              + text
              + " is too old: potctl needs pot "
              + OLDEST
              + ".0 or later (checked against pot 0.16.1)");
    }
    return text;
  }
}
