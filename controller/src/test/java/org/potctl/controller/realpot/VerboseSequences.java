package org.potctl.controller.realpot;

import static org.potctl.controller.realpot.MoreSequences.words;

import java.util.ArrayList;
import java.util.List;

/**
 * The real-pot kit's sequence of pot's {@code -v}: the everyday commands each given {@code -v},
 * which makes pot print its {@code =====>} debug lines (common.sh's {@code _debug} at verbosity 2).
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
            "start b1",
            "stop b1",
            "start a1",
            "stop a1",
            "create-fscomp -v -f data",
            "mount-in -v -p m1 -f data -m /data",
            "export-ports -v -p n1 -e 80:8080",
            "start s1",
            "stop s1",
            "start m1",
            "stop m1",
            "start n1",
            "stop n1",
            "start -v l2",
            "stop -v l2",
            "snapshot -v -p m1",
            "snapshot -v -f data",
            "rename -v -p s1 -n s2",
            "clone -v -p c1 -P m1",
            "mount-out -v -p m1 -m /data",
            "set-attribute -v -p m1 -A persistent -V NO",
            "destroy -v -p c1",
            "destroy -v -p s2",
            "destroy -v -p m1 -r",
            "destroy -v -f data",
            "destroy -v -p b1",
            "destroy -v -B priv",
            "destroy -v -b 14.1 -r")) {
      s.add(words(line));
    }
    return s;
  }
}
