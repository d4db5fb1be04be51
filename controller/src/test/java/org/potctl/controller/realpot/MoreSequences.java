package org.potctl.controller.realpot;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Command sequences of the real-pot kit beyond the first three ({@link RealPotCommandsIT}): what
 * pot users query (list, info, ps in every option form, on running and stopped pots of every
 * network kind) and the mount paths whose files pot rewrites (fscomp.conf conversion, zfs-remount,
 * mount-out of a missing directory) and a base destroyed with its pots; mount points through the
 * pots' links and into a multi pot's read-only base; and pot's smaller sub-commands (vnet-start,
 * last-run-stats, clone-fscomp, prune, help) and single pots from a template.
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

  /**
   * Mount points through a pot's links and into a multi pot's read-only base: pot writes the
   * realpath ({@code /var/db} of a multi pot is {@code /opt/custom/var/db}, a single pot's {@code
   * /home} is {@code /usr/home}) and its {@code mkdir -p} fails in the base.
   */
  static List<List<String>> links() {
    List<List<String>> m = new ArrayList<>();
    m.add(words("create-base -r 14.1"));
    m.add(words("create-fscomp -f data"));
    m.add(words("create-fscomp -f logs"));
    m.add(words("create -p s1 -b 14.1 -t single"));
    m.add(words("create -p m2 -b 14.1"));
    m.add(words("create -p m3 -P m2 -l 2"));
    // the read-only base of level 1 and 2 pots; /usr/local is read-only at level 2
    m.add(words("mount-in -p m2 -f data -m /data"));
    m.add(words("mount-in -p m2 -f data -m /mnt/x"));
    m.add(words("mount-in -p m2 -f data -m /usr/share/x"));
    m.add(words("mount-in -p m2 -f data -m /usr/share -r"));
    m.add(words("mount-in -p m3 -f data -m /usr/local/x"));
    m.add(words("mount-in -p m3 -f logs -m /tmp"));
    // the links of the base pot (level 0: its root writable, its own datasets nullfs-mounted)
    m.add(words("mount-in -p base-14_1 -f data -m /var/db/app"));
    m.add(words("mount-in -p base-14_1 -f logs -m /usr/local/etc/app -r"));
    m.add(words("mount-in -p base-14_1 -z $ZROOT/fscomp/logs -m /home/u -r"));
    m.add(words("mount-in -p base-14_1 -d /usr/share/misc -m /etc/misc -r"));
    m.add(words("mount-in -p base-14_1 -f data -m /srv/data"));
    m.add(words("mount-in -p base-14_1 -f data -m /var/db/app"));
    m.add(words("mount-in -p s1 -f data -m /home/a"));
    m.add(words("mount-in -p s1 -f logs -m /srv/logs -r"));
    m.add(words("start m2"));
    m.add(words("mount-in -p m2 -f logs -m /nothere"));
    m.add(words("stop m2"));
    m.add(words("start m3"));
    m.add(words("stop m3"));
    m.add(words("start s1"));
    m.add(words("stop s1"));
    m.add(words("mount-out -p base-14_1 -m /var/db/app"));
    m.add(words("mount-out -p base-14_1 -m /opt/custom/etc/misc"));
    m.add(words("mount-out -p s1 -m /home/a"));
    m.add(words("ls -v"));
    return m;
  }

  /** vnet-start, last-run-stats, clone-fscomp, prune and help, with their refusals. */
  static List<List<String>> chores() {
    List<List<String>> c = new ArrayList<>();
    c.add(words("create-base -r 14.1"));
    c.add(words("create-fscomp -f data"));
    c.add(words("last-run-stats -p base-14_1"));
    c.add(words("create -p a -b 14.1 -t single -N public-bridge -i auto"));
    c.add(words("last-run-stats -p a"));
    c.add(words("last-run-stats"));
    c.add(words("last-run-stats -p nope"));
    c.add(words("clone-fscomp -f copy -F data"));
    c.add(words("snapshot -f data"));
    c.add(words("clone-fscomp -f copy -F data"));
    c.add(words("clone-fscomp -f copy -F data"));
    c.add(words("clone-fscomp -f x -F nope"));
    c.add(words("clone-fscomp -F data"));
    c.add(words("clone-fscomp -f y"));
    c.add(words("ls -f"));
    c.add(words("ps"));
    c.add(words("vnet-start -B nope"));
    c.add(words("create-private-bridge -B br -S 4"));
    c.add(words("vnet-start -B br"));
    c.add(words("vnet-start"));
    c.add(words("ps"));
    c.add(words("set-attribute -p a -A prunable -V YES"));
    c.add(words("create -p b -b 14.1 -t single"));
    c.add(words("set-attribute -p b -A prunable -V YES"));
    c.add(words("start a"));
    c.add(words("prune"));
    c.add(words("stop a"));
    c.add(words("last-run-stats -p a"));
    c.add(words("prune -n"));
    c.add(words("ls -q"));
    c.add(words("prune -q"));
    c.add(words("ls -q"));
    c.add(words("help ls"));
    c.add(words("help clone-fscomp"));
    c.add(words("help nonsense"));
    c.add(words("help network"));
    return c;
  }

  /**
   * Single pots made from a single template ({@code create -t single -P}), with the refusals, and
   * creates whose flavour fails (the {@code broken} and {@code badcmd} flavours the test writes):
   * both end in pot's {@code _cj_undo_create}.
   */
  static List<List<String>> templates() {
    List<List<String>> t = new ArrayList<>();
    t.add(words("create-base -r 14.1"));
    t.add(words("create -p t1 -b 14.1 -t single"));
    t.add(words("create -p t2 -b 14.1 -t single"));
    t.add(words("create -p c1 -t single -P t1"));
    t.add(words("ls -q"));
    t.add(words("snapshot -p t1"));
    t.add(words("create -p c1 -t single -P t1"));
    t.add(words("create -p c2 -t single -P nope"));
    t.add(words("create -p c3 -t single -P t1 -b 13.2"));
    t.add(words("create -p m1 -b 14.1"));
    t.add(words("create -p c4 -t single -P m1"));
    t.add(words("create -p c5 -t single -P t1 -b 14.1 -N public-bridge -i auto"));
    t.add(words("create -p c6 -t single -P t2 -k"));
    t.add(words("ls -q"));
    t.add(words("info -v -p c1"));
    t.add(words("info -p c5"));
    t.add(words("start c5"));
    t.add(words("stop c5"));
    t.add(words("destroy -p c1"));
    t.add(words("create -p f1 -b 14.1 -t single -f broken"));
    t.add(words("create -p f2 -b 14.1 -t single -f broken -k"));
    t.add(words("create -p f3 -b 14.1 -f broken"));
    t.add(words("create -p f4 -b 14.1 -t single -f badcmd"));
    t.add(words("create -p f5 -b 14.1 -t single -f badcmd -k"));
    t.add(words("ls -v"));
    return t;
  }

  /** The words of a command line split at blanks; a word {@code ''} is the empty argument. */
  static List<String> words(String line) {
    return Stream.of(line.split(" ")).map(w -> w.equals("''") ? "" : w).toList();
  }
}
