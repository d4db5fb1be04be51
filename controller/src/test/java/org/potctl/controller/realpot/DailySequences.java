package org.potctl.controller.realpot;

import static org.potctl.controller.realpot.MoreSequences.words;

import java.util.ArrayList;
import java.util.List;

/**
 * The real-pot kit's sequences of what goes wrong in everyday use: {@code orders} (a pot whose
 * fscomp was destroyed, started and mounted in and out; a dependency cycle at start; {@code destroy
 * -b B -r} past a failure) and {@code attributes} (set-hook given a directory, export-ports' field
 * rules and leading zeros, get-attribute's stripping of the value).
 */
final class DailySequences {

  private DailySequences() {}

  static List<List<String>> orders() {
    List<List<String>> s = new ArrayList<>();
    for (String line :
        List.of(
            "create-base -r 14.1",
            "create-fscomp -f data",
            "create-fscomp -f logs",
            "create -p s1 -b 14.1 -t single",
            "mount-in -p s1 -f data -m /data",
            "destroy -f data",
            "start s1",
            "ls -p s1",
            "start s1",
            "mount-in -p s1 -f logs -m /logs",
            "mount-out -p s1 -m /data",
            "mount-in -p s1 -f logs -m /logs",
            "start s1",
            "mount-out -p s1 -m /logs",
            "stop s1",
            "create -p a -b 14.1 -t single",
            "create -p b -b 14.1 -t single",
            "create -p c -b 14.1 -t single",
            "add-dep -p a -P b",
            "add-dep -p b -P c",
            "add-dep -p c -P a",
            "start a",
            "ls -r",
            "stop a",
            "stop b",
            "stop c",
            "add-dep -p s1 -P s1",
            "start s1",
            "stop s1",
            "create -p l1 -b 14.1 -l 1",
            "snapshot -p l1",
            "clone -p zc -P l1",
            "create -p m0 -b 14.1 -l 0",
            "destroy -b 14.1 -r",
            "ls",
            "destroy -b 14.1 -r",
            "destroy -f logs")) {
      s.add(words(line));
    }
    return s;
  }

  static List<List<String>> attributes() {
    String hooks = "$POT/etc/pot/flavours";
    List<List<String>> s = new ArrayList<>();
    for (String line :
        List.of(
            "create -p a -b 14.1 -t single -N public-bridge",
            "create -p v6 -b 14.1 -t single -N public-bridge -S ipv6",
            "create -p al -b 14.1 -t single -N alias -i 192.168.1.30",
            "export-ports -p a -e 80:8080:9",
            "export-ports -p a -e 80:8080:",
            "export-ports -p a -e 80::8080",
            "export-ports -p a -e tcp:udp:80",
            "export-ports -p a -e udp:tcp:80",
            "export-ports -p a -e 000000080",
            "export-ports -p a -e 0",
            "export-ports -p a -e 65536",
            "export-ports -p a -e 80:0",
            "export-ports -p a -e :80",
            "export-ports -p v6 -e 80",
            "export-ports -p al -e 80",
            "create -p i6 -b 14.1 -t single -S ipv6",
            "export-ports -p i6 -e 80",
            "export-ports -p a -e 080:08080 -e udp:053:0053:x -e tcp:0443 -e 22:2222:1:2",
            "start a",
            "set-attribute -p a -A stop_timeout -V 030",
            "get-attribute -p a -A stop_timeout",
            "get-attribute -p a -A stop_timeout -q",
            "set-attribute -p a -A children -V 007",
            "get-attribute -p a -A children",
            "set-attribute -p a -A devfs_ruleset -V 4",
            "get-attribute -p a -A devfs_ruleset",
            "set-attribute -p a -A persistent -V off",
            "get-attribute -p a -A persistent",
            "get-attribute -p a -A persistent -q",
            "get-attribute -p a -A prunable",
            "get-attribute -p a -A to-be-pruned",
            "get-attribute -p a -A start-at-boot -q",
            "get-attribute -p nosuch -A persistent -q",
            "get-attribute -p nosuch -A persistent")) {
      s.add(words(line));
    }
    s.add(List.of("set-attribute", "-p", "a", "-A", "exec_stop", "-V", "/bin/sh /etc/rc.shutdown"));
    s.add(words("get-attribute -p a -A exec_stop"));
    s.add(words("get-attribute -p a -A exec_stop -q"));
    s.add(List.of("set-attribute", "-p", "a", "-A", "exec_stop", "-V", "/bin/sh -c a=b"));
    s.add(words("get-attribute -p a -A exec_stop"));
    s.add(List.of("set-attribute", "-p", "a", "-A", "exec_stop", "-V", "\"quoted\"\tword"));
    s.add(words("get-attribute -p a -A exec_stop"));
    for (String line :
        List.of(
            "set-hook -p a -s " + hooks,
            "set-hook -p a -S " + hooks,
            "set-hook -p a -s " + hooks + "/hook.sh -S " + hooks,
            "set-hook -p a -t " + hooks + " -T " + hooks + "/hook.sh",
            "set-hook -p a -T " + hooks + " -s " + hooks + "/nosuch",
            "set-hook -p a -s " + hooks + "/broken",
            "stop a",
            "start a",
            "info -p a -v")) {
      s.add(words(line));
    }
    return s;
  }

  /**
   * The checks pot makes inside a command's getopts loop, option by option: a bad value before an
   * illegal option or before another bad value is the one reported, in every command that checks
   * inside its loop (create-base, exec, export-ports, export, import, ls, prepare, purge-snapshots,
   * revert, set-env, set-hosts, set-status, snapshot, create, clone).
   */
  static List<List<String>> getopts() {
    List<List<String>> s = new ArrayList<>();
    for (String line :
        List.of(
            "create-base -r 99.9 -x",
            "create-base -r 14.1",
            "create-base -r 14.1 -x",
            "create-base -x -r 14.1",
            "create -p s1 -b 14.1 -t single",
            "create-fscomp -f data",
            "create -p x -d custom:/nonexistent -x",
            "create -p x -d bogus -S ipv5",
            "create -x -p a.b",
            "exec -p s1 -e bad -x",
            "exec -e bad -p s1 ls",
            "export-ports -p s1 -e bad -x",
            "export-ports -e 80 -e 0 -p s1",
            "export -p s1 -D /nonexistent -x",
            "export -l x -D /nonexistent",
            "import -U '' -x",
            "ls -b -p s1",
            "ls -p s1 -b -x",
            "ls -x -b -p s1",
            "prepare -e bad -x",
            "prepare -N bogus -S ipv5",
            "prepare -S ipv5 -x",
            "prepare -d custom:/nonexistent -x",
            "prepare -d bogus -x",
            "purge-snapshots -p s1 -f data",
            "purge-snapshots -f data -p s1 -x",
            "revert -f data -p s1 -x",
            "revert -p s1 -f data",
            "snapshot -p s1 -f data -x",
            "snapshot -f data -p s1",
            "set-env -p s1 -E bad -x",
            "set-env -E A=1 -E bad -p s1",
            "set-hosts -p s1 -H bad -x",
            "set-hosts -p s1 -H a: -x",
            "set-hosts -p s1 -H :1.2.3.4",
            "set-hosts -p s1 -H a:999.1.1.1 -x",
            "set-hosts -p s1 -H a:1.2.3.4 -H b:bad",
            "set-status -p s1 -s bogus -x",
            "set-status -s bogus -p s1",
            "clone -p c -P s1 -S ipv5 -x",
            "clone -x -p c -P s1 -S ipv5",
            "destroy -p s1",
            "destroy -f data",
            "destroy -b 14.1 -r")) {
      s.add(words(line));
    }
    return s;
  }

  /**
   * Every jail attribute pot passes to jail(8), set to values of each type's edge (uint with signs,
   * blanks and nothing; sysvopt's three words and others; booleans in pot's spellings), read back,
   * then a start with {@code -v} that prints the jail's parameters, on a single and a multi pot.
   */
  static List<List<String>> jailAttributes() {
    List<List<String>> s = new ArrayList<>();
    s.add(words("create-base -r 14.1"));
    s.add(words("create -p s1 -b 14.1 -t single"));
    s.add(words("create -p m1 -b 14.1"));
    for (String line :
        List.of(
            "enforce_statfs 1",
            "enforce_statfs -1",
            "enforce_statfs x1",
            "enforce_statfs ''",
            "children 5",
            "children +2",
            "devfs_ruleset 10",
            "devfs_ruleset 010",
            "stop_timeout 30",
            "mount on",
            "mount TRUE",
            "fdescfs YES",
            "linprocfs 1",
            "nullfs yes",
            "procfs Yes",
            "tmpfs off",
            "zfs no",
            "raw_sockets NO",
            "mlock maybe",
            "mlock ''",
            "sysvshm inherit",
            "sysvsem disable",
            "sysvmsg new",
            "sysvmsg old",
            "sysvmsg ''",
            "exec_stop /bin/true",
            "no-tmpfs YES",
            "persistent NO",
            "start-at-boot on",
            "to-be-pruned YES",
            "bogus 1")) {
      String[] av = line.split(" ");
      for (String pot : List.of("s1", "m1")) {
        s.add(words("set-attribute -p " + pot + " -A " + av[0] + " -V " + av[1]));
      }
      s.add(words("get-attribute -p s1 -A " + av[0]));
    }
    for (String pot : List.of("s1", "m1")) {
      s.add(words("start -v " + pot));
      s.add(words("show -p " + pot));
      s.add(words("stop -v " + pot));
    }
    s.add(words("info -v -p s1"));
    s.add(words("destroy -p s1"));
    s.add(words("destroy -p m1"));
    s.add(words("destroy -b 14.1 -r"));
    return s;
  }
}
