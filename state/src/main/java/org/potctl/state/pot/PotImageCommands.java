package org.potctl.state.pot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.ProgramAllowlist;

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
    requireNameAndTag(name, tag);
    requireUrl(url);
    List<String> argv = new ArrayList<>(List.of("pot", "import", "-p", name, "-t", tag, "-U", url));
    key.ifPresent(
        k -> {
          argv.add("-C");
          argv.add(PotArguments.absolutePath("image key", k));
        });
    return Command.of(argv);
  }

  /** How many bytes of an image's head {@link #head} reads: its stream's first record and more. */
  public static final int HEAD_BYTES = 262_144;

  /** {@code NAME_TAG.xz}, the file {@code pot export} writes and {@code pot import} fetches. */
  public static String imageFile(String name, String tag) {
    requireNameAndTag(name, tag);
    return name + "_" + tag + ".xz";
  }

  /**
   * {@code fetch -A -o DIR/FILE URL/FILE}: one of an image's files fetched into {@code DIR} on the
   * host (FreeBSD's fetch(1), as pot import calls it), overwriting what is there, following no
   * redirect ({@code -A}: libfetch then makes one request, so the URL's host, which validation
   * checked, is the only one asked). {@code FILE} is {@code NAME_TAG.xz} or that with {@code
   * .meta}, {@code .skein} or {@code .skein.sig}.
   */
  public static Command fetch(String url, String file, String dir) {
    requireUrl(url);
    if (!file.matches(ProgramAllowlist.IMAGE_FILE_NAME)) {
      throw new IllegalArgumentException("invalid image file name: " + file);
    }
    String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    return Command.of(
        "fetch",
        "-A",
        "-o",
        PotArguments.absolutePath("image cache", dir) + "/" + file,
        base + "/" + file);
  }

  /**
   * {@code od -An -v -tx1 -N BYTES FILE}: the first {@code bytes} of a host file as hexadecimal
   * text (od is POSIX, and a hex dump passes any runner unharmed where raw bytes would not).
   */
  public static Command head(String file, int bytes) {
    if (bytes < 1 || bytes > HEAD_BYTES) {
      throw new IllegalArgumentException("invalid byte count: " + bytes);
    }
    return Command.of(
        "od",
        "-An",
        "-v",
        "-tx1",
        "-N",
        Integer.toString(bytes),
        PotArguments.absolutePath("file", file));
  }

  private static void requireNameAndTag(String name, String tag) {
    if (!name.matches("[A-Za-z][A-Za-z0-9_.-]{0,54}")
        || !tag.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")) {
      throw new IllegalArgumentException("invalid image name or tag: " + name + " " + tag);
    }
  }

  private static void requireUrl(String url) {
    if (!url.matches("(https?|file)://\\S*")) {
      throw new IllegalArgumentException("invalid image URL: " + url);
    }
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
