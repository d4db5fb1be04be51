package org.potctl.controller.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.potctl.state.statedir.PrivateFiles;

/**
 * The defaults of {@code /usr/local/etc/potctl.conf} (or {@code --config FILE}): one {@code key =
 * value} per line, {@code #} comments, keys {@code host}, {@code spec-id}, {@code image-key},
 * {@code allow-host-dir} (repeatable), {@code allow-template} (repeatable) and {@code
 * journals-kept}. A command-line option wins over the file's {@code host}, {@code spec-id} and
 * {@code image-key}; {@code allow-host-dir} roots and {@code allow-template} pots add to those
 * given on the command line.
 *
 * @param host the default {@code --host}, if set
 * @param specId the default {@code --spec-id}, if set
 * @param allowHostDirs extra allowed roots for {@code dir} mounts
 * @param allowTemplates pots potctl does not manage that specs may clone ({@code *}: all)
 * @param imageKey the default {@code --image-key}, if set
 * @param journalsKept how many journals per spec id the state directory keeps, if set
 */
record ConfigFile(
    Optional<String> host,
    Optional<String> specId,
    List<Path> allowHostDirs,
    List<String> allowTemplates,
    Optional<String> imageKey,
    OptionalInt journalsKept) {

  /** Where potctl looks when {@code --config} is not given (absent: no defaults). */
  static final Path DEFAULT = Path.of("/usr/local/etc/potctl.conf");

  static final ConfigFile NONE =
      new ConfigFile(
          Optional.empty(),
          Optional.empty(),
          List.of(),
          List.of(),
          Optional.empty(),
          OptionalInt.empty());

  ConfigFile {
    allowHostDirs = List.copyOf(allowHostDirs);
    allowTemplates = List.copyOf(allowTemplates);
  }

  /** A malformed or unreadable configuration file; the message names {@code FILE:LINE}. */
  static final class Invalid extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message);
    }
  }

  /** The file given with {@code --config} (must exist), or the default one if it exists. */
  static ConfigFile load(Path given) {
    if (given == null) {
      return Files.exists(DEFAULT) ? read(DEFAULT) : NONE;
    }
    return read(given);
  }

  /** Reads {@code file}, reporting every bad line at once. */
  static ConfigFile read(Path file) {
    List<String> lines;
    try {
      writableByOthers(file)
          .ifPresent(
              p -> {
                throw new Invalid(
                    "refused the configuration file "
                        + file
                        + ": "
                        + p
                        + "; it grants host directories and templates to every spec, so only"
                        + " its owner (this user or root) may write it");
              });
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new Invalid("cannot read the configuration file " + file + ": " + e.getMessage());
    }
    Optional<String> host = Optional.empty();
    Optional<String> specId = Optional.empty();
    Optional<String> imageKey = Optional.empty();
    OptionalInt journalsKept = OptionalInt.empty();
    List<Path> roots = new ArrayList<>();
    List<String> templates = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = file + ":" + (i + 1) + ": ";
      int eq = line.indexOf('=');
      String key = eq < 0 ? line : line.substring(0, eq).strip();
      String value = eq < 0 ? "" : line.substring(eq + 1).strip();
      if (eq < 0 || value.isEmpty()) {
        errors.add(where + "expected 'key = value', got '" + line + "'");
        continue;
      }
      switch (key) {
        case "host" -> host = Optional.of(value);
        case "spec-id" -> specId = Optional.of(value);
        case "allow-host-dir" -> roots.add(Path.of(value));
        case "allow-template" -> {
          try {
            templates.add(GlobalOptions.template(value));
          } catch (IllegalArgumentException e) {
            errors.add(where + e.getMessage());
          }
        }
        case "image-key" -> {
          if (value.startsWith("/") && !value.contains("/../") && !value.endsWith("/..")) {
            imageKey = Optional.of(value);
          } else {
            errors.add(
                where + "image-key must be an absolute path on the host, got '" + value + "'");
          }
        }
        case "journals-kept" -> {
          journalsKept = count(value);
          if (journalsKept.isEmpty()) {
            errors.add(where + "journals-kept must be a whole number from 1, got '" + value + "'");
          }
        }
        default ->
            errors.add(
                where
                    + "unknown key '"
                    + key
                    + "' (known: host, spec-id, allow-host-dir, allow-template, image-key,"
                    + " journals-kept)");
      }
    }
    if (!errors.isEmpty()) {
      throw new Invalid(String.join("\n", errors));
    }
    return new ConfigFile(host, specId, roots, templates, imageKey, journalsKept);
  }

  /** {@code value} as a count of at least 1, empty if it is none. */
  private static OptionalInt count(String value) {
    if (!value.matches("[0-9]{1,9}") || Integer.parseInt(value) < 1) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(value));
  }

  /**
   * Why someone other than this user or root could have written {@code file} (links followed: the
   * file read decides): another owner, or a group or other write bit.
   */
  static Optional<String> writableByOthers(Path file) throws IOException {
    if (!Files.exists(file)) {
      return Optional.empty(); // reading it says so
    }
    long owner = PrivateFiles.owner(file);
    if (owner != PrivateFiles.uid() && owner != 0) {
      return Optional.of("it is owned by uid " + owner);
    }
    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
    if (perms.contains(PosixFilePermission.GROUP_WRITE)
        || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
      return Optional.of(
          "group or others may write it (permissions " + PrivateFiles.mode(perms) + ")");
    }
    return Optional.empty();
  }
}
