package org.potctl.state.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.potctl.state.host.HostConnector;
import org.potctl.state.host.HostSpec;

class ProgramAllowlistTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "pot create -p web -b 14.1",
        "/usr/local/bin/pot version",
        "zfs destroy -r zroot/pot/fscomp/x",
        "jls -d --libxo json",
        "pfctl -a pot-rdr/* -s nat",
        "pfctl -snat",
        "ifconfig -a",
        "/sbin/ifconfig -a",
        "tee /usr/local/etc/pot/flavours/nginx",
        "tee /home/a/.potctl/sim/etc/pot/flavours/nginx.sh",
        "rm -f /usr/local/etc/pot/flavours/nginx",
        "mkdir -p /srv/images",
        "/bin/mkdir -p /home/a/potctl-images",
        "tee /usr/local/etc/pot/flavours/.potctl-hook-web-prestart.sh",
        "chmod 0700 /usr/local/etc/pot/flavours/.potctl-hook-web-poststop.sh",
        "rm -f /usr/local/etc/pot/flavours/.potctl-hook-web-prestop.sh",
        "rm -f /opt/pot/jails/web/conf/poststart.sh",
        "tee /usr/local/etc/pot/flavours/.potctl-dns-api.conf",
        "rm -f /usr/local/etc/pot/flavours/.potctl-dns-api.conf",
        "fetch -A -o /var/cache/pot/www_1.0.xz https://images.example.org/www_1.0.xz",
        "fetch -A -o /var/cache/pot/www_1.0.xz.skein.sig https://i.example.org/p/www_1.0.xz.skein.sig",
        "fetch -A -o /var/cache/pot/www_1.0.xz.meta file:///srv/images/www_1.0.xz.meta",
        "/usr/bin/fetch -A -o /var/cache/pot/a_b.xz.skein http://i.example.org/a_b.xz.skein",
        "od -An -v -tx1 -N 262144 /var/cache/pot/www_1.0.xz",
        "od -An -v -tx1 -N 4096 /var/cache/pot/www_1.0.xz.meta"
      })
  void allowed(String line) {
    assertEquals(List.of(), ProgramAllowlist.refusal(List.of(line.split(" "))).stream().toList());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sh -c id",
        "/bin/sh -c id",
        "bash",
        "/tmp/evil/pot version",
        "./pot version",
        "potx",
        "tee /etc/rc.conf",
        "tee -a /usr/local/etc/pot/flavours/nginx",
        "tee /usr/local/etc/pot/flavours/../../rc.conf",
        "fetch -A -o /etc/rc.conf https://e.example.org/rc.conf",
        "fetch -o /var/cache/pot/www_1.xz https://e.example.org/www_1.xz",
        "fetch -A -o /var/cache/pot/www_1.xz https://e.example.org/www_1.xz extra",
        "fetch -A -o /var/cache/pot/www_1.xz https://e.example.org/other_1.xz",
        "fetch -A -o /var/cache/pot/../../etc/www_1.xz https://e.example.org/www_1.xz",
        "fetch -A -o /var/cache/pot/www_1.xz ftp://e.example.org/www_1.xz",
        "fetch /var/cache/pot/www_1.xz",
        "fetch -o /var/cache/pot/www_1.xz -q https://e.example.org/www_1.xz",
        "fetch -A -o var/cache/pot/www_1.xz https://e.example.org/www_1.xz",
        "od -An -v -tx1 -N 262144 /etc/master.passwd",
        "od -An -v -tx1 /var/cache/pot/www_1.xz",
        "od -An -v -tx1 -N 0 /var/cache/pot/www_1.xz",
        "od -c /var/cache/pot/www_1.xz",
        "tee /usr/local/etc/pot/flavours/a /etc/passwd",
        "rm -rf /",
        "rm /usr/local/etc/pot/flavours/nginx",
        "rm -f /usr/local/etc/pot/flavours/nginx /etc/passwd",
        "pfctl -F all",
        "pfctl -a pot-rdr/web -f /tmp/rules",
        "pfctl -d",
        "pfctl -s",
        "pfctl -a",
        "ifconfig",
        "ifconfig em0 inet 192.0.2.10 -alias",
        "ifconfig em0 destroy",
        "ifconfig -a -alias",
        "ifconfig bridge create",
        "/tmp/ifconfig -a",
        "mkdir /srv/images",
        "mkdir -p images",
        "mkdir -p /srv/../etc/x",
        "mkdir -p /srv/./x",
        "mkdir -p /srv/a/",
        "mkdir -p /srv/a /srv/b",
        "mkdir -m 777 -p /srv/a",
        "mkdir -p -v",
        "mkdir -p /",
        "chmod 0700 /usr/local/etc/pot/flavours/nginx.sh",
        "chmod 0755 /usr/local/etc/pot/flavours/.potctl-hook-web-prestart.sh",
        "chmod -R 0700 /usr/local/etc/pot/flavours/.potctl-hook-web-prestart.sh",
        "chmod 0700 /etc/rc",
        "tee /usr/local/etc/pot/flavours/.potctl-hook-web-boot.sh",
        "tee /opt/pot/jails/web/conf/prestart.sh",
        "rm -f /opt/pot/jails/web/conf/pot.conf",
        "rm -f /opt/pot/jails/../conf/prestart.sh",
        "rm -f /opt/pot/jails/web/m/conf/prestart.sh/../prestart.sh",
        "chmod 0700 /usr/local/etc/pot/flavours/.potctl-dns-api.conf",
        "tee /usr/local/etc/pot/flavours/.potctl-dns-api.sh",
        "tee /usr/local/etc/pot/flavours/.potctl-dns-../x.conf",
        "tee /etc/resolv.conf",
        "rm -f /usr/local/etc/pot/flavours/.potctl-dns-api.conf.bak"
      })
  void refused(String line) {
    assertTrue(ProgramAllowlist.refusal(List.of(line.split(" "))).isPresent(), line);
  }

  @Test
  void refusalNamesTheCommandAndTheRule() {
    ProgramRefusedException e =
        assertThrows(
            ProgramRefusedException.class,
            () -> ProgramAllowlist.require(Command.of("sh", "-c", "rm -rf /")));
    assertEquals("sh -c rm -rf /", e.refused());
    assertTrue(e.getMessage().contains("'sh' is not pot, zfs, jls, pfctl"), e.getMessage());
  }

  @Test
  void theWrappedRunnerNeverSeesARefusedCommand() {
    AtomicInteger seen = new AtomicInteger();
    CommandRunner counting =
        c -> {
          seen.incrementAndGet();
          return new CommandResult(0, "", "", java.time.Duration.ZERO);
        };
    AllowlistedRunner runner = new AllowlistedRunner(counting);
    assertThrows(ProgramRefusedException.class, () -> runner.run(Command.of("id")));
    assertEquals(0, seen.get());
    runner.run(Command.of("zfs", "list"));
    assertEquals(1, seen.get());
  }

  @Test
  void theLocalHostRunnerRefusesAProgramOutsideTheList(@TempDir Path dir) throws Exception {
    Path planted = dir.resolve("planted");
    try (var host = HostConnector.connect(new HostSpec.Local())) {
      Command touch = Command.of("touch", planted.toString());
      assertThrows(ProgramRefusedException.class, () -> host.runner().run(touch));
      Command tee = Command.of("tee", planted.toString()).withStdin("x");
      assertThrows(ProgramRefusedException.class, () -> host.runner().run(tee));
    }
    assertFalse(Files.exists(planted), "nothing ran");
  }
}
