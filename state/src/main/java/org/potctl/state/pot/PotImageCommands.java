package org.potctl.state.pot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.potctl.state.exec.Command;

/**
 * The argv of pot's image sub-commands ({@code import}, {@code export}) and of the one {@code
 * mkdir} the image directory needs, checked like {@link PotCommands}: an invalid input throws
 * {@link IllegalArgumentException} before anything runs.
 */
public final class PotImageCommands {

  private PotImageCommands() {}

  /** {@code pot import -p NAME -t TAG -U URL}: creates pot {@code NAME_TAG} (dots made _). */
  public static Command importImage(String name, String tag, String url) {
    return importImage(name, tag, url, Optional.empty());
  }

  /**
   * {@code pot import -p NAME -t TAG -U URL [-C PUBKEY]}: with a key pot fetches {@code .skein.sig}
   * and refuses the image unless {@code signify -V} verifies it with {@code PUBKEY}, an absolute
   * path on the host.
   */
  public static Command importImage(String name, String tag, String url, Optional<String> key) {
    if (!name.matches("[A-Za-z][A-Za-z0-9_.-]{0,54}")
        || !tag.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")) {
      throw new IllegalArgumentException("invalid image name or tag: " + name + " " + tag);
    }
    if (!url.matches("(https?|file)://\\S*")) {
      throw new IllegalArgumentException("invalid image URL: " + url);
    }
    List<String> argv = new ArrayList<>(List.of("pot", "import", "-p", name, "-t", tag, "-U", url));
    key.ifPresent(
        k -> {
          argv.add("-C");
          argv.add(PotArguments.absolutePath("image key", k));
        });
    return Command.of(argv);
  }

  /**
   * {@code mkdir -p DIR}: the directory {@code pot export -D} writes into, created on the host
   * (export.sh refuses a missing one). The only {@code mkdir} form the runner allows.
   */
  public static Command imageDirectory(String dir) {
    return Command.of("mkdir", "-p", PotArguments.absolutePath("image directory", dir));
  }

  /** {@code pot export -p P -t TAG -D DIR}: {@code DIR/P_TAG.xz} with .meta and .skein. */
  public static Command export(String pot, String tag, String dir) {
    return export(pot, tag, dir, Optional.empty());
  }

  /**
   * {@code pot export -p P -t TAG -D DIR [-S SECKEY]}: with a signify secret key (an absolute path
   * on the host) pot also writes {@code .skein.sig}.
   */
  public static Command export(String pot, String tag, String dir, Optional<String> signKey) {
    if (!tag.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")) {
      throw new IllegalArgumentException("invalid image tag: " + tag);
    }
    List<String> argv =
        new ArrayList<>(
            List.of(
                "pot",
                "export",
                "-p",
                PotCommands.potName(pot),
                "-t",
                tag,
                "-D",
                PotArguments.absolutePath("dir", dir)));
    signKey.ifPresent(k -> argv.addAll(List.of("-S", PotArguments.absolutePath("sign key", k))));
    return Command.of(argv);
  }
}
