package org.potctl.schema.bind;

import java.util.List;
import java.util.Optional;

/**
 * The trees of a jail its kernel fills: {@code /dev} (the jail's devfs, which jail(8) mounts at
 * every start under the jail's ruleset) and {@code /proc} (procfs). Nothing of a spec, nor of an
 * image it names, is mounted or copied there: the one list, held by a Potfile mount's {@code at}, a
 * flavour's {@code mount-in -m} and {@code copy-in -d}, and an image's {@code fscomp.conf}.
 */
public final class KernelTrees {

  private static final List<String> TREES = List.of("/dev", "/proc");

  private KernelTrees() {}

  /**
   * Why {@code path}, a path inside the pot, is refused: it is a kernel tree or lies below one;
   * empty when it does not (the paths are compared as written, {@code /devel} is none).
   */
  public static Optional<String> problem(String path) {
    return TREES.stream()
        .filter(tree -> path.equals(tree) || path.startsWith(tree + "/"))
        .findFirst()
        .map(
            tree ->
                "must not be "
                    + tree
                    + " or below it (the jail's "
                    + (tree.equals("/dev") ? "devfs" : "procfs")
                    + ", managed by the kernel)");
  }
}
