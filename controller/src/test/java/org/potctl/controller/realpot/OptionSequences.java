package org.potctl.controller.realpot;

import static org.potctl.controller.realpot.MoreSequences.words;

import java.util.ArrayList;
import java.util.List;

/**
 * The real-pot kit's sequences of option values: {@code getopts} (the checks pot makes inside a
 * command's getopts loop, option by option) and {@code jail-attributes} (every jail attribute at
 * the edges of its type, started with {@code -v}).
 */
final class OptionSequences {

  private OptionSequences() {}

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
