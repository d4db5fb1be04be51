package org.potctl.controller.apply;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.potctl.state.StateException;
import org.potctl.state.files.HostFiles;
import org.potctl.state.observe.HostObserver;

/**
 * The {@link JailTree} check of every pot a step's command starts: the pot a {@code pot start} or
 * {@code pot mount-in} names, the pots {@code pot start} starts with it when they are stopped
 * ({@link PotStarts#dependencies}), and what a {@code pot create} or {@code pot clone} starts
 * through a flavour script ({@link PotStarts#startedByCreate}). Every dependency is checked,
 * running or not: pot starts only the stopped ones, but one that stops between a look at the jails
 * and the {@code pot start} (its own root can halt it at will) would be started unchecked.
 */
final class StartChecks {

  private static final Pattern POT_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

  private final HostFiles files;
  private final Supplier<String> fsRoot;

  StartChecks(HostFiles files, Supplier<String> fsRoot) {
    this.files = files;
    this.fsRoot = fsRoot;
  }

  /**
   * Why {@code pot start} or {@code pot mount-in} (at {@code mountPoint}) of {@code pot} may not.
   */
  Optional<String> own(String pot, Optional<String> mountPoint) {
    if (!POT_NAME.matcher(pot).matches()) {
      return Optional.empty();
    }
    try {
      return JailTree.problem(fsRoot.get(), pot, mountPoint.stream().toList(), files);
    } catch (StateException e) {
      return Optional.of("pot " + pot + " is not started: " + e.getMessage() + " " + JailTree.WHY);
    }
  }

  /**
   * Why {@code pot stop} of {@code pot} may not: stop.sh removes the jail's {@code
   * /etc/resolv.conf} on the host after the jail is gone, following links ({@link
   * JailTree#stopProblem}).
   */
  Optional<String> stop(String pot) {
    if (!POT_NAME.matcher(pot).matches()) {
      return Optional.empty();
    }
    try {
      return JailTree.stopProblem(fsRoot.get(), pot, files);
    } catch (StateException e) {
      return Optional.of(
          "pot "
              + pot
              + " is not stopped: "
              + e.getMessage()
              + " (pot stop removes the jail's /etc/resolv.conf as root on the host and would"
              + " follow it to a host file); remove it from the pot's tree, or stop the pot by"
              + " hand after checking it");
    }
  }

  /**
   * Why {@code pot start -p POT}, which starts its stopped dependencies first, may not run (every
   * dependency checked, running or not).
   */
  Optional<String> start(String pot) {
    Optional<String> own = own(pot, Optional.empty());
    if (own.isPresent() || !POT_NAME.matcher(pot).matches()) {
      return own;
    }
    try {
      List<String> deps = PotStarts.dependencies(fsRoot.get(), List.of(pot), files);
      return started(
          deps,
          "pot " + pot + " is not started: pot ",
          ", which pot start -p "
              + pot
              + " starts first when it is stopped (pot.depend), is unsafe: ");
    } catch (StateException e) {
      return Optional.of("pot " + pot + " is not started: " + e.getMessage());
    }
  }

  /**
   * Why the {@code pot create}/{@code pot clone} {@code argv} of {@code pot} may not run: the tree
   * it copies (a clone's or a level-2 pot's {@code -P} source) is unsafe for what runs through it
   * next (its flavours' {@code mount-in -m} and {@code copy-in -d}, {@link FlavourPaths}, and a
   * flavour script's start), or a flavour script starts a pot that is.
   */
  Optional<String> create(String pot, List<String> argv) {
    try {
      String root = fsRoot.get();
      String flavourDir = HostObserver.flavourDirectory(files, root, Optional.empty());
      List<String> points = FlavourPaths.of(flavourDir, PotStarts.values(argv, "-f"), files);
      for (String source : PotStarts.values(argv, "-P")) {
        Optional<String> unsafe = copied(pot, source, root, points);
        if (unsafe.isPresent()) {
          return unsafe;
        }
      }
      Optional<List<String>> started = PotStarts.startedByCreate(root, flavourDir, argv, files);
      return started.isEmpty()
          ? Optional.empty()
          : started(
              started.get(),
              "pot " + pot + " is not created: pot ",
              ", which its flavour script's pot start starts or copies, is unsafe: ");
    } catch (StateException e) {
      return Optional.of("pot " + pot + " is not created: " + e.getMessage());
    }
  }

  /** Why the tree of {@code source}, which the new {@code pot} starts as a copy of, is unsafe. */
  private Optional<String> copied(String pot, String source, String root, List<String> points) {
    if (!POT_NAME.matcher(source).matches()) {
      return Optional.empty();
    }
    try {
      return JailTree.problem(root, source, points, files);
    } catch (StateException e) {
      return Optional.of(
          "pot "
              + pot
              + " is not created: pot "
              + source
              + ", whose tree the new pot starts as a copy of (its flavours' mount-in and copy-in"
              + " lines and pot start write through it), is unsafe: "
              + e.getMessage()
              + " "
              + JailTree.WHY);
    }
  }

  private Optional<String> started(List<String> pots, String head, String why) {
    for (String dep : pots) {
      try {
        JailTree.problem(fsRoot.get(), dep, List.of(), files);
      } catch (StateException e) {
        return Optional.of(head + dep + why + e.getMessage() + " " + JailTree.WHY);
      }
    }
    return Optional.empty();
  }
}
