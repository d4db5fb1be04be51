package org.potctl.controller.realpot;

import static org.potctl.controller.realpot.MoreSequences.words;

import java.util.ArrayList;
import java.util.List;

/**
 * The real-pot kit's sequences of a working day on one host (twenty-third session): {@code
 * mount-variants} (mount-in's {@code -w}, {@code -z}, {@code -d}, {@code -r} on stopped and running
 * pots, then stop and start), {@code starts} (set-rss and cpuset at start, hooks, a dependency that
 * fails to start) and {@code renames} (a pot with dependants, dependencies and mounts renamed, then
 * destroyed).
 */
final class WorkdaySequences {

  private WorkdaySequences() {}

  private static List<List<String>> of(List<String> lines) {
    List<List<String>> s = new ArrayList<>();
    lines.forEach(l -> s.add(words(l)));
    return s;
  }

  /** mount-in in every form on a stopped single pot and a running one, started and stopped. */
  static List<List<String>> mountVariants() {
    return of(
        List.of(
            "create-base -r 14.1",
            "create -p s1 -b 14.1 -t single",
            "create -p s2 -b 14.1 -t single -N public-bridge",
            "create-fscomp -f data",
            "create-fscomp -f logs",
            "create-fscomp -f www",
            "create-fscomp -f run",
            "mount-in -v -p s1 -f data -m /data -w",
            "mount-in -v -p s1 -f logs -m /logs -w -r",
            "mount-in -v -p s1 -d /usr/share/misc -m /misc -r",
            "mount-in -p s1 -d /usr/share/misc/ -m /misc2",
            "mount-in -p s1 -d /usr/share/misc -m /misc3 -w",
            "mount-in -v -p s1 -z $ZROOT/fscomp/www -m /www",
            "mount-in -p s1 -z $ZROOT/fscomp/nosuch -m /nx",
            "mount-in -p s1 -z $ZROOT/fscomp/www -m /www",
            "mount-in -p s1 -d /nonexistent -m /nx",
            "mount-in -p s1 -w -m /nx",
            "mount-in -p s1 -f logs -m /l2 -r -r",
            "info -v -p s1",
            "start -v s1",
            "info -v -p s1",
            "start -v s2",
            "mount-in -v -p s2 -d /srv/images -m /images",
            "mount-in -v -p s2 -z $ZROOT/fscomp/www -m /www -r",
            "mount-in -v -p s2 -f run -m /run -w",
            "mount-in -v -p s2 -d /usr/share/misc -m /misc -r",
            "mount-in -p s2 -f run -m /run",
            "show -p s2",
            "stop -v s2",
            "start -v s2",
            "stop -v s2",
            "stop -v s1",
            "start s1",
            "stop s1",
            "mount-out -v -p s1 -m /data",
            "mount-out -v -p s1 -m /misc",
            "mount-out -v -p s2 -m /run",
            "mount-out -p s2 -m /www",
            "start -v s2",
            "stop s2",
            "create -p s3 -b 14.1 -t single",
            "mount-in -p s3 -f run -m /run -w",
            "mount-in -p s3 -f logs -m /logs",
            "start s3",
            "stop s3",
            "destroy -v -p s3",
            "ls -f",
            "destroy -v -f data",
            "info -v -p s1"));
  }

  /** set-rss and hooks seen by start and stop with -v; a dependency whose start fails. */
  static List<List<String>> starts() {
    return of(
        List.of(
            "create-base -r 14.1",
            "create -p r1 -b 14.1 -t single -N public-bridge",
            "set-rss -v -p r1 -C 2 -M 512M",
            "start -v r1",
            "show -p r1",
            "get-rss -p r1",
            "stop -v r1",
            "set-rss -p r1 -C 0",
            "set-rss -p r1 -C x",
            "set-rss -p r1 -M 1G",
            "start -v r1",
            "stop r1",
            "create -p h1 -b 14.1 -t single",
            "set-hook -p h1 -s $POT/etc/pot/flavours/hook.sh -S $POT/etc/pot/flavours/hook.sh",
            "set-hook -p h1 -t $POT/etc/pot/flavours/hook.sh -T $POT/etc/pot/flavours/hook.sh",
            "start -v h1",
            "stop -v h1",
            "stop -v h1",
            "set-attribute -p h1 -A persistent -V NO",
            "start -v h1",
            "create-fscomp -f gone",
            "create -p dep -b 14.1 -t single",
            "mount-in -p dep -f gone -m /gone",
            "destroy -f gone",
            "create -p top -b 14.1 -t single -N public-bridge",
            "add-dep -p top -P dep",
            "start -v top",
            "ls -v -p top",
            "stop top",
            "start top",
            "stop top",
            "create -p dep2 -b 14.1 -t single",
            "add-dep -p top -P dep2",
            "destroy -p dep2",
            "start top",
            "stop top",
            "create -p r2 -b 14.1 -t single -N public-bridge",
            "add-dep -p r2 -P r1",
            "start -v r2",
            "ls -q",
            "stop r2",
            "stop r1"));
  }

  /**
   * A pot with a dependant, a dependency, an fscomp and a directory renamed, used, destroyed. No
   * pot whose snapshot a clone uses is renamed: zfs-fuse refuses that rename ("dataset is busy"),
   * OpenZFS does not (docs/real-pot.md).
   */
  static List<List<String>> renames() {
    return of(
        List.of(
            "create-base -r 14.1",
            "create-fscomp -f data",
            "create -p db -b 14.1 -t single -N public-bridge",
            "create -p app -b 14.1 -t single -N public-bridge",
            "create -p web -b 14.1 -t single",
            "add-dep -p app -P db",
            "add-dep -p web -P app",
            "mount-in -p app -f data -m /data",
            "mount-in -p app -d /usr/share/misc -m /misc -r",
            "export-ports -p app -e 80:8080",
            "rename -v -p app -n app2",
            "info -v -p app2",
            "info -v -p web",
            "start -v web",
            "ls -v",
            "stop web",
            "stop app2",
            "stop db",
            "rename -p db -n db2",
            "info -v -p app2",
            "start app2",
            "rename -p app2 -n app3",
            "stop app2",
            "rename -p app2 -n web",
            "rename -p app2 -n app3",
            "create -p l1 -b 14.1 -l 1",
            "create -p l2 -P l1 -l 2",
            "rename -v -p l1 -n l1b",
            "info -v -p l2",
            "start -v l2",
            "stop l2",
            "rename -p app3 -n app5",
            "snapshot -p app5",
            "clone -p app4 -P app5",
            "info -v -p app4",
            "destroy -v -p app5",
            "info -v -p app4"));
  }
}
