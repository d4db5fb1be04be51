package org.potctl.controller.realpot;

import static org.potctl.controller.realpot.MoreSequences.words;

import java.util.ArrayList;
import java.util.List;

/**
 * The real-pot kit's sequences {@code bridges} (private bridges in use, destroyed under running
 * pots) and {@code verbose-rest} ({@code -v} of the setting and query commands the other sequences
 * run without it), twenty-third session.
 */
final class SettingSequences {

  private SettingSequences() {}

  /** Private bridges in use: listed, started, destroyed while pots use them, env and hosts. */
  static List<List<String>> bridges() {
    List<List<String>> s = new ArrayList<>();
    for (String line :
        List.of(
            "create-base -r 14.1",
            "create-private-bridge -B br -S 4",
            "create-private-bridge -v -B br -S 4",
            "create -p p1 -b 14.1 -t single -N private-bridge -B br",
            "create -p p2 -b 14.1 -t single -N private-bridge -B br",
            "create -p p3 -b 14.1 -t single -N private-bridge -B br",
            "info -v -B br",
            "ls -B -v",
            "vnet-start -v -B br",
            "start -v p1",
            "set-env -p p1 -E X=1",
            "set-hosts -p p1 -H other:10.0.0.9",
            "stop -v p1",
            "start -v p1",
            "info -E -p p1",
            "destroy -v -B br",
            "ls -B",
            "stop p1",
            "start -v p2",
            "stop -v p2",
            "destroy -B br",
            "info -v -p p2",
            "start p2")) {
      s.add(words(line));
    }
    return s;
  }

  /** {@code -v} of the setting and query commands the other sequences run without it. */
  static List<List<String>> verboseRest() {
    List<List<String>> s = new ArrayList<>();
    for (String line :
        List.of(
            "create-base -r 14.1",
            "create -p v1 -b 14.1 -t single -N public-bridge",
            "create -p v2 -b 14.1 -t single",
            "set-cmd -v -p v1 -c /bin/app",
            "set-env -v -p v1 -E A=1",
            "set-hosts -v -p v1 -H h:10.1.1.1",
            "add-dep -v -p v1 -P v2",
            "add-dep -v -p v1 -P v2",
            "get-attribute -v -p v1 -A persistent",
            "set-rss -v -p v1 -C 1",
            "set-status -v -p v1 -s started",
            "set-status -p v1 -s stopped",
            "start -v v1",
            "ps -v",
            "ls -v -q",
            "last-run-stats -v -p v1",
            "stop -v v1",
            "prune -v -n",
            "info -v -s -p v1",
            "create-fscomp -f d1",
            "snapshot -f d1",
            "clone-fscomp -v -f d2 -F d1",
            "destroy -v -f d2",
            "update-config -v -p v2",
            "copy-in -v -p v2 -s /usr/share/misc -d /misc",
            "show -v -p v1")) {
      s.add(words(line));
    }
    return s;
  }
}
