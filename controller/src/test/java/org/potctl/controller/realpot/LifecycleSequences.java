package org.potctl.controller.realpot;

import static org.potctl.controller.realpot.MoreSequences.words;

import java.util.ArrayList;
import java.util.List;

/**
 * The real-pot kit's sequence of a pot's life beyond create: clone in every network form, rename,
 * dependencies started and stopped with their pot, snapshots taken, reverted and purged, settings
 * changed while the pot runs, set-status, and destroy with dependants and of a base with pots.
 */
final class LifecycleSequences {

  private LifecycleSequences() {}

  static List<List<String>> lifecycle() {
    List<List<String>> s = new ArrayList<>();
    for (String line :
        List.of(
            "create-base -r 14.1",
            "create-fscomp -f data",
            "create-private-bridge -B back -S 6",
            "create -p t -b 14.1 -t single",
            "create -p db -b 14.1 -t single -N private-bridge -B back",
            "create -p web -b 14.1 -t single -N public-bridge",
            "snapshot -p t",
            "clone -p c1 -P t",
            "clone -p c2 -P t -N public-bridge",
            "clone -p c3 -P t -N public-bridge -i 10.192.0.40",
            "clone -p c4 -P t -N private-bridge -B back",
            "clone -p c5 -P t -N alias -i em0|192.168.1.50",
            "clone -p c6 -P t -d off",
            "clone -p c7 -P t -S dual -N public-bridge",
            "clone -p c8 -P t -N private-bridge",
            "clone -p c9 -P t -s nosuchsnap",
            "clone -p c1 -P t",
            "clone -p c10 -P web -F",
            "clone -p c11 -P db -F",
            "ls -q",
            "info -p c4",
            "info -p c5",
            "add-dep -p web -P db",
            "mount-in -p web -f data -m /data -r",
            "export-ports -p web -e 80:30080",
            "start web",
            "ps",
            "export-ports -p web -e 443:30443",
            "set-attribute -p web -A no-rc-script -V YES",
            "set-env -p web -E A=1",
            "set-rss -p web -M 128M",
            "rename -p web -n web2",
            "rename -p db -n db2",
            "stop web",
            "ps",
            "stop db",
            "rename -p web -n web2",
            "info -p web2",
            "start web2",
            "stop web2",
            "rename -p db -n db2",
            "start web2",
            "stop web2",
            "set-status -p web2 -s started",
            "set-status -p web2 -s nonsense",
            "set-status -p ghost -s started",
            "set-status -p web2",
            "snapshot -p web2",
            "snapshot -f data",
            "snapshot -p web2 -r",
            "revert -p web2",
            "revert -f data",
            "purge-snapshots -p web2",
            "purge-snapshots -p web2 -a",
            "purge-snapshots -f data -a",
            "purge-snapshots -p ghost",
            "destroy -p db2",
            "destroy -p db2 -r",
            "ls -q",
            "destroy -b 14.1",
            "create -p m1 -b 14.1",
            "create -p m2 -P m1",
            "destroy -p m1",
            "destroy -p m1 -r",
            "destroy -B back",
            "destroy -p c4",
            "destroy -p c11",
            "destroy -B back",
            "ls -q",
            "ls -B")) {
      s.add(words(line));
    }
    return s;
  }

  /**
   * Pots of every network kind and stack started and stopped together, exported ports on each,
   * dependencies, the dns pot, localhost-tunnel, and creates with the {@code multi} and {@code
   * withscript} flavours the test writes on both sides.
   */
  static List<List<String>> network() {
    List<List<String>> s = new ArrayList<>();
    for (String line :
        List.of(
            "create-private-bridge -B back -S 6",
            "create -p dns -b 14.1 -t single -N public-bridge",
            "create -p a -b 14.1 -t single -d pot -N public-bridge",
            "create -p in -b 14.1 -t single",
            "export-ports -p in -e 80",
            "create -p al -b 14.1 -t single -N alias -i em0|192.168.1.60",
            "export-ports -p al -e 80",
            "create -p v6 -b 14.1 -t single -N public-bridge -S ipv6",
            "create -p du -b 14.1 -t single -N public-bridge -S dual",
            "create -p al6 -b 14.1 -t single -N alias -i em0|fd00::60 -S ipv6",
            "create -p al4 -b 14.1 -t single -N alias -i em0|fd00::61 -S ipv4",
            "create -p pb -b 14.1 -t single -N private-bridge -B back -S dual",
            "create -p fl -b 14.1 -t single -N public-bridge -f multi",
            "create -p fl2 -b 14.1 -t single -f multi -f withscript",
            "info -p fl",
            "set-attribute -p a -A localhost-tunnel -V YES",
            "export-ports -p a -e 8080:30088",
            "export-ports -p v6 -e 80:30090",
            "start a",
            "ps",
            "stop a",
            "start in",
            "start al",
            "start v6",
            "start du",
            "start fl",
            "info -E -p al",
            "info -E -p du",
            "ps",
            "stop in",
            "stop al",
            "stop v6",
            "stop du",
            "stop fl",
            "add-dep -p a -P in",
            "add-dep -p a -P al",
            "start a",
            "ps",
            "stop a",
            "ps",
            "stop in",
            "stop al",
            "ls -v")) {
      s.add(words(line));
    }
    return s;
  }

  /**
   * Clones of level-1 and level-2 multi pots, with and without snapshots, started and listed. A
   * clone of the level-2 pot is not started: in the sandbox pot fails to mount the level-1 pot's
   * {@code usr.local} for it (docs/real-pot.md, kit limits).
   */
  static List<List<String>> clones() {
    List<List<String>> s = new ArrayList<>();
    for (String line :
        List.of(
            "create-base -r 14.1",
            "create-fscomp -f data",
            "create -p m1 -b 14.1",
            "mount-in -p m1 -f data -m /tmp",
            "clone -p c1 -P m1",
            "ls -q",
            "snapshot -p m1",
            "clone -p c2 -P m1",
            "clone -p c3 -P m1 -N public-bridge",
            "create -p m2 -P m1 -l 2",
            "snapshot -p m2",
            "clone -p c4 -P m2",
            "clone -p c5 -P base-14_1",
            "clone -p c6 -P m1 -s nosuch",
            // -F's snapshots on a template no other command snapshots (within the same second,
            // pot's own recursive snapshot would fail on them)
            "create -p m3 -b 14.1",
            "clone -p c1 -P m3 -F",
            "ls -v",
            "info -v -p c2",
            "start c2",
            "stop c2",
            "destroy -p c2",
            "destroy -p m1",
            "ls -q")) {
      s.add(words(line));
    }
    return s;
  }
}
