package org.potctl.controller.realpot;

import java.util.List;

/**
 * The real-pot kit's sequences of the twenty-fifth session, commands crossed with each other: an
 * fscomp's whole life (clone-fscomp, snapshots, revert, mounted in several pots and modes,
 * destroyed while mounted); multi pots of three levels renamed, updated and destroyed under their
 * children; edits made to a running pot and seen at its next start.
 */
final class CrossSequences {

  private CrossSequences() {}

  private static List<List<String>> lines(String... lines) {
    return List.of(lines).stream().map(MoreSequences::words).toList();
  }

  static List<List<String>> fscomps() {
    return lines(
        "create-base -r 14.1",
        "create-fscomp -f data",
        "create-fscomp -f data",
        "clone-fscomp -f copy -F data",
        "snapshot -f data",
        "clone-fscomp -f copy -F data",
        "clone-fscomp -f copy -F data",
        "clone-fscomp -f other",
        "clone-fscomp -F data",
        "clone-fscomp -f copy2 -F ghost",
        "ls -f",
        "create -p p1 -b 14.1 -t single",
        "create -p p2 -b 14.1 -t single -N public-bridge",
        "mount-in -p p1 -f data -m /data",
        "mount-in -p p2 -f data -m /shared -r",
        "mount-in -p p1 -f copy -m /copy -w",
        "info -v -p p1",
        "start p1",
        "start p2",
        "show -p p1",
        "snapshot -f data",
        "info -s -p p1",
        "stop p1",
        "stop p2",
        "mount-out -p p1 -m /copy",
        "mount-out -p p1 -m /copy",
        "mount-out -p p2 -m /nothere",
        "!sleep",
        "snapshot -f data",
        "purge-snapshots -f data",
        "revert -f data",
        "revert -f copy",
        "snapshot -r -f copy",
        "destroy -f copy",
        "destroy -f data",
        "info -v -p p1",
        "start p1",
        "stop p1",
        "ls -f -v",
        "destroy -p p2",
        "destroy -p p1");
  }

  static List<List<String>> levels() {
    return lines(
        "create-base -r 14.1",
        "create -p l1 -b 14.1 -l 1",
        "create -p l1b -b 14.1 -l 1 -N public-bridge",
        "create -p l2 -P l1 -l 2",
        "create -p l2n -P l1 -l 2 -N public-bridge -S dual",
        "create -p l2x -P l2 -l 2",
        "create -p l2y -P l1 -l 1",
        "info -v -p l2",
        "start l2",
        "show -p l2",
        "stop l2",
        "update-config -p l2",
        "snapshot -p l1",
        "rename -p l1 -n l1r",
        "info -v -p l2",
        "start -v l2",
        "stop l2",
        "start l2n",
        "destroy -p l1r",
        "stop l2n",
        "ls -v",
        "destroy -v -r -p l1r",
        "ls -v",
        "destroy -p l1b");
  }

  static List<List<String>> runningEdits() {
    return lines(
        "create-base -r 14.1",
        "create -p e1 -b 14.1 -t single -N public-bridge",
        "create -p e0 -b 14.1 -t single",
        "start e1",
        "set-env -p e1 -E A=1",
        "set-cmd -p e1 -c /usr/local/bin/app",
        "set-attribute -p e1 -A start-at-boot -V YES",
        "set-attribute -p e1 -A persistent -V NO",
        "mount-in -p e1 -d /usr/share/misc -m /misc",
        "mount-out -p e1 -m /misc",
        "export-ports -p e1 -e 443",
        "set-rss -p e1 -C 1",
        "add-dep -p e1 -P e0",
        "rename -p e1 -n e2",
        "snapshot -p e1",
        "destroy -p e1",
        "info -v -p e1",
        "show -p e1",
        "stop e1",
        "start -v e1",
        "info -v -p e1",
        "stop -v e1",
        "set-status -p e1 -s started",
        "info -p e1",
        "stop e1",
        "start e1",
        "stop e0",
        "stop e1",
        "destroy -p e0");
  }
}
