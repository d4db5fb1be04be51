package org.potctl.controller.realpot;

import static org.potctl.controller.realpot.MoreSequences.words;

import java.util.ArrayList;
import java.util.List;

/**
 * The real-pot kit's sequence of pot's {@code -v}: the everyday commands each given {@code -v},
 * which makes pot print its {@code =====>} debug lines (common.sh's {@code _debug} at verbosity 2),
 * start and stop of every network type among them. A multi pot's fscomp is mounted nowhere here:
 * the kit cannot make a mount point inside a stopped multi pot's {@code usr.local} (zfs-fuse mounts
 * the dataset in the host's namespace, under the sandbox's read-only base), which FreeBSD can.
 */
final class VerboseSequences {

  private VerboseSequences() {}

  static List<List<String>> verbose() {
    List<List<String>> s = new ArrayList<>();
    for (String line :
        List.of(
            "create-base -v -r 14.1",
            "create -v -p s1 -b 14.1 -t single",
            "create -v -p m1 -b 14.1",
            "create -v -p l2 -P m1 -l 2",
            "create -v -p n1 -b 14.1 -N public-bridge",
            "create-private-bridge -v -B priv -S 4",
            "create -v -p b1 -b 14.1 -t single -N private-bridge -B priv",
            "create -v -p a1 -b 14.1 -t single -N alias -i 192.168.1.50",
            "export-ports -v -p b1 -e 53:5353 -e udp:53:5353",
            "set-attribute -v -p b1 -A no-rc-script -V YES",
            "start -v b1",
            "stop -v b1",
            "set-attribute -p a1 -A no-etc-hosts -V YES",
            "start -v a1",
            "stop -v a1",
            "stop -v a1",
            "create-fscomp -v -f data",
            "mount-in -v -p m1 -f data -m /data",
            "mount-in -v -p s1 -f data -m /data",
            "export-ports -v -p n1 -e 80:8080",
            "start -v -s s1",
            "create-fscomp -f logs",
            "mount-in -v -p s1 -f logs -m /logs -r",
            "stop -v s1",
            "start -v -S s1",
            "stop -v s1",
            "start -v -S m1",
            "start -v m1",
            "stop -v m1",
            "start -v n1",
            "stop -v n1",
            "create -v -p d1 -b 14.1 -t single -N public-bridge -S dual",
            "start -v d1",
            "stop -v d1",
            "destroy -v -p d1",
            "start -v l2",
            "stop -v l2",
            "snapshot -v -p m1",
            "snapshot -v -f data",
            "rename -v -p s1 -n s2",
            "clone -v -p c1 -P m1",
            "mount-out -v -p m1 -m /data",
            "set-attribute -v -p m1 -A persistent -V NO",
            "start -v m1",
            "destroy -v -p c1",
            "destroy -v -p s2",
            "destroy -v -p m1 -r",
            "destroy -v -f data",
            "destroy -v -f logs",
            "destroy -v -p b1",
            "destroy -v -B priv",
            "destroy -v -b 14.1 -r")) {
      s.add(words(line));
    }
    return s;
  }

  /**
   * {@code -v} of the commands that work inside a pot from the host: copy-in and copy-out on a
   * stopped pot (mounted around the copy, one-shot jails) and on a running one ({@code -F}), with
   * {@code -c}; update-config of a pot whose pot.conf lacks settings; set-cmd, set-env, set-rss,
   * add-dep, set-attribute, get-attribute, export-ports and info, each given {@code -v}.
   */
  static List<List<String>> insideVerbose() {
    List<List<String>> s = new ArrayList<>();
    for (String line :
        List.of(
            "create-base -r 14.1",
            "create -p s1 -b 14.1 -t single",
            "create -p m1 -b 14.1",
            "create-fscomp -f data",
            "mount-in -p s1 -f data -m /data",
            "copy-in -v -p s1 -s /usr/share/misc -d /root/misc",
            "copy-in -v -p s1 -s /usr/share/misc -d /root/x/misc -c",
            "copy-in -v -p m1 -s /usr/share/misc -d /root/misc",
            "copy-out -v -p s1 -s /etc/rc.conf -d /usr/share/misc",
            "copy-out -v -p m1 -s /etc/rc.conf -d /usr/share/misc",
            "start s1",
            "copy-in -v -p s1 -s /usr/share/misc -d /root/misc",
            "copy-in -v -F -p s1 -s /usr/share/misc -d /root/y/misc -c",
            "copy-out -v -F -p s1 -s /etc/rc.conf -d /usr/share/misc",
            "stop s1",
            "update-config -v -p s1",
            "update-config -v -a",
            "set-cmd -v -p s1 -c /usr/local/bin/app",
            "set-env -v -p s1 -E A=1",
            "set-rss -v -p s1 -C 2 -M 256M",
            "add-dep -v -p s1 -P m1",
            "set-attribute -v -p s1 -A start-at-boot -V YES",
            "get-attribute -v -p s1 -A start-at-boot",
            "export-ports -v -p s1 -e 8080",
            "info -v -p s1",
            "destroy -v -p s1",
            "destroy -v -p m1",
            "destroy -v -f data",
            "destroy -b 14.1 -r")) {
      s.add(words(line));
    }
    return s;
  }

  /**
   * {@code -v} of what the other sequences give none: create with a command-file flavour and one
   * with a script (common-flv.sh's {@code _exec_flv}), a missing flavour before and after the
   * {@code -v}, create's and clone's option checks in the order the options come, import (hash, an
   * inherit pot), prepare (a pot already imported, auto start), clone-fscomp, and start's redirects
   * of ports written with leading zeros.
   */
  static List<List<String>> more() {
    List<List<String>> s = new ArrayList<>();
    for (String line :
        List.of(
            "create-base -r 14.1",
            "create -v -p f1 -b 14.1 -t single -f multi",
            "create -v -p f2 -b 14.1 -t single -f withscript",
            "create -v -p f3 -b 14.1 -t single -f nosuch",
            "create -p f3 -b 14.1 -t single -f nosuch -v",
            "create -p f3 -b 14.1 -t single -f hook.sh",
            "create -p f3 -t weird -N nonsense",
            "create -p f3 -N nonsense -t weird",
            "create -S ipv5 -x",
            "create -p a.b -p f3 -b 14.1",
            "clone -d x -N nonsense -p c -P f1",
            "clone -v -p c -P f1 -f nosuch",
            "create -p s1 -b 14.1 -t single",
            "snapshot -p s1",
            "export -p s1 -D /srv/images -t 1.0",
            "import -v -p s1 -t 1.0 -U file:///srv/images",
            "prepare -v -p s1 -t 1.0 -a 1 -N public-bridge -e 80:8080 -s",
            "stop s1_1_0_1",
            "create-fscomp -f data",
            "snapshot -f data",
            "clone-fscomp -v -f copy -F data",
            "create -p n1 -b 14.1 -t single -N public-bridge",
            "export-ports -p n1 -e udp:053:0053:x -e 080 -e tcp:8:09",
            "start -v n1",
            "stop -v n1",
            "destroy -p n1",
            "destroy -p s1_1_0_1",
            "destroy -p s1_1_0",
            "destroy -p s1",
            "destroy -p f2",
            "destroy -p f1",
            "destroy -f copy",
            "create -p s2 -b 14.1 -t single",
            "export -v -A -p s2 -D /srv/images -t 2.0",
            "mount-in -p s2 -f data -m /data",
            "mount-out -v -p s2 -m /data",
            "start s2",
            "exec -v -p s2 ls -l /",
            "mount-in -p s2 -f data -m /data",
            "mount-out -v -p s2 -m /data",
            "stop s2",
            "create -p m1 -b 14.1",
            "snapshot -p m1",
            "create -p m2 -P m1 -l 2",
            "destroy -v -r -p m2",
            "create -p m3 -P m1 -l 2",
            "destroy -v -r -p m1",
            "create -p t0 -b 14.1 -t single",
            "create -p t1 -P t0 -t single",
            "destroy -v -r -p t0",
            "destroy -v -b 14.1",
            "destroy -f data",
            "de-init -v -f")) {
      s.add(words(line));
    }
    return s;
  }
}
