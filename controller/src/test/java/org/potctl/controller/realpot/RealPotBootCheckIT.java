package org.potctl.controller.realpot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code potctl boot-check} through the {@code local} driver against real pot (docs/safety.md,
 * "Starts at boot"): the web-single pot, stopped and marked {@code start-at-boot}, with a link the
 * jail's root left at {@code /etc/hosts}, gets its start at boot turned off by real pot's {@code
 * set-attribute}, which real pot's {@code get-attr} (what its rc script asks) then reads as {@code
 * NO}; the simulator does the same and writes the same {@code pot.conf}; the next plan sees the
 * attribute drift back.
 */
class RealPotBootCheckIT {

  @TempDir Path work;

  @Test
  void anUnsafePotIsNotStartedAtBootOnRealPotAsOnTheSimulator() throws IOException {
    Path src = RealPotKit.potSource();
    String pool = RealPotKit.sandboxPool();
    Path spec = Files.createDirectories(work.resolve("web-single"));
    String potfile =
        Files.readString(Path.of("..", "examples", "potfiles", "web-single", "potfile.yaml"))
            .replace("compression: lz4", "compression: gzip")
            .replace("    base: \"14.1\"\n", "    base: \"14.1\"\n    state: stopped\n");
    Files.writeString(spec.resolve("potfile.yaml"), potfile);
    Path sim = work.resolve("sim");
    Path hostFile = Files.writeString(work.resolve("host-file"), "kept\n");
    try (RealPotSandbox box = RealPotSandbox.open(work.resolve("sbx"), src, pool)) {
      List<String> hosts = List.of("local", "sim:" + sim);
      for (String host : hosts) {
        expect(box, 0, host, "apply", spec.toString(), "--yes");
      }
      String realHosts = box.fsRoot() + "/jails/www/m/etc/hosts";
      RealPotSandbox.Result planted =
          box.run(List.of("ln", "-sfn", hostFile.toString(), realHosts));
      assertEquals(0, planted.exitCode(), planted.all());
      Path simHosts = sim.resolve("fsroot/jails/www/m/etc/hosts");
      Files.createDirectories(simHosts.getParent());
      Files.deleteIfExists(simHosts);
      Files.createSymbolicLink(simHosts, hostFile);
      for (String host : hosts) {
        RealPotSandbox.Result r = expect(box, 0, host, "boot-check", "--yes");
        assertTrue(r.stdout().contains("1 pot starts at boot: 0 safe, 1 unsafe"), r.all());
        assertTrue(r.stdout().contains("it is a symbolic link"), r.all());
      }
      RealPotSandbox.Result attr =
          box.run(List.of("pot", "get-attr", "-p", "www", "-A", "start-at-boot", "-q"));
      assertEquals("NO", attr.stdout().strip(), attr.all());
      String conf = "jails/www/conf/pot.conf";
      String real = ConfFiles.read(box.fsRoot(), box.zfsRoot()).get(conf);
      assertTrue(real.contains("pot.attr.start-at-boot=NO\n"), real);
      assertEquals(real, ConfFiles.read(sim.resolve("fsroot"), "zroot/pot").get(conf));
      for (String host : hosts) {
        RealPotSandbox.Result plan =
            expect(box, 2, host, "plan", spec.toString(), "--detailed-exitcode");
        assertTrue(plan.stdout().contains("attributes.start-at-boot"), plan.all());
      }
      assertEquals("kept\n", Files.readString(hostFile));
    }
  }

  private static RealPotSandbox.Result expect(
      RealPotSandbox box, int code, String host, String... args) {
    List<String> argv = new ArrayList<>(List.of("--host", host));
    argv.addAll(List.of(args));
    RealPotSandbox.Result r = box.potctl(argv);
    assertEquals(code, r.exitCode(), "potctl " + String.join(" ", argv) + ":\n" + r.all());
    return r;
  }
}
