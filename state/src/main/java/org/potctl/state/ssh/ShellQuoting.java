package org.potctl.state.ssh;

import java.util.List;
import java.util.StringJoiner;

/**
 * Quoting for the remote POSIX shell. OpenSSH sends a command as one string that the remote user's
 * login shell parses, so every argv word is single-quoted: inside single quotes nothing is special
 * to a POSIX shell, and a {@code '} itself becomes {@code '\''} (close, escaped quote, reopen).
 * Spaces, newlines, {@code $( )}, backticks, {@code ;} and leading dashes all reach the program
 * unchanged as one word.
 */
public final class ShellQuoting {

  private ShellQuoting() {}

  /** One word, single-quoted: {@code it's} becomes {@code 'it'\''s'}. */
  public static String quote(String word) {
    if (word.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("a shell word cannot contain a NUL character");
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }

  /** The words quoted one by one and joined by single spaces: one remote command line. */
  public static String command(List<String> argv) {
    if (argv.isEmpty()) {
      throw new IllegalArgumentException("argv must not be empty");
    }
    StringJoiner line = new StringJoiner(" ");
    argv.forEach(w -> line.add(quote(w)));
    return line.toString();
  }

  /**
   * The line sshd hands to the login's shell for {@code argv}: {@code cd / && LC_ALL=C} and the
   * quoted words. sshd starts the shell in the login's home directory, where a relative path pot
   * resolves (a flavour looked up as {@code ./NAME} first, common-flv.sh:16-45; a relative {@code
   * copy-in -s}) would reach whatever is kept there; every program potctl runs starts in {@code /},
   * locally ({@code ProcessCommandRunner}) and remotely. Only this fixed prefix is shell text; each
   * word of {@code argv} is quoted.
   */
  public static String remoteLine(List<String> argv) {
    return "cd / && LC_ALL=C " + command(argv);
  }
}
