package org.potctl.controller.realpot;

import static org.potctl.controller.realpot.MoreSequences.words;

import java.util.ArrayList;
import java.util.List;

/**
 * Command sequences of the real-pot kit that walk pot's refusals: every everyday sub-command with a
 * missing, unknown or malformed option or operand, on pots that exist, do not exist, run or stop.
 */
final class EdgeSequences {

  private EdgeSequences() {}

  /** Refusals of create, create-fscomp, create-private-bridge and the network options. */
  static List<List<String>> creates() {
    List<List<String>> c = new ArrayList<>();
    for (String line :
        List.of(
            "create",
            "create -p x",
            "create -p bad.name -b 14.1 -t single",
            "create -p x -t single",
            "create -p x -b 99.9 -t single",
            "create -p x -b 14.1 -t weird",
            "create -p x -b 14.1 -t single -l 1",
            "create -p x -b 14.1 -l 3",
            "create -p x -b 14.1 -l 2",
            "create -p x -b 14.1 -t single -N nonsense",
            "create -p x -b 14.1 -t single -N alias",
            "create -p x -b 14.1 -t single -i 10.192.0.9",
            "create -p x -b 14.1 -t single -N public-bridge -i 10.1.2.3",
            "create -p x -b 14.1 -t single -N public-bridge -i 999.1.1.1",
            "create -p x -b 14.1 -t single -N public-bridge -S ipv6",
            "create -p x -b 14.1 -t single -S nonsense",
            "create -p x -b 14.1 -t single -d nonsense",
            "create -p x -b 14.1 -t single -d custom:/nonexistent",
            "create -p x -b 14.1 -t single -f nosuchflavour",
            "create -p x -b 14.1 -t single -N private-bridge",
            "create -p x -b 14.1 -t single -B somebridge",
            "create -p x -b 14.1 -t single -k",
            "create -p x -b 14.1 -t single -z",
            "create -p d1 -b 14.1 -t single -d off",
            "create -p d2 -b 14.1 -t single -d pot",
            "create -p d3 -b 14.1 -t single -d inherit",
            "create -p v1 -b 14.1 -t single -N public-bridge -i auto -S ipv4",
            "create -p v2 -b 14.1 -t single -N public-bridge -i 10.192.0.3",
            "create -p v3 -b 14.1 -t single -N public-bridge -i 10.192.0.3",
            "create -p v4 -b 14.1 -t single -N public-bridge -S ipv6",
            "create -p v1 -b 14.1 -t single",
            "create-private-bridge -B pb",
            "create-private-bridge -S 4",
            "create-private-bridge -B pb -S 0",
            "create-private-bridge -B pb -S 1000",
            "create-private-bridge -B pb -S x",
            "create-private-bridge -B pb -S 2",
            "create-private-bridge -B pb -S 2",
            "create-private-bridge -B pb2 -S 3",
            "create -p p1 -b 14.1 -t single -N private-bridge -B pb",
            "create -p p2 -b 14.1 -t single -N private-bridge -B pb",
            "create -p p3 -b 14.1 -t single -N private-bridge -B pb",
            "create -p p4 -b 14.1 -t single -N private-bridge -B pb2 -i 10.192.0.3",
            "create-fscomp",
            "create-fscomp -f bad/name",
            "create-fscomp -f ok -x",
            "create-base",
            "create-base -r 99.1",
            "ls -q",
            "ls -B",
            "info -p v1",
            "info -p v2",
            "info -p v4",
            "info -p p1",
            "info -p p2",
            "info -p d1",
            "info -p d2")) {
      c.add(words(line));
    }
    return c;
  }

  /** Refusals of the settings, mount, lifecycle, snapshot, rename, clone and destroy commands. */
  static List<List<String>> settings() {
    List<List<String>> s = new ArrayList<>();
    s.add(words("create -p a -b 14.1 -t single -N public-bridge"));
    s.add(words("create -p b -b 14.1 -t single"));
    s.add(words("create-fscomp -f data"));
    for (String line :
        List.of(
            "set-attribute -p a -A persistent",
            "set-attribute -p ghost -A persistent -V YES",
            "set-attribute -A persistent -V YES",
            "set-attribute -p a -V YES",
            "set-attribute -p a -A children -V x",
            "set-attribute -p a -A devfs_ruleset -V -1",
            "get-attribute -p a",
            "get-attribute -p ghost -A persistent",
            "get-attribute -A persistent",
            "get-attribute -p a -A start-at-boot -q",
            "get-attribute -p a -A sysvshm",
            "export-ports -p a",
            "export-ports -e 80",
            "export-ports -p ghost -e 80",
            "export-ports -p a -e 0",
            "export-ports -p a -e 70000",
            "export-ports -p a -e 80:70000",
            "export-ports -p a -e sctp:80",
            "export-ports -p a -e 80:",
            "export-ports -p b -e 80",
            "export-ports -p a -e 22 -e 22",
            "set-rss -p a",
            "set-rss -p ghost -C 1",
            "set-rss -p a -C 0",
            "set-rss -p a -C x",
            "set-rss -p a -M 0",
            "set-rss -p a -M 12K",
            "set-rss -p a -M 1G -C 4",
            "set-env -p a",
            "set-env -p a -E NOEQUAL",
            "set-env -p ghost -E A=1",
            "set-env -p a -E =1",
            "set-hosts -p a",
            "set-hosts -p a -H nocolon",
            "set-hosts -p ghost -H a:1.2.3.4",
            "add-dep -p a",
            "add-dep -p a -P a",
            "add-dep -P b",
            "add-dep -p a -P b",
            "add-dep -p a -P b",
            "set-cmd -p a",
            "set-cmd -c x",
            "set-cmd -p ghost -c x",
            "mount-in -p a -f data -m /data -r -w",
            "mount-in -p a -f data -d /tmp -m /x",
            "mount-in -p ghost -f data -m /x",
            "mount-in -f data -m /x",
            "mount-in -p a -f data -m /data -w",
            "mount-in -p a -f data -m /data",
            "mount-out -p a",
            "mount-out -m /data",
            "mount-out -p ghost -m /data",
            "mount-out -p a -m /data",
            "start",
            "start ghost",
            "start -p ghost",
            "start -x a",
            "stop ghost",
            "stop b",
            "stop",
            "start -s b",
            "start b",
            "start -S b",
            "set-status -p b -s stopped",
            "stop -p b",
            "stop -i b",
            "snapshot",
            "snapshot -p ghost",
            "snapshot -f ghost",
            "snapshot -p a -r",
            "snapshot -p a",
            "revert",
            "revert -p ghost",
            "revert -f ghost",
            "revert -p b",
            "rename -p a",
            "rename -n z",
            "rename -p a -n b",
            "rename -p a -n bad.name",
            "clone",
            "clone -p c -P ghost",
            "clone -p c",
            "clone -p b -P a",
            "clone -p c -P a -N alias",
            "clone -p c -P a -N alias -i em0|192.168.1.5",
            "destroy",
            "destroy -p ghost",
            "destroy -f ghost",
            "destroy -b ghost",
            "destroy -B ghost",
            "destroy -p a -f data",
            "destroy -p c",
            "destroy -q -p b",
            "info",
            "info -p",
            "ls -x",
            "ps -x",
            "version",
            "version -q",
            "version -v",
            "config",
            "config -g fs_root",
            "config -q -g zfs_root",
            "config -g nonsense",
            "config -x",
            "ls -v")) {
      s.add(words(line));
    }
    return s;
  }

  /**
   * pot's getopts on every everyday command: bundled flags, attached arguments, {@code --},
   * repeated options (the last wins), unknown options and the aliases. Not here: {@code -v}'s
   * {@code =====>} debug lines and pot's usage text, which the simulator does not copy
   * (docs/hosts.md).
   */
  static List<List<String>> options() {
    List<List<String>> o = new ArrayList<>();
    for (String line :
        List.of(
            "create -pa -b14.1 -tsingle -Npublic-bridge",
            "create -p b -b 14.1 -t single -t multi -l 0",
            "create -p c -b 14.1 -t single -- -N alias",
            "create -x -p d -b 14.1 -t single",
            "create -p e -b 14.1 -t single -k -k",
            "ls -qa",
            "ls -qp",
            "list -bq",
            "info -vp a",
            "info -pa",
            "set-attr -p a -A persistent -V NO",
            "get-attr -p a -A persistent",
            "get-attr -qp a -A persistent",
            "set-attribute -p a -A persistent -V YES -V NO",
            "get-attribute -p a -A persistent",
            "export-ports -pa -e80 -e 443",
            "export-ports -p a -e 81 -- -e 82",
            "set-env -pa -EA=1 -E B=2",
            "set-rss -pa -C1 -M1G",
            "set-rss -p a -C 1 -C 2",
            "snap -p a",
            "snap -pa -r",
            "snapshot -rp a",
            "start -x a",
            "stop -p a -x",
            "start a b",
            "stop a b",
            "destroy -Fp a",
            "destroy -p b -p c",
            "destroy -x -p b",
            "ls -q",
            "version -vq",
            "version -x",
            "config -gfs_root",
            "config -qg zfs_root",
            "config -g fs_root -g zfs_root",
            "help create",
            "help snap",
            "help ls",
            "ps -vq")) {
      o.add(words(line));
    }
    return o;
  }
}
