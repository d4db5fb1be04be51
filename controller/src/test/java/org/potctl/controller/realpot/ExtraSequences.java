package org.potctl.controller.realpot;

import static org.potctl.controller.realpot.MoreSequences.words;

import java.util.ArrayList;
import java.util.List;

/**
 * The real-pot kit's sequence {@code limits} (twenty-third session): set-rss with values at and
 * past its checks, started with {@code -v}; hooks set, replaced, cloned and renamed with their pot;
 * an alias pot of several addresses read back through {@code info -E}; ports changed on a running
 * pot and seen at the next start.
 */
final class ExtraSequences {

  private ExtraSequences() {}

  static List<List<String>> limits() {
    String hook = "$POT/etc/pot/flavours/hook.sh";
    List<List<String>> s = new ArrayList<>();
    for (String line :
        List.of(
            "create-base -r 14.1",
            "create -p r1 -b 14.1 -t single",
            "set-rss -p r1 -M 0",
            "set-rss -p r1 -M 00k",
            "set-rss -p r1 -M 1T",
            "set-rss -p r1 -M 1.5G",
            "set-rss -p r1 -M 64b",
            "set-rss -p r1 -C 01",
            "set-rss -p r1 -C -1",
            "set-rss -p r1 -C 99 -M 2g",
            "info -v -p r1",
            "start -v r1",
            "show -p r1",
            "stop r1",
            "set-rss -p r1 -C 1 -M x",
            "info -v -p r1",
            "create -p h1 -b 14.1 -t single -N public-bridge",
            "set-hook -p h1 -s " + hook,
            "set-hook -p h1 -S " + hook + " -s /nonexistent",
            "set-hook -v -p h1 -t " + hook + " -T " + hook,
            "rename -p h1 -n h3",
            "snapshot -p h3",
            "clone -p h2 -P h3",
            "start -v h2",
            "stop -v h2",
            "start -v h3",
            "export-ports -p h3 -e 8080",
            "stop -v h3",
            "start -v h3",
            "show -p h3",
            "stop h3",
            "create -p al -b 14.1 -t single -N alias -i em0|192.168.1.61 -i 192.168.1.62"
                + " -i em1|fd00::61",
            "info -E -p al",
            "info -v -p al",
            "start -v al",
            "info -E -p al",
            "stop -v al")) {
      s.add(words(line));
    }
    return s;
  }

  /**
   * Attributes start acts on (localhost-tunnel with ports, no-rc-script with env and cmd,
   * no-etc-hosts, prunable then prune), and clones with their network, dns, flavour and stack
   * options.
   */
  static List<List<String>> clonesAndTunnels() {
    List<List<String>> s = new ArrayList<>();
    for (String line :
        List.of(
            "create-base -r 14.1",
            "create -p t1 -b 14.1 -t single -N public-bridge",
            "export-ports -p t1 -e 80:8080 -e udp:53:5353",
            "set-attribute -p t1 -A localhost-tunnel -V YES",
            "set-attribute -p t1 -A no-rc-script -V YES",
            "set-attribute -p t1 -A no-etc-hosts -V YES",
            "set-env -p t1 -E K=v",
            "set-cmd -p t1 -c /usr/local/bin/t",
            "start -v t1",
            "stop -v t1",
            "set-attribute -p t1 -A prunable -V YES",
            "set-attribute -p t1 -A persistent -V NO",
            "start t1",
            "prune -n",
            "prune",
            "ls",
            "create -p t2 -b 14.1 -t single",
            "snapshot -p t2",
            "clone -v -p c1 -P t2 -N alias -i 192.168.1.71",
            "clone -v -p c2 -P t2 -N public-bridge -S dual -d off",
            "clone -p c3 -P t2 -N public-bridge -i 10.192.0.99 -f withscript",
            "clone -p c4 -P t2 -N private-bridge -B nosuch",
            "clone -p c5 -P t2 -d custom:/nonexistent",
            "clone -p c6 -P t2 -N inherit -S ipv6",
            "clone -p c7 -P t2 -f nosuch -k",
            "ls -v",
            "info -v -p c2",
            "start -v c2",
            "stop -v c2",
            "start -v c1",
            "stop -v c1")) {
      s.add(words(line));
    }
    return s;
  }

  /**
   * Destroys of running pots with dependants ({@code -F}, {@code -r}), clone {@code -s} of a named
   * snapshot, purges with one snapshot, a non-persistent pot started with {@code -v}.
   */
  static List<List<String>> dependants() {
    List<List<String>> s = new ArrayList<>();
    s.add(words("create-base -r 14.1"));
    s.add(words("create -p a -b 14.1 -t single -N public-bridge"));
    s.add(words("create -p b -b 14.1 -t single"));
    s.add(words("create -p m -b 14.1"));
    s.add(words("create -p m2 -P m -l 2"));
    s.add(words("add-dep -p b -P a"));
    s.add(words("snapshot -p a"));
    s.add(words("purge-snapshots -v -p a"));
    s.add(words("info -s -p a"));
    s.add(words("!sleep"));
    s.add(words("snapshot -p a"));
    s.add(words("start b"));
    s.add(words("destroy -p a"));
    s.add(words("destroy -v -F -p a"));
    s.add(words("ls -v"));
    s.add(words("start -v b"));
    s.add(words("set-attribute -p b -A persistent -V NO"));
    s.add(words("stop b"));
    s.add(words("start -v b"));
    s.add(words("ls"));
    s.add(words("start m2"));
    s.add(words("destroy -v -r -p m"));
    s.add(words("destroy -v -F -r -p m"));
    s.add(words("ls -v"));
    return s;
  }
}
