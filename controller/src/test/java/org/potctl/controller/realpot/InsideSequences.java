package org.potctl.controller.realpot;

import static org.potctl.controller.realpot.MoreSequences.words;

import java.util.ArrayList;
import java.util.List;

/**
 * The real-pot kit's sequence of the commands that reach into a pot: exec, term and run, signal,
 * top, copy-in and copy-out, get-rss and show, on stopped and running pots, with their refusals;
 * and update-config and promote (which 0.16.1 lists but does not ship).
 */
final class InsideSequences {

  private InsideSequences() {}

  static List<List<String>> inside() {
    List<List<String>> s = new ArrayList<>();
    for (String line :
        List.of(
            "create-base -r 14.1",
            "create-fscomp -f data",
            "create -p s1 -b 14.1 -t single -N public-bridge",
            "create -p m1 -b 14.1",
            "mount-in -p s1 -f data -m /data",
            "export-ports -p s1 -e 80:30080 -e udp:53:30053",
            "set-rss -p s1 -C 1 -M 256M",
            "update-config -p s1",
            "update-config -a",
            "update-config",
            "update-config -p ghost",
            "promote -p s1",
            "copy-in -p s1 -s /usr/share/misc -d /root/misc",
            "copy-in -p s1 -s /usr/share/misc -d /root/x/misc -c",
            "copy-in -p s1 -s /nonexistent -d /root/x",
            "copy-in -p ghost -s /usr/share/misc -d /root/x",
            "copy-in -p s1 -s /usr/share/misc -d relative",
            "copy-in -p s1 -s /usr/share/misc",
            "copy-out -p s1 -s /etc/rc.conf -d /usr/share/misc",
            "copy-out -p s1 -s etc -d /usr/share/misc",
            "copy-out -p s1 -s /etc/rc.conf -d /nonexistent",
            "copy-out -p ghost -s /etc -d /usr/share/misc",
            "copy-out -p s1 -s /etc",
            "copy-in -p m1 -s /usr/share/misc -d /root/misc",
            "get-rss -p s1",
            "get-rss",
            "exec -p s1 ls",
            "exec ls",
            "show",
            "show -a",
            "show -a -q",
            "show -p s1",
            "show -p s1 -v",
            "show -p m1 -v",
            "show -p ghost",
            "show -a -r",
            "top -p s1",
            "top",
            "top -p ghost",
            "signal -p s1",
            "signal -p s1 -f",
            "term s1",
            "term -p s1",
            "term",
            "start s1",
            "start m1",
            "show",
            "show -q",
            "show -p s1",
            "show -v -p m1",
            "get-rss -p s1",
            "get-rss -p s1 -J",
            "exec -p s1 ls -l",
            "exec -p s1 -e A=1 env",
            "exec -p s1 -e BAD env",
            "exec -p s1 -u root -U root ls",
            "exec -p s1",
            "exec -p s1 -U root id",
            "signal -p s1",
            "signal -p s1 -f",
            "signal -p s1 -s TERM",
            "signal -p s1 -s SIGHUP -m nginx",
            "signal -p s1 -s NOPE",
            "signal -p s1 -P 12 -m x",
            "signal -p s1 -P x",
            "signal -p s1 -P 12",
            "signal -p s1 -C -m x",
            "signal -l",
            "set-attribute -p s1 -A persistent -V NO",
            "signal -p s1",
            "signal -p s1 -s KILL -f",
            "copy-in -p s1 -s /usr/share/misc -d /root/misc",
            "copy-in -F -p s1 -s /usr/share/misc -d /root/misc",
            "copy-in -F -p s1 -s /usr/share/misc -d /root/y/misc -c",
            "copy-out -F -p s1 -s /etc/rc.conf -d /usr/share/misc",
            "copy-out -p s1 -s /etc/rc.conf -d /usr/share/misc",
            "term s1",
            "term -f s1",
            "stop s1",
            "stop m1",
            "run s1",
            "ps",
            "stop s1",
            "update-config -a",
            "last-run-stats -p s1",
            "ls -v")) {
      s.add(words(line));
    }
    return s;
  }
}
