package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.potctl.controller.testkit.Run;

/**
 * At every start pot writes the jail's {@code /etc/hosts} (always), {@code /etc/resolv.conf} and,
 * without its tmpfs, files in {@code /tmp}, as root on the host, through the jail's own tree: a
 * link the jail's root left there (the spec's {@code cmd} runs as that root) sends the write to a
 * host file ({@code /etc/hosts -> /etc/rc.conf}: the next start truncates the host's rc.conf).
 * Before, potctl restarted such a pot; now the start step refuses it, naming the link, and runs no
 * {@code pot start}.
 */
class JailTreeLinksTest {

  @TempDir Path dir;
  private SimCli cli;
  private Path spec;
  private Path jail;
  private Path hostFile;

  @BeforeEach
  void setUp() throws Exception {
    cli = new SimCli(dir.resolve("sim"));
    spec = Files.createDirectories(dir.resolve("spec"));
    jail = cli.dir().resolve("fsroot/jails/web");
    hostFile = Files.writeString(dir.resolve("host-rc.conf"), "sshd_enable=YES\n");
  }

  private void write(String extra) throws Exception {
    Files.writeString(
        spec.resolve("pots.yaml"), "version: 1\npots:\n  web:\n    base: \"14.1\"\n" + extra);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "m/etc/hosts, link",
    "m/etc/resolv.conf, link",
    "m/etc, link",
    "m/tmp, link",
    "m/etc/hosts, fifo",
    "m/tmp/tinirc, link",
    "m/tmp/environment.sh, link",
  })
  void aLinkLeftInTheJailsTreeStopsTheStart(String planted, String kind) throws Exception {
    boolean tmp = planted.startsWith("m/tmp/");
    String attributes = tmp ? "    attributes: {no-tmpfs: true, no-rc-script: true}\n" : "";
    String[] allow = tmp ? new String[] {"--allow-privileged-attributes"} : new String[0];
    write(attributes);
    cli.expect(0, args(allow, "apply", "--yes", spec.toString()));
    Path at = jail.resolve(planted);
    Files.createDirectories(at.getParent());
    if (kind.equals("link")) {
      Files.createSymbolicLink(
          at, planted.equals("m/etc") || planted.equals("m/tmp") ? hostFile.getParent() : hostFile);
    } else {
      new ProcessBuilder("mkfifo", at.toString()).start().waitFor();
    }
    write(attributes + "    cmd: \"nginx\"\n"); // a restart
    if (planted.equals("m/etc") || planted.equals("m/etc/resolv.conf")) {
      // pot stop removes the jail's /etc/resolv.conf on the host: the stop is refused first
      int before = cli.log().size();
      Run refused = cli.expect(1, args(allow, "apply", "--yes", spec.toString()));
      assertTrue(refused.all().contains("pot web is not stopped: cannot "), refused.all());
      assertTrue(refused.all().contains("pot stop removes the jail's"), refused.all());
      List<String> tried = cli.log().subList(before, cli.log().size());
      assertTrue(tried.stream().noneMatch(l -> l.startsWith("pot stop")), tried.toString());
      cli.raw("pot", "stop", "-p", "web"); // the operator stops it by hand
    }
    int from = cli.log().size();
    Run applied = cli.expect(1, args(allow, "apply", "--yes", spec.toString()));
    assertTrue(applied.all().contains("pot web is not started: cannot "), applied.all());
    assertTrue(applied.all().contains("pot start writes /etc/hosts"), applied.all());
    List<String> ran = cli.log().subList(from, cli.log().size());
    assertTrue(ran.stream().noneMatch(l -> l.startsWith("pot start")), ran.toString());
    assertEquals("sshd_enable=YES\n", Files.readString(hostFile));
  }

  /**
   * A mount point's parent renamed by the jail and replaced by a link ({@code /mnt -> /etc}):
   * {@code mount_nullfs} at the next start would put the fscomp over the host's {@code
   * /etc/cron.d}.
   */
  @Test
  void aLinkOnTheWayToAMountPointStopsTheStart() throws Exception {
    Files.writeString(
        spec.resolve("pots.yaml"),
        "version: 1\nfscomps:\n  data: {}\npots:\n  web:\n    base: \"14.1\"\n"
            + "    mounts: [{fscomp: data, at: /mnt/cron.d}]\n");
    cli.expect(0, "apply", "--yes", spec.toString());
    Path hostEtc = Files.createDirectories(dir.resolve("host-etc/cron.d"));
    Path mnt = jail.resolve("m/mnt");
    Files.createDirectories(mnt);
    Files.move(mnt, jail.resolve("m/mnt.old"));
    Files.createSymbolicLink(mnt, hostEtc.getParent());
    Files.writeString(
        spec.resolve("pots.yaml"),
        Files.readString(spec.resolve("pots.yaml")) + "    cmd: \"nginx\"\n");
    int from = cli.log().size();
    Run applied = cli.expect(1, "apply", "--yes", spec.toString());
    assertTrue(
        applied.all().contains("cannot list " + mnt + ": it is a symbolic link"), applied.all());
    List<String> ran = cli.log().subList(from, cli.log().size());
    assertTrue(ran.stream().noneMatch(l -> l.startsWith("pot start")), ran.toString());
  }

  /** pot mount-in mkdir -p's the new mount point through the jail's tree, on the host. */
  @Test
  void aLinkOnTheWayToANewMountPointStopsTheMountIn() throws Exception {
    write("");
    cli.expect(0, "apply", "--yes", spec.toString());
    Path mnt = jail.resolve("m/mnt");
    Files.createDirectories(mnt.getParent());
    Files.createSymbolicLink(mnt, Files.createDirectories(dir.resolve("host-etc")));
    Files.writeString(
        spec.resolve("pots.yaml"),
        "version: 1\nfscomps:\n  data: {}\npots:\n  web:\n    base: \"14.1\"\n"
            + "    mounts: [{fscomp: data, at: /mnt/cron.d}]\n");
    int from = cli.log().size();
    Run applied = cli.expect(1, "apply", "--yes", spec.toString());
    assertTrue(
        applied.all().contains("cannot list " + mnt + ": it is a symbolic link"), applied.all());
    List<String> ran = cli.log().subList(from, cli.log().size());
    assertTrue(ran.stream().noneMatch(l -> l.startsWith("pot mount-in")), ran.toString());
    assertTrue(Files.notExists(dir.resolve("host-etc/cron.d")), "no directory made on the host");
  }

  @Test
  void aRestartWithTheJailsOwnFilesStarts() throws Exception {
    write("");
    cli.expect(0, "apply", "--yes", spec.toString());
    Files.createDirectories(jail.resolve("m/etc"));
    Files.writeString(jail.resolve("m/etc/hosts"), "127.0.0.1 localhost\n");
    Files.writeString(jail.resolve("m/etc/resolv.conf"), "nameserver 192.0.2.53\n");
    write("    cmd: \"nginx\"\n");
    int from = cli.log().size();
    cli.expect(0, "apply", "--yes", spec.toString());
    List<String> ran = cli.log().subList(from, cli.log().size());
    assertTrue(ran.contains("pot start -p web"), ran.toString());
  }

  private static String[] args(String[] first, String... rest) {
    String[] all = new String[first.length + rest.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(rest, 0, all, first.length, rest.length);
    return all;
  }
}
