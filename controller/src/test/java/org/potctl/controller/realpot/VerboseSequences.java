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
}
