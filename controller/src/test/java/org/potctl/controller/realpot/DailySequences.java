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
}
