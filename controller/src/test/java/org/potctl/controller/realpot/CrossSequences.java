package org.potctl.controller.realpot;

import java.util.List;

/**
 * The real-pot kit's sequences of the twenty-fifth session, commands crossed with each other: an
 * fscomp's whole life (clone-fscomp, snapshots, revert, mounted in several pots and modes,
 * destroyed while mounted); multi pots of three levels renamed, updated and destroyed under their
 * children; edits made to a running pot and seen at its next start; clone chains under renames and
 * reverts; set-status transitions; a private bridge filled and emptied ({@link RestartSequences}
 * has the ones around running pots).
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

  /**
   * Clones of clones, of a named snapshot and of a running pot; the origin renamed, reverted and
   * destroyed under its clones (zfs refuses a snapshot that has clones).
   */
  static List<List<String>> cloneChains() {
    return lines(
        "create-base -r 14.1",
        "create -p o -b 14.1 -t single -N public-bridge",
        "clone -p c0 -P o",
        "snapshot -p o",
        "clone -p c1 -P o",
        "snapshot -p c1",
        "clone -p c2 -P c1 -N public-bridge",
        "start o",
        "clone -p c3 -P o",
        "snapshot -p o",
        "stop o",
        "!sleep",
        "snapshot -p o",
        "info -s -p o",
        "clone -p c4 -P o -F",
        "rename -p o -n o2",
        "info -v -p c1",
        "revert -p o2",
        "purge-snapshots -p o2",
        "purge-snapshots -a -p o2",
        "destroy -p o2",
        "destroy -r -p o2",
        "ls -v",
        "start c2",
        "destroy -p c1",
        "destroy -F -p c2",
        "destroy -p c1",
        "ls");
  }

  /**
   * set-status through every transition pot allows and refuses, each followed by what start, stop
   * and info make of it.
   */
  static List<List<String>> statuses() {
    return lines(
        "create-base -r 14.1",
        "create -p s -b 14.1 -t single",
        "set-status -p s -s nonsense",
        "set-status -p s -s stopped",
        "set-status -p s -s starting",
        "info -p s",
        "start s",
        "set-status -p s -s stopped",
        "set-status -p s -s doa",
        "info -p s",
        "start s",
        "stop s",
        "set-status -p s -s starting",
        "set-status -p s -s started -i epair9a",
        "info -p s",
        "stop s",
        "set-status -p s -s stopping",
        "set-status -p s -s stopped",
        "set-status -p ghost -s stopped",
        "set-status -s stopped",
        "set-status -p s",
        "start s",
        "set-status -p s -s starting",
        "set-status -p s -s stopping",
        "stop s",
        "ls -v");
  }

  /**
   * A private bridge filled, emptied and filled again: addresses taken and given back, pots started
   * on it, the bridge destroyed while pots still name it.
   */
  static List<List<String>> bridgeChurn() {
    return lines(
        "create-base -r 14.1",
        "create-private-bridge -B br -S 3",
        "create -p b1 -b 14.1 -t single -N private-bridge -B br",
        "create -p b2 -b 14.1 -t single -N private-bridge -B br",
        "create -p b3 -b 14.1 -t single -N private-bridge -B br",
        "create -p b4 -b 14.1 -t single -N private-bridge -B br",
        "destroy -p b1",
        "create -p b5 -b 14.1 -t single -N private-bridge -B br",
        "create -p b6 -b 14.1 -t single -N private-bridge -B br -i auto",
        "start b2",
        "start b5",
        "info -v -p b5",
        "show -p b5",
        "stop b2",
        "stop b5",
        "ls -B",
        "ls -B -v",
        "destroy -B br",
        "destroy -B br -F",
        "ls -B",
        "start b2",
        "info -v -p b2",
        "create-private-bridge -B br -S 3",
        "create -p b7 -b 14.1 -t single -N private-bridge -B br",
        "start b2",
        "stop b2");
  }
}
