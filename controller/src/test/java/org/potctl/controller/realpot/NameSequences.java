package org.potctl.controller.realpot;

import static org.potctl.controller.realpot.MoreSequences.words;

import java.util.ArrayList;
import java.util.List;

/**
 * The real-pot kit's sequences of what pot derives from names and picks itself: {@code names}
 * (hostnames and rdr anchors of long names, unusual characters) and {@code ports} (the host ports
 * pot picks for exported ports).
 */
final class NameSequences {

  private NameSequences() {}

  /**
   * Names at pot's limits: a pot name over 64 characters (its hostname cut, create.sh:312) and one
   * whose {@code NAME.HOST} is over 64 (the bare name), a name over 55 characters with ports (the
   * rdr anchor keeps its last 55 without leading {@code _}), names of dashes, underscores, capitals
   * and digits, for pots, fscomps, bridges, clones and renames.
   */
  static List<List<String>> names() {
    String p70 = "p" + "x".repeat(68) + "z";
    String p56 = "_".repeat(3) + "abcdefghij".repeat(5) + "klm";
    String p60 = "a".repeat(60);
    List<List<String>> s = new ArrayList<>();
    for (String line :
        List.of(
            "create-base -r 14.1",
            "create -p " + p70 + " -b 14.1 -t single",
            "create -p " + p60 + " -b 14.1 -t single -N public-bridge",
            "create -p " + p56 + " -b 14.1 -t single -N public-bridge",
            "export-ports -p " + p56 + " -e 80",
            "export-ports -p " + p60 + " -e 443:8443",
            "start " + p56,
            "start " + p60,
            "show -p " + p56,
            "ls -v",
            "stop " + p56,
            "stop " + p60,
            "create -p Web-1_A -b 14.1 -t single",
            "create -p 9lives -b 14.1 -t single",
            "create -p -dash -b 14.1 -t single",
            "create-fscomp -f Data_1-x",
            "mount-in -p Web-1_A -f Data_1-x -m /data",
            "create-private-bridge -B Br_1-x -S 4",
            "create -p pb -b 14.1 -t single -N private-bridge -B Br_1-x",
            "snapshot -p Web-1_A",
            "clone -p Web-1_A-clone -P Web-1_A",
            "rename -p " + p70 + " -n " + p70 + "y",
            "rename -p 9lives -n " + p60 + "b",
            "ls",
            "destroy -p " + p70 + "y",
            "destroy -p " + p60 + "b",
            "destroy -p Web-1_A-clone",
            "destroy -p Web-1_A",
            "destroy -p pb",
            "destroy -B Br_1-x",
            "destroy -f Data_1-x",
            "destroy -b 14.1 -r")) {
      s.add(words(line));
    }
    return s;
  }

  /**
   * Host ports pot picks itself ({@code _js_get_free_rnd_port}, start.sh:312-337): three pots
   * exporting a port without a host port started in turn, one stopped and started again, an
   * explicit host port equal to one picked, ports changed while a pot runs, a private-bridge pot,
   * udp beside tcp, and {@code show} of each.
   */
  static List<List<String>> ports() {
    List<List<String>> s = new ArrayList<>();
    for (String line :
        List.of(
            "create-base -r 14.1",
            "create -p a -b 14.1 -t single -N public-bridge",
            "create -p b -b 14.1 -t single -N public-bridge",
            "create -p c -b 14.1 -t single -N public-bridge",
            "create-private-bridge -B priv -S 4",
            "create -p d -b 14.1 -t single -N private-bridge -B priv",
            "export-ports -p a -e 80 -e udp:53",
            "export-ports -p b -e 80 -e 443",
            "export-ports -p c -e 1024:1024 -e 22",
            "export-ports -p d -e 8080 -e udp:9999:1026",
            "start -v a",
            "start -v b",
            "show -p a",
            "show -p b",
            "stop a",
            "start -v c",
            "start -v a",
            "export-ports -p b -e 8443",
            "show -p b",
            "stop b",
            "start -v b",
            "start -v d",
            "show -p c",
            "show -p d",
            "ps",
            "stop a",
            "stop b",
            "stop c",
            "stop d",
            "destroy -p a",
            "destroy -p b",
            "destroy -p c",
            "destroy -p d",
            "destroy -B priv",
            "destroy -b 14.1 -r")) {
      s.add(words(line));
    }
    return s;
  }

  /**
   * Values pot writes into pot.conf as given: set-cmd with quotes at either end, inside, a lone
   * {@code -n} (echo's option), backslashes, {@code $}, blanks; set-env with quotes, backslashes,
   * an empty value, a newline, {@code &}; set-hosts with IPv6; read back by info, show and a start,
   * and every pot's pot.conf compared when the sequence ends.
   */
  static List<List<String>> values() {
    List<List<String>> s = new ArrayList<>();
    s.add(words("create-base -r 14.1"));
    s.add(words("create -p s1 -b 14.1 -t single -N public-bridge"));
    int i = 0;
    for (String cmd :
        List.of(
            "\"/bin/sh -c x\"",
            "\"half",
            "tail\"",
            "a \"b\" c",
            "-n",
            "-e",
            "back\\slash \\t",
            "$HOME & more",
            "  lead and trail  ",
            "x=y")) {
      // a pot each: the conf files are compared when the sequence ends
      s.add(words("create -p c" + i + " -b 14.1 -t single"));
      s.add(List.of("set-cmd", "-p", "c" + i++, "-c", cmd));
    }
    s.add(
        List.of(
            "set-env",
            "-p",
            "s1",
            "-E",
            "A=\"x y\"",
            "-E",
            "B=back\\",
            "-E",
            "C=",
            "-E",
            "D=a=b&c",
            "-E",
            "E=line1\nF=line2",
            "-E",
            "G=$(id)"));
    s.add(
        List.of("set-hosts", "-p", "s1", "-H", "v6:fd00::1", "-H", "v4:10.1.2.3", "-H", "x:1.2.3"));
    s.add(List.of("set-hosts", "-p", "s1", "-H", "v6:fd00::1", "-H", "v4:10.1.2.3"));
    s.add(words("info -E -p s1"));
    s.add(words("info -v -p s1"));
    s.add(words("start -v s1"));
    s.add(words("show -p s1"));
    s.add(words("stop s1"));
    return s;
  }
}
