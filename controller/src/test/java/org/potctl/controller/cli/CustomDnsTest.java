package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;

/**
 * {@code dns: {custom: FILE}} reaches the host as its content: pot reads the file on the host
 * ({@code [ -r PATH ]}, {@code cp PATH conf/resolv.conf}), and before, potctl gave {@code pot
 * create -d custom:} the spec file's path on the machine running potctl, which an ssh host (and the
 * simulated host, whose own files are in {@code DIR/hostfs}) does not have: the create failed with
 * {@code The file … is not valid or readable}. Now the content is staged in pot's flavour directory
 * ({@code tee}), the create names the copy, and the copy is removed.
 */
class CustomDnsTest {

  @TempDir Path sim;
  @TempDir Path work;

  @Test
  void theResolvConfIsStagedOnTheHostNamedByTheCreateAndRemoved() throws IOException {
    Path dir = Files.createDirectories(work.resolve("app"));
    Files.writeString(dir.resolve("resolv.conf"), "nameserver 192.0.2.53\n");
    Files.writeString(
        dir.resolve("potfile.yaml"),
        "version: 1\npots:\n  api:\n    base: \"14.1\"\n    state: stopped\n"
            + "    dns: {custom: resolv.conf}\n");
    Potctl host = Potctl.onSim(sim);
    Run apply = host.run("apply", dir.toString(), "--yes");
    assertEquals(0, apply.code(), apply.all());
    String staged = sim.resolve("etc/pot/flavours/.potctl-dns-api.conf").toString();
    List<String> log = host.log();
    int tee = log.indexOf("tee " + staged);
    int create = -1;
    for (int i = 0; i < log.size(); i++) {
      if (log.get(i).startsWith("pot create -p api ")
          && log.get(i).endsWith(" -d custom:" + staged)) {
        create = i;
      }
    }
    int rm = log.indexOf("rm -f " + staged);
    assertTrue(tee >= 0 && tee < create && create < rm, String.join("\n", log));
    assertTrue(log.stream().noneMatch(l -> l.contains(dir.toString())), String.join("\n", log));
    assertEquals(
        "nameserver 192.0.2.53\n",
        Files.readString(sim.resolve("fsroot/jails/api/conf/resolv.conf")));
    assertFalse(Files.exists(Path.of(staged)), "the staged copy was left on the host");
    Run again = host.run("plan", dir.toString(), "--detailed-exitcode");
    assertEquals(0, again.code(), again.all());
  }
}
