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
}
