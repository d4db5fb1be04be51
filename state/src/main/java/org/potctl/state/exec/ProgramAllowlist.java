package org.potctl.state.exec;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The programs a host runner executes, whatever a plan says: {@code pot} and {@code zfs} (every
 * change potctl makes), the flavour-file writer ({@code tee FILE} and {@code rm -f FILE}, FILE a
 * flavour or its {@code .sh} script directly in a {@code flavours} directory), the hook stager
 * ({@code tee}, {@code chmod 0700} and {@code rm -f} of {@code flavours/.potctl-hook-POT-TYPE.sh},
 * the copy {@code pot set-hook} takes), the custom resolv.conf stager ({@code tee} and {@code rm
 * -f} of {@code flavours/.potctl-dns-POT.conf}, the copy {@code pot create -d custom:} reads), the
 * hook remover ({@code rm -f .../jails/POT/conf/TYPE.sh}: pot has no unset), the observation
 * commands ({@code jls}; {@code pfctl} only showing, {@code -s}; {@code ifconfig -a}, only
 * listing), and {@code mkdir -p DIR} (DIR absolute and normalised: the directory {@code potctl
 * image build} exports into, or pot's cache), the image fetcher ({@code fetch -A -o DIR/FILE
 * URL/FILE}, FILE an image's {@code NAME_TAG.xz} or its {@code .meta}, {@code .skein}, {@code
 * .skein.sig}) and the image reader ({@code od -An -v -tx1 -N BYTES DIR/FILE}, the head of such a
 * file, read before {@code pot import} receives it). A program is named bare or by an absolute path
 * in a system directory ({@code /usr/local/bin/pot}); anything else, and any argv that does not fit
 * its program's form, is refused by the runner before it starts ({@link ProgramRefusedException}).
 * Every runner (local, simulated, ssh) applies this one rule.
 */
public final class ProgramAllowlist {

  /** The programs a runner may start. */
  public static final Set<String> PROGRAMS =
      Set.of(
          "pot", "zfs", "jls", "pfctl", "ifconfig", "tee", "rm", "chmod", "mkdir", "fetch", "od");

  private static final Set<String> SYSTEM_DIRS =
      Set.of("/bin", "/sbin", "/usr/bin", "/usr/sbin", "/usr/local/bin", "/usr/local/sbin");
  private static final Pattern FLAVOUR_FILE =
      Pattern.compile("/(?:[^/]+/)*flavours/[A-Za-z][A-Za-z0-9_-]{0,54}(?:\\.sh)?");
  private static final String HOOK_TYPE = "(?:prestart|poststart|prestop|poststop)";
  private static final Pattern HOOK_STAGE =
      Pattern.compile(
          "/(?:[^/]+/)*flavours/\\.potctl-hook-[A-Za-z][A-Za-z0-9_-]{0,54}-" + HOOK_TYPE + "\\.sh");
  private static final Pattern DNS_STAGE =
      Pattern.compile("/(?:[^/]+/)*flavours/\\.potctl-dns-[A-Za-z][A-Za-z0-9_-]{0,54}\\.conf");
  private static final Pattern POT_HOOK =
      Pattern.compile("/(?:[^/]+/)*jails/[A-Za-z][A-Za-z0-9_-]{0,54}/conf/" + HOOK_TYPE + "\\.sh");

  /**
   * The name of an image's file: {@code NAME_TAG.xz} (what {@code pot export} writes) or that with
   * {@code .meta}, {@code .skein} or {@code .skein.sig}.
   */
  public static final String IMAGE_FILE_NAME =
      "[A-Za-z][A-Za-z0-9_.-]{0,54}_[A-Za-z0-9][A-Za-z0-9_.-]{0,63}\\.xz"
          + "(?:\\.meta|\\.skein|\\.skein\\.sig)?";

  private static final Pattern IMAGE_FILE = Pattern.compile(IMAGE_FILE_NAME);
  private static final Pattern PFCTL_SHOW = Pattern.compile("-s[A-Za-z]*|-[nvq]+");

  private ProgramAllowlist() {}

  /**
   * Throws unless {@code command} is allowed.
   *
   * @throws ProgramRefusedException naming the command and why it is refused
   */
  public static void require(Command command) {
    Optional<String> why = refusal(command.argv());
    if (why.isPresent()) {
      throw new ProgramRefusedException(command, why.get());
    }
  }

  /** Why {@code argv} is refused, or empty if a runner may run it. */
  public static Optional<String> refusal(List<String> argv) {
    String path = argv.get(0);
    int slash = path.lastIndexOf('/');
    String program = slash < 0 ? path : path.substring(slash + 1);
    if (!PROGRAMS.contains(program)) {
      return Optional.of(
          "program '"
              + program
              + "' is not pot, zfs, jls, pfctl, ifconfig -a, the flavour-file and hook writer or"
              + " mkdir -p, fetch -A -o or od of an image file");
    }
    if (slash >= 0 && !SYSTEM_DIRS.contains(path.substring(0, slash))) {
      return Optional.of("program path " + path + " is not in a system directory");
    }
    List<String> args = argv.subList(1, argv.size());
    return switch (program) {
      case "tee" ->
          args.size() == 1 && (flavourFile(args.get(0)) || staged(args.get(0)))
              ? Optional.empty()
              : Optional.of("tee writes only one file in pot's flavour directory");
      case "rm" ->
          args.size() == 2 && args.get(0).equals("-f") && removable(args.get(1))
              ? Optional.empty()
              : Optional.of(
                  "rm removes only one file in pot's flavour directory or a pot's hook"
                      + " (rm -f FILE)");
      case "chmod" ->
          args.size() == 2 && args.get(0).equals("0700") && matches(HOOK_STAGE, args.get(1))
              ? Optional.empty()
              : Optional.of("chmod only makes a staged hook executable (chmod 0700 FILE)");
      case "mkdir" ->
          args.size() == 2 && args.get(0).equals("-p") && normalisedAbsolute(args.get(1))
              ? Optional.empty()
              : Optional.of("mkdir only creates one absolute directory (mkdir -p DIR)");
      case "fetch" ->
          fetchesImage(args)
              ? Optional.empty()
              : Optional.of(
                  "fetch only fetches one image file, following no redirect (fetch -A -o"
                      + " DIR/FILE URL/FILE)");
      case "od" ->
          args.size() == 6
                  && args.subList(0, 4).equals(List.of("-An", "-v", "-tx1", "-N"))
                  && args.get(4).matches("[1-9][0-9]{0,8}")
                  && imageFile(args.get(5))
              ? Optional.empty()
              : Optional.of(
                  "od only reads the head of an image file (od -An -v -tx1 -N BYTES FILE)");
      case "ifconfig" ->
          args.equals(List.of("-a"))
              ? Optional.empty()
              : Optional.of("ifconfig may only list the interfaces (ifconfig -a)");
      case "pfctl" ->
          pfctlShows(args)
              ? Optional.empty()
              : Optional.of("pfctl may only show (-a ANCHOR -s WHAT)");
      default -> Optional.empty();
    };
  }

  private static boolean flavourFile(String path) {
    return matches(FLAVOUR_FILE, path);
  }

  private static boolean removable(String path) {
    return flavourFile(path) || staged(path) || matches(POT_HOOK, path);
  }

  /** A hook or a custom resolv.conf staged in pot's flavour directory. */
  private static boolean staged(String path) {
    return matches(HOOK_STAGE, path) || matches(DNS_STAGE, path);
  }

  private static boolean matches(Pattern pattern, String path) {
    return pattern.matcher(path).matches() && !path.contains("/../") && !path.contains("/./");
  }

  /** {@code -A -o DIR/FILE URL/FILE}, FILE an image file, URL http(s) or file, no redirect. */
  private static boolean fetchesImage(List<String> args) {
    if (args.size() != 4
        || !args.get(0).equals("-A")
        || !args.get(1).equals("-o")
        || !imageFile(args.get(2))) {
      return false;
    }
    String name = args.get(2).substring(args.get(2).lastIndexOf('/') + 1);
    String url = args.get(3);
    return url.matches("(?:https?|file)://[^\\s]*") && url.endsWith("/" + name);
  }

  /** A normalised absolute path whose last name is an image file ({@code NAME_TAG.xz...}). */
  private static boolean imageFile(String path) {
    return normalisedAbsolute(path)
        && IMAGE_FILE.matcher(path.substring(path.lastIndexOf('/') + 1)).matches();
  }

  private static boolean normalisedAbsolute(String path) {
    if (!path.startsWith("/") || path.length() < 2 || path.endsWith("/")) {
      return false;
    }
    for (String part : path.substring(1).split("/", -1)) {
      if (part.isEmpty() || part.equals(".") || part.equals("..") || part.startsWith("-")) {
        return false;
      }
    }
    return path.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
  }

  private static boolean pfctlShows(List<String> args) {
    boolean shows = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("-a") && i + 1 < args.size()) {
        i++;
      } else if (a.equals("-s") && i + 1 < args.size()) {
        shows = true;
        i++;
      } else if (!PFCTL_SHOW.matcher(a).matches() || a.equals("-s")) {
        return false;
      } else {
        shows |= a.startsWith("-s");
      }
    }
    return shows;
  }
}
