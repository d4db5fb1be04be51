package org.potctl.controller.realpot;

import static org.potctl.controller.realpot.MoreSequences.words;

import java.util.ArrayList;
import java.util.List;

/**
 * The real-pot kit's sequences of what pot prints and stores about pots (twenty-third session):
 * {@code listings} (info, show and ls in their option forms on pots with attributes, mounts, ports,
 * dependencies and hooks, stopped and running), {@code attribute-values} (every attribute pot knows
 * set to odd values, read back) and {@code de-init-running} (de-init while a pot runs).
 */
final class ListingSequences {

  private ListingSequences() {}

  private static List<List<String>> of(List<String> lines) {
    List<List<String>> s = new ArrayList<>();
    lines.forEach(l -> s.add(words(l)));
    return s;
  }

  /** Every listing form on pots that carry attributes, mounts, ports and dependencies. */
  static List<List<String>> listings() {
    List<String> lines =
        new ArrayList<>(
            List.of(
                "create-base -r 14.1",
                "create-fscomp -f data",
                "create-private-bridge -B priv -S 4",
                "create -p w1 -b 14.1 -t single -N public-bridge",
                "create -p w2 -b 14.1 -t single -N private-bridge -B priv",
                "create -p w3 -b 14.1 -N alias -i 192.168.1.77",
                "create -p w4 -P w3 -l 2",
                "mount-in -p w1 -f data -m /data -r",
                "mount-in -p w1 -d /usr/share/misc -m /misc",
                "export-ports -p w1 -e 80:8080 -e udp:53",
                "export-ports -p w2 -e 443",
                "set-attribute -p w1 -A start-at-boot -V YES",
                "set-attribute -p w1 -A prunable -V on",
                "set-attribute -p w2 -A no-rc-script -V YES",
                "set-attribute -p w2 -A mount -V true",
                "set-rss -p w2 -C 1 -M 128M",
                "set-env -p w1 -E A=1 -E B=two",
                "set-hosts -p w1 -H h1:10.0.0.1",
                "add-dep -p w1 -P w2",
                "set-hook -p w2 -s $POT/etc/pot/flavours/hook.sh",
                "snapshot -p w3",
                "start w1"));
    for (String q :
        List.of(
            "info -p w1",
            "info -v -p w1",
            "info -q -p w1",
            "info -v -p w2",
            "info -r -p w1",
            "info -r -p w3",
            "info -s -p w1",
            "info -E -p w2",
            "info -B priv",
            "info -v -B priv",
            "info -p w4 -v",
            "show",
            "show -q",
            "show -a",
            "show -v -p w1",
            "show -r",
            "show -p w3",
            "show -v -p w4",
            "ls",
            "ls -v",
            "ls -q",
            "ls -p",
            "ls -p -v",
            "ls -b",
            "ls -b -v",
            "ls -f",
            "ls -f -v",
            "ls -B",
            "ls -B -v",
            "ls -F",
            "ls -F -v",
            "ls -a",
            "ls -a -v",
            "ls -v -q",
            "ls -p -b",
            "ps",
            "ps -q")) {
      lines.add(q);
    }
    lines.addAll(
        List.of(
            "stop w1", "stop w2", "info -v -p w1", "show -a", "ls -v", "destroy -p w4", "ls -v"));
    return of(lines);
  }

  /** pot's own and the jail attributes set to values at or beyond their type, read back. */
  static List<List<String>> attributeValues() {
    List<List<String>> s = new ArrayList<>();
    s.add(words("create-base -r 14.1"));
    s.add(words("create -p a1 -b 14.1 -t single"));
    s.add(words("create -p a2 -b 14.1"));
    String[][] values = {
      {"start-at-boot", "Yes"},
      {"start-at-boot", "1"},
      {"early-start-at-boot", "ON"},
      {"early-start-at-boot", "off"},
      {"persistent", "False"},
      {"persistent", "nope"},
      {"no-rc-script", "TRUE"},
      {"prunable", "0"},
      {"localhost-tunnel", "yes"},
      {"no-tmpfs", "YES"},
      {"no-etc-hosts", "no"},
      {"to-be-pruned", "YES"},
      {"enforce_statfs", "3"},
      {"enforce_statfs", "-1"},
      {"devfs_ruleset", "10x"},
      {"exec_stop", "/bin/sh /etc/rc.shutdown jail"},
      {"exec_stop", "a=b"},
      {"stop_timeout", "0"},
      {"stop_timeout", "09"},
      {"children", "5"},
      {"sysvshm", "New"},
      {"sysvsem", "disable"},
      {"mlock", "y"},
      {"zfs", "YES"},
      {"ip4", "inherit"},
      {"start_at_boot", "YES"}
    };
    for (String[] v : values) {
      s.add(List.of("set-attribute", "-p", "a1", "-A", v[0], "-V", v[1]));
      s.add(List.of("get-attribute", "-p", "a1", "-A", v[0]));
    }
    s.add(words("set-attribute -p a2 -A no-tmpfs -V YES"));
    s.add(words("set-attribute -p a2 -A localhost-tunnel -V NO"));
    s.add(words("get-attribute -p a2 -A localhost-tunnel"));
    s.add(words("get-attribute -p a2 -A no-tmpfs"));
    s.add(words("start -v a1"));
    s.add(words("set-attribute -p a1 -A no-tmpfs -V NO"));
    s.add(words("get-attribute -p a1 -A no-tmpfs"));
    s.add(words("info -v -p a1"));
    s.add(words("stop a1"));
    s.add(words("start a2"));
    s.add(words("stop a2"));
    return s;
  }

  /**
   * de-init of a host whose pot runs, then what is left. The init after it runs without {@code -v}:
   * zfs-fuse's recursive destroy stops at the first busy dataset (pot's datasets in creation order:
   * bases, jails, fscomp, cache), OpenZFS's goes on past it, so which datasets init makes again
   * (its debug lines) is zfs-fuse's, not FreeBSD's (docs/real-pot.md). {@code -m} keeps both off
   * pf's file: the sandbox does not cover {@code /etc}, so {@code /etc/pf.conf} is the host's.
   */
  static List<List<String>> deInitRunning() {
    return of(
        List.of(
            "create-base -r 14.1",
            "create -p r1 -b 14.1 -t single -N public-bridge",
            "export-ports -p r1 -e 80",
            "start r1",
            "de-init -v -m",
            "ls",
            "de-init -f -v -m",
            "ls",
            "init -m",
            "ls -b"));
  }
}
