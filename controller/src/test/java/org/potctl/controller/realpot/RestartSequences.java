package org.potctl.controller.realpot;

import java.util.List;

/**
 * The real-pot kit's sequences of the twenty-fifth session around running pots: fscomps mounted
 * into and destroyed under a running pot, multi pots running, jail attributes across restarts,
 * exported ports churned, every dns mode started, renames of pots with mounts of every mode.
 */
final class RestartSequences {

  private RestartSequences() {}

  private static List<List<String>> lines(String... lines) {
    return List.of(lines).stream().map(MoreSequences::words).toList();
  }

  /** fscomps mounted into, out of and snapshotted under running pots; destroyed while in use. */
  static List<List<String>> fscompsRunning() {
    return lines(
        "create-base -r 14.1",
        "create-fscomp -f d1",
        "create-fscomp -f d2",
        "create-fscomp -f d3",
        "create -p r1 -b 14.1 -t single -N public-bridge",
        "start r1",
        "mount-in -p r1 -f d1 -m /d1",
        "mount-in -p r1 -f d2 -m /d2 -r",
        "mount-in -p r1 -f d3 -m /d3 -w",
        "info -v -p r1",
        "snapshot -f d1",
        "snapshot -f d3",
        "mount-out -p r1 -m /d2",
        "mount-out -p r1 -m /d3",
        "destroy -f d1",
        "stop r1",
        "start r1",
        "mount-in -p r1 -f d2 -m /d2again",
        "stop r1",
        "info -v -p r1",
        "destroy -f d3",
        "destroy -f d2",
        "start r1",
        "stop r1",
        "ls -f");
  }

  /** Multi pots of level 1 and 2 running: edits, mounts and update-config while up. */
  static List<List<String>> multiRunning() {
    return lines(
        "create-base -r 14.1",
        "create -p m1 -b 14.1 -l 1 -N public-bridge",
        "create -p m2 -P m1 -l 2 -N public-bridge",
        "start m1",
        "start m2",
        "set-env -p m2 -E X=1",
        "mount-in -p m2 -d /usr/share/misc -m /misc -r",
        "export-ports -p m2 -e 8080",
        "update-config -p m2",
        "info -v -p m2",
        "show -p m2",
        "stop m1",
        "stop m2",
        "start -v m2",
        "info -v -p m1",
        "stop -v m2",
        "snapshot -p m1",
        "clone -p m3 -P m1",
        "start m3",
        "stop m3",
        "ls -v");
  }

  /** Jail attributes set on a running pot, seen at the next start's jail parameters. */
  static List<List<String>> attributeRestarts() {
    return lines(
        "create-base -r 14.1",
        "create -p a1 -b 14.1 -t single",
        "start a1",
        "set-attribute -p a1 -A children -V 5",
        "set-attribute -p a1 -A mount -V YES",
        "set-attribute -p a1 -A raw_sockets -V YES",
        "set-attribute -p a1 -A sysvshm -V inherit",
        "set-attribute -p a1 -A enforce_statfs -V 1",
        "set-attribute -p a1 -A exec_stop -V /bin/true",
        "set-attribute -p a1 -A stop_timeout -V 3",
        "get-attribute -p a1 -A children",
        "info -v -p a1",
        "stop -v a1",
        "start -v a1",
        "set-attribute -p a1 -A no-tmpfs -V YES",
        "set-attribute -p a1 -A fdescfs -V YES",
        "set-attribute -p a1 -A procfs -V YES",
        "stop -v a1",
        "start -v a1",
        "show -p a1",
        "stop -v a1");
  }

  /** Exported ports replaced, repeated and given to pots of every network, started and listed. */
  static List<List<String>> portsChurn() {
    return lines(
        "create-base -r 14.1",
        "create-private-bridge -B pb -S 2",
        "create -p q1 -b 14.1 -t single -N public-bridge",
        "create -p q2 -b 14.1 -t single -N private-bridge -B pb",
        "create -p q3 -b 14.1 -t single -N alias -i 192.168.1.80",
        "create -p q4 -b 14.1 -t single",
        "export-ports -p q1 -e 80 -e 443:30443",
        "export-ports -p q1 -e 80:30080 -e 80:30081",
        "export-ports -p q1 -e tcp:22:2222 -e udp:53",
        "export-ports -p q2 -e 8080:30808",
        "export-ports -p q3 -e 80",
        "export-ports -p q4 -e 80",
        "info -v -p q1",
        "start q1",
        "start q2",
        "start q3",
        "show -p q1",
        "show -p q2",
        "export-ports -p q1 -e 9000",
        "show -p q1",
        "stop q1",
        "start -v q1",
        "show -p q1",
        "stop q1",
        "stop q2",
        "stop q3");
  }

  /**
   * Every dns mode of create and clone, started: the dns pot made after the pots that name it, a
   * custom file of the host, off; clones changing the mode of their template.
   */
  static List<List<String>> dnsModes() {
    return lines(
        "create-base -r 14.1",
        "create -p dp -b 14.1 -t single -N public-bridge -d pot",
        "start dp",
        "create -p dns -b 14.1 -t single -N public-bridge",
        "start dp",
        "info -v -p dp",
        "stop dp",
        "create -p dc -b 14.1 -t single -d custom:/etc/resolv.conf",
        "create -p do -b 14.1 -t single -d off",
        "create -p di -b 14.1 -t single -d inherit",
        "start dc",
        "start do",
        "info -v -p dc",
        "stop dc",
        "stop do",
        "snapshot -p dc",
        "clone -p dc2 -P dc -d off",
        "clone -p dc3 -P dc -d pot -N public-bridge",
        "clone -p dc4 -P dc",
        "start dc4",
        "stop dc4",
        "info -v -p dc2",
        "info -v -p dc3",
        "stop dns",
        "ls -v");
  }

  /** Renames of pots with fscomps mounted in every mode, started before and after. */
  static List<List<String>> renameMounts() {
    return lines(
        "create-base -r 14.1",
        "create-fscomp -f rw",
        "create-fscomp -f ro",
        "create-fscomp -f zr",
        "create -p n1 -b 14.1 -t single -N public-bridge",
        "mount-in -p n1 -f rw -m /rw",
        "mount-in -p n1 -f ro -m /ro -r",
        "mount-in -p n1 -f zr -m /zr -w",
        "mount-in -p n1 -d /usr/share/misc -m /misc",
        "start n1",
        "stop n1",
        "rename -p n1 -n n2",
        "info -v -p n2",
        "start n2",
        "stop n2",
        "mount-out -p n2 -m /zr",
        "rename -p n2 -n n3",
        "mount-in -p n3 -f zr -m /zr2 -w",
        "start -v n3",
        "stop -v n3",
        "ls -f -v",
        "destroy -p n3",
        "ls -f");
  }
}
