package org.potctl.state.observe;

import static org.potctl.state.exec.RecordingRunner.failed;
import static org.potctl.state.exec.RecordingRunner.ok;

import java.util.List;
import org.potctl.state.exec.CommandResult;
import org.potctl.state.exec.RecordingRunner;
import org.potctl.state.files.MapHostFiles;

/** A static pot host with N public-bridge pots for observer tests: files plus canned outputs. */
final class FakePotHost {

  final MapHostFiles files = new MapHostFiles();
  final StringBuilder zfs = new StringBuilder();
  final StringBuilder jls = new StringBuilder();
  final StringBuilder pf = new StringBuilder();
  boolean zfsRejectsExact;

  FakePotHost(int pots) {
    zfs.append("zroot/pot\t/opt/pot\t-\t1000\t-\t-\n");
    zfs.append("zroot/pot/bases\t/opt/pot/bases\t-\t10\t-\t-\n");
    zfs.append("zroot/pot/bases/14.1\t/opt/pot/bases/14.1\t-\t10\t-\t-\n");
    zfs.append("zroot/pot/fscomp\t/opt/pot/fscomp\t-\t10\t-\t-\n");
    zfs.append("zroot/pot/fscomp/data\t/opt/pot/fscomp/data\t-\t10\tprod\tapply-1\n");
    zfs.append("zroot/pot/jails\t/opt/pot/jails\t-\t10\t-\t-\n");
    files.put(
        "/opt/pot/bridges/backend", "net=10.192.0.16/29\ngateway=10.192.0.17\nname=backend\n");
    files.put("/opt/etc/pot/flavours/nginx", "set-attribute -A persistent -V NO\n");
    files.put("/opt/etc/pot/flavours/nginx.sh", "#!/bin/sh\n");
    files.put("/opt/etc/pot/pot.default.conf", "POT_NETWORK=10.192.0.0/10\nPOT_EXTIF=em0\n");
    files.put("/opt/etc/pot/pot.conf", "POT_EXTIF=vtnet0\n");
    jls.append("{\"__version\": \"2\", \"jail-information\": {\"jail\": [");
    for (int i = 0; i < pots; i++) {
      addPot("p" + i, "10.192." + (1 + i / 250) + "." + (1 + i % 250), i);
    }
    jls.append("]}}");
  }

  private void addPot(String name, String ip, int i) {
    String dir = "/opt/pot/jails/" + name;
    files.put(
        dir + "/conf/pot.conf",
        "pot.type=single\npot.level=0\npot.base=14.1\nnetwork_type=public-bridge\nip="
            + ip
            + "\npot.export.ports=80:"
            + (20000 + i)
            + "\n");
    files.put(dir + "/conf/fscomp.conf", "zroot/pot/fscomp/data " + dir + "/m/data ro\n");
    zfs.append("zroot/pot/jails/" + name + "\t" + dir + "\t-\t10\tprod\t-\n");
    zfs.append("zroot/pot/jails/" + name + "/m\t" + dir + "/m\t-\t10\t-\t-\n");
    if (i % 2 == 0) {
      jls.append(i == 0 ? "" : ",");
      jls.append(
          "{\"jid\":"
              + (i + 1)
              + ",\"name\":\""
              + name
              + "\",\"path\":\""
              + dir
              + "/m\",\"dying\":false}");
      pf.append("nat-anchor \"" + name + "\" all {\n");
      pf.append(
          "  rdr pass on em0 inet proto tcp from any to (em0) port = "
              + (20000 + i)
              + " -> "
              + ip
              + " port 80\n}\n");
    }
  }

  RecordingRunner runner() {
    return new RecordingRunner(this::answer);
  }

  private CommandResult answer(List<String> argv) {
    String line = String.join(" ", argv);
    if (line.equals("pot config -q -g zfs_root")) {
      return ok("zroot/pot\n");
    } else if (line.equals("pot config -q -g fs_root")) {
      return ok("/opt/pot\n");
    } else if (argv.get(0).equals("zfs")) {
      return zfsRejectsExact && argv.contains("-p")
          ? failed(2, "invalid option 'p'\nusage:\n")
          : ok(zfs.toString());
    } else if (argv.get(0).equals("jls")) {
      return ok(jls.toString());
    } else if (argv.get(0).equals("pfctl")) {
      return ok(pf.toString());
    }
    return failed(127, "not found: " + line);
  }
}
