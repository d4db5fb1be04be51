package org.potctl.controller.apply;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.potctl.state.files.HostFiles;

/**
 * The pots a pot command starts besides the one it names, read from what pot itself will read
 * (never from the spec, which can differ: {@code add-dep} only appends, so a dependency the spec
 * dropped stays in {@code pot.conf}). {@code pot start P} first runs {@code pot start} for each
 * {@code pot.depend} of P that is not running (start.sh; each with its own dependencies), and
 * {@code pot create}/{@code pot clone} with a flavour that has a script starts the new pot, with
 * the dependencies its flavours' {@code add-dep} lines (and, for a clone, the source's {@code
 * pot.conf}, copied by clone.sh) gave it. Each start writes that jail's tree as root on the host
 * ({@link JailTree}), so each must be checked first, not only the pot the step names.
 */
final class PotStarts {

  private static final Pattern POT_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
  private static final String DEPEND = "pot.depend=";

  private PotStarts() {}

  /**
   * The pots {@code pot.depend} makes start with {@code roots} (transitively, each once, {@code
   * roots} themselves excluded), in the order pot reaches them.
   */
  static List<String> dependencies(String fsRoot, List<String> roots, HostFiles files) {
    Set<String> seen = new LinkedHashSet<>(roots);
    Deque<String> todo = new ArrayDeque<>(roots);
    List<String> out = new ArrayList<>();
    while (!todo.isEmpty()) {
      for (String dep : depends(fsRoot, todo.removeFirst(), files)) {
        if (seen.add(dep)) {
          out.add(dep);
          todo.addLast(dep);
        }
      }
    }
    return out;
  }

  /** The {@code pot.depend} values of {@code pot}'s {@code pot.conf} that name a pot. */
  static List<String> depends(String fsRoot, String pot, HostFiles files) {
    if (!POT_NAME.matcher(pot).matches()) {
      return List.of();
    }
    Optional<String> conf = files.read(jail(fsRoot, pot) + "/conf/pot.conf");
    return conf.map(
            c ->
                c.lines()
                    .filter(l -> l.startsWith(DEPEND))
                    .map(l -> l.substring(DEPEND.length()).strip())
                    .filter(POT_NAME.asMatchPredicate())
                    .toList())
        .orElse(List.of());
  }

  /**
   * What a {@code pot create} or {@code pot clone} ({@code argv}) starts through a flavour script:
   * empty when none of its {@code -f} flavours in {@code flavourDir} has a script, else the pots
   * its new pot depends on from the start (its flavours' {@code add-dep -P} lines and a clone
   * source's {@code pot.depend}) and, for a clone, the source itself (its tree is what the new pot
   * starts with).
   */
  static Optional<List<String>> startedByCreate(
      String fsRoot, String flavourDir, List<String> argv, HostFiles files) {
    List<String> flavours = values(argv, "-f");
    boolean scripted =
        flavours.stream()
            .filter(POT_NAME.asMatchPredicate())
            .anyMatch(f -> files.readBytes(flavourDir + "/" + f + ".sh").isPresent());
    if (!scripted) {
      return Optional.empty();
    }
    Set<String> roots = new LinkedHashSet<>();
    if (argv.size() > 1 && argv.get(1).equals("clone")) {
      values(argv, "-P").forEach(roots::add);
      values(argv, "-P").forEach(source -> roots.addAll(depends(fsRoot, source, files)));
    }
    for (String f : flavours) {
      if (!POT_NAME.matcher(f).matches()) {
        continue;
      }
      files.read(flavourDir + "/" + f).stream()
          .flatMap(String::lines)
          .forEach(l -> roots.addAll(addDepTargets(l)));
    }
    roots.removeIf(p -> !POT_NAME.matcher(p).matches());
    List<String> all = new ArrayList<>(roots);
    all.addAll(dependencies(fsRoot, List.copyOf(roots), files));
    return Optional.of(all);
  }

  /**
   * Every pot an {@code add-dep} line may name, read leniently (a host flavour was never validated:
   * each {@code -P} argument counts, {@code -PNAME} too, so more is checked rather than less).
   */
  static List<String> addDepTargets(String line) {
    return FlavourPaths.values(line, "add-dep", 'P');
  }

  static String jail(String fsRoot, String pot) {
    return (fsRoot.endsWith("/") ? fsRoot : fsRoot + "/") + "jails/" + pot;
  }

  /** The values of {@code option} in a pot command's {@code argv}. */
  static List<String> values(List<String> argv, String option) {
    List<String> out = new ArrayList<>();
    for (int i = 2; i + 1 < argv.size(); i++) {
      if (argv.get(i).equals(option)) {
        out.add(argv.get(i + 1));
      }
    }
    return out;
  }
}
