package org.potctl.controller.realpot;

import java.util.ArrayList;
import java.util.List;

/**
 * Command sequences of the real-pot kit beyond the first three ({@link RealPotCommandsIT}): what
 * pot users query (list, info, ps in every option form, on running and stopped pots of every
 * network kind) and the mount paths whose files pot rewrites (fscomp.conf conversion, zfs-remount,
 * mount-out of a missing directory) and a base destroyed with its pots. A multi pot mounts only at
 * directories its read-only base has or under its writable datasets: pot's mkdir fails elsewhere
 * and the simulator does not model that yet (docs/real-pot.md).
 */
final class MoreSequences {

  private MoreSequences() {}

  /** list, info and ps on pots of each network kind, before, while and after one runs. */
  static List<List<String>> queries() {
    List<List<String>> q = new ArrayList<>();
    q.add(words("ls"));
    q.add(words("ls -q"));
    q.add(words("info -p ghost"));
    q.add(words("create-fscomp -f data"));
    q.add(words("create-private-bridge -B backend -S 4"));
    q.add(words("create -p q1 -b 14.1 -t single -N public-bridge"));
    q.add(words("create -p q2 -b 14.1 -t single -N private-bridge -B backend"));
    q.add(
        List.of(
            "create",
            "-p",
            "q3",
            "-b",
            "14.1",
            "-t",
            "single",
            "-N",
            "alias",
            "-i",
            "em0|192.168.1.30"));
    q.add(words("create -p q4 -b 14.1 -t single"));
    q.add(words("mount-in -p q1 -f data -m /data"));
    q.add(words("snapshot -p q1"));
    for (String form :
        List.of(
            "ls",
            "ls -q",
            "ls -p",
            "ls -v",
            "ls -p -q",
            "ls -b",
            "ls -f",
            "ls -f -q",
            "ls -B",
            "ls -B -q",
            "ls -F",
            "ls -a",
            "ls -a -q",
            "ls -b -f",
            "list -p",
            "ps",
            "ps -q")) {
      q.add(words(form));
    }
    for (String pot : List.of("q1", "q2", "q3", "q4")) {
      q.add(words("info -p " + pot));
      q.add(words("info -v -p " + pot));
      q.add(words("info -E -p " + pot));
      q.add(words("info -r -p " + pot));
      q.add(words("info -q -p " + pot));
    }
    q.add(words("info -s -p q1"));
    q.add(words("info -B backend"));
    q.add(words("info -B backend -v"));
    q.add(words("info -B nope"));
    q.add(words("info"));
    q.add(words("start q1"));
    q.add(words("start q2"));
    q.add(words("start q3"));
    for (String form :
        List.of(
            "ls",
            "ls -v",
            "ps",
            "ps -q",
            "info -p q1",
            "info -r -p q1",
            "info -E -p q1",
            "info -E -p q2",
            "info -E -p q3",
            "info -v -p q2",
            "info -B backend")) {
      q.add(words(form));
    }
    q.add(words("stop q1"));
    q.add(words("stop q2"));
    q.add(words("stop q3"));
    q.add(words("ps"));
    q.add(words("info -r -p q1"));
    return q;
  }

  /** Mounts on stopped and running pots, zfs-remount, fscomp.conf conversion, base destroy. */
  static List<List<String>> mounts() {
    List<List<String>> m = new ArrayList<>();
    m.add(words("create-base -r 14.1"));
    m.add(words("create-fscomp -f data"));
    m.add(words("create-fscomp -f logs"));
    m.add(words("create -p m1 -b 14.1 -t single"));
    m.add(words("create -p m2 -b 14.1"));
    m.add(words("create -p m3 -P m2 -l 2"));
    m.add(words("mount-in -p m1 -f data -m /data -r"));
    m.add(words("mount-in -p m1 -f logs -m /var/log"));
    m.add(words("mount-in -p m1 -f data -m /data"));
    m.add(words("mount-in -p m1 -f data -m /data2"));
    m.add(words("mount-in -p m2 -f logs -m /mnt"));
    m.add(words("mount-in -p m2 -z $ZROOT/fscomp/data -m /media"));
    m.add(words("mount-in -p m2 -f data -m /tmp -r"));
    m.add(words("mount-in -p m1 -d /usr/share/misc -m /misc -r"));
    m.add(words("mount-in -p m1 -m /x"));
    m.add(words("mount-in -p m1 -f data"));
    m.add(words("mount-in -p m1 -f data -m relative"));
    m.add(words("start m1"));
    m.add(words("mount-in -p m1 -f logs -m /running"));
    m.add(words("mount-out -p m1 -m /running"));
    m.add(words("stop m1"));
    m.add(words("mount-out -p m1 -m /data2"));
    m.add(words("mount-out -p m1 -m /nope"));
    m.add(words("start m2"));
    m.add(words("stop m2"));
    m.add(words("start m3"));
    m.add(words("stop m3"));
    m.add(words("mount-out -p m2 -m /media"));
    m.add(words("destroy -f data"));
    m.add(words("destroy -p m2"));
    m.add(words("destroy -b 14.1"));
    m.add(words("destroy -b 14.1 -r"));
    m.add(words("ls -q"));
    m.add(words("ls -b"));
    return m;
  }

  /** A command line split at its spaces (no argument of these sequences has one). */
  static List<String> words(String line) {
    return List.of(line.split(" "));
  }
}
