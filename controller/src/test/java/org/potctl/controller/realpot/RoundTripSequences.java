package org.potctl.controller.realpot;

import static org.potctl.controller.realpot.MoreSequences.words;

import java.util.ArrayList;
import java.util.List;

/**
 * The real-pot kit's sequences of pot's snapshots and images (twenty-third session): {@code
 * snapshots} (snapshot, revert and purge-snapshots with {@code -v}, {@code -r}, {@code -a} on pots
 * and fscomps, clone {@code -F}) and {@code round-trips} (export and import with {@code -v}, an
 * image imported, started, exported again and imported under its tag).
 */
final class RoundTripSequences {

  private RoundTripSequences() {}

  private static List<List<String>> of(List<String> lines) {
    List<List<String>> s = new ArrayList<>();
    lines.forEach(l -> s.add(words(l)));
    return s;
  }

  /** Snapshots taken, replaced, reverted to and purged, of pots of each kind and an fscomp. */
  static List<List<String>> snapshots() {
    return of(
        List.of(
            "create-base -r 14.1",
            "create-fscomp -f data",
            "create -p s1 -b 14.1 -t single",
            "create -p m1 -b 14.1",
            "create -p m2 -P m1 -l 2",
            "mount-in -p s1 -f data -m /data",
            "snapshot -v -p s1",
            "snapshot -v -p m1",
            "snapshot -v -f data",
            "!sleep",
            "snapshot -v -p s1",
            "snapshot -v -p m2",
            "info -v -p s1",
            "revert -v -p s1",
            "revert -v -f data",
            "revert -v -p m1",
            "!sleep",
            "snapshot -v -r -p s1",
            "info -v -p s1",
            "!sleep",
            "snapshot -r -p s1",
            "!sleep",
            "snapshot -v -r -f data",
            "purge-snapshots -v -p s1",
            "info -v -p s1",
            "purge-snapshots -v -a -p s1",
            "info -v -p s1",
            "purge-snapshots -v -p s1",
            "revert -v -p s1",
            "purge-snapshots -a -f data",
            "revert -f data",
            "clone -v -p c1 -P m1 -F",
            "!sleep",
            "clone -v -p c2 -P s1 -F",
            "clone -p c3 -P m2 -F",
            "info -v -p c2",
            "start -v c2",
            "snapshot -p c2",
            "stop c2",
            "purge-snapshots -a -p m1",
            "destroy -p c3",
            "destroy -p c1",
            "purge-snapshots -a -p m1"));
  }

  /** Images exported and imported with -v, the imported pot started and exported again. */
  static List<List<String>> roundTrips() {
    return of(
        List.of(
            "create-base -r 14.1",
            "create -p app -b 14.1 -t single -N public-bridge",
            "set-attribute -p app -A persistent -V NO",
            "set-cmd -p app -c /usr/local/bin/app",
            "export-ports -p app -e 80:8080",
            "snapshot -p app",
            "export -v -p app -t 1.0 -D /srv/images",
            "export -v -p app -t 1.0 -D /srv/images",
            "destroy -p app",
            "import -v -p app -t 1.0 -U file:///srv/images",
            "import -v -p app -t 1.0 -U file:///srv/images",
            "info -v -p app_1_0",
            "ls -v -p app_1_0",
            "start -v app_1_0",
            "stop app_1_0",
            "snapshot -p app_1_0",
            "export -v -p app_1_0 -t 2.0 -D /srv/images -l 9",
            "clone -v -p app2 -P app_1_0",
            "start -v app2",
            "stop app2",
            "destroy -p app2",
            "destroy -p app_1_0",
            "import -v -p app_1_0 -t 2.0 -U file:///srv/images",
            "info -v -p app_1_0_2_0",
            "prepare -v -p app_1_0 -t 2.0 -U file:///srv/images -a 0 -n p2 -N public-bridge",
            "ls -v -p p2"));
  }

  /**
   * Snapshots, reverts, purges, exports and clones of running pots; a pot's one snapshot replaced.
   */
  static List<List<String>> running() {
    return of(
        List.of(
            "create-base -r 14.1",
            "create-fscomp -f data",
            "create -p s1 -b 14.1 -t single -N public-bridge",
            "mount-in -p s1 -f data -m /data",
            "snapshot -r -p s1",
            "start s1",
            "!sleep",
            "snapshot -v -p s1",
            "revert -v -p s1",
            "purge-snapshots -v -p s1",
            "!sleep",
            "snapshot -v -r -p s1",
            "export -v -p s1 -t 1.0 -D /srv/images",
            "clone -v -p c1 -P s1 -F",
            "rename -p s1 -n s9",
            "set-attribute -p s1 -A no-tmpfs -V YES",
            "set-attribute -p s1 -A persistent -V NO",
            "destroy -p s1",
            "destroy -v -F -p c1",
            "ls -v",
            "stop s1",
            "destroy -v -F -p s1",
            "info -v -f data",
            "ls -f -v"));
  }
}
