package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Run;

/**
 * {@code pot start P} starts every stopped pot of P's {@code pot.depend} first (start.sh, each with
 * its own dependencies), and each of those starts writes that jail's {@code /etc/hosts} as root on
 * the host, through a link its root may have left. So potctl checks the tree of every pot a start
 * can start, read from the {@code pot.depend} lines pot will read, not only P's. A dependency the
 * spec no longer names stays in pot.conf ({@code add-dep} only appends): potctl stops it as the
 * spec says, and pot would start it again with P.
 */
class DependencyStartsTest {

  @TempDir Path dir;
  private SimCli cli;
  private Path spec;
  private Path hostFile;

  @BeforeEach
  void setUp() throws Exception {
    cli = new SimCli(dir.resolve("sim"));
    spec = Files.createDirectories(dir.resolve("spec"));
    hostFile = Files.writeString(dir.resolve("host-rc.conf"), "sshd_enable=YES\n");
  }

  private void write(String db, String web) throws Exception {
    Files.writeString(
        spec.resolve("pots.yaml"),
        "version: 1\npots:\n  db:\n    base: \"14.1\"\n"
            + db
            + "  web:\n    base: \"14.1\"\n"
            + web);
  }

  private Path hosts(String pot) {
    return cli.jailHosts(pot);
  }

  private void plant(String pot) throws Exception {
    cli.plantHostsLink(pot, hostFile);
  }

  @Test
  void aStoppedDependencyWithALinkStopsTheStartOfItsDependant() throws Exception {
    write("", "    depends_on: [db]\n");
    cli.expect(0, "apply", "--yes", spec.toString());
    plant("db");
    // db stopped as the spec now says, web restarted: pot.depend still names db
    write("    state: stopped\n", "    cmd: \"nginx\"\n");
    int from = cli.log().size();
    Run applied = cli.expect(1, "apply", "--yes", spec.toString());
    assertTrue(applied.all().contains("pot web is not started: pot db"), applied.all());
    assertTrue(applied.all().contains(hosts("db") + ": it is a symbolic link"), applied.all());
    List<String> ran = cli.log().subList(from, cli.log().size());
    assertTrue(ran.contains("pot stop -p db"), ran.toString());
    assertTrue(ran.stream().noneMatch(l -> l.startsWith("pot start")), ran.toString());
    assertEquals("sshd_enable=YES\n", Files.readString(hostFile));
  }

  @Test
  void aDependencyOfADependencyIsCheckedToo() throws Exception {
    Files.writeString(
        spec.resolve("pots.yaml"),
        "version: 1\npots:\n  db:\n    base: \"14.1\"\n  cache:\n    base: \"14.1\"\n"
            + "    depends_on: [db]\n  web:\n    base: \"14.1\"\n    depends_on: [cache]\n");
    cli.expect(0, "apply", "--yes", spec.toString());
    plant("db");
    Files.writeString(
        spec.resolve("pots.yaml"),
        "version: 1\npots:\n  db:\n    base: \"14.1\"\n    state: stopped\n"
            + "  cache:\n    base: \"14.1\"\n    state: stopped\n"
            + "  web:\n    base: \"14.1\"\n    cmd: \"nginx\"\n");
    int from = cli.log().size();
    Run applied = cli.expect(1, "apply", "--yes", spec.toString());
    assertTrue(applied.all().contains("pot web is not started: pot db"), applied.all());
    List<String> ran = cli.log().subList(from, cli.log().size());
    assertTrue(ran.stream().noneMatch(l -> l.startsWith("pot start")), ran.toString());
  }

  /**
   * pot does not start a running dependency, but the dependency's own root can halt it right after
   * a look at the jails and before the {@code pot start}, which then starts it unchecked: so a
   * running dependency's tree is checked too.
   */
  @Test
  void aRunningDependencyWithALinkStopsTheStartToo() throws Exception {
    write("", "    depends_on: [db]\n");
    cli.expect(0, "apply", "--yes", spec.toString());
    plant("db");
    write("", "    depends_on: [db]\n    cmd: \"nginx\"\n");
    int from = cli.log().size();
    Run applied = cli.expect(1, "apply", "--yes", spec.toString());
    assertTrue(
        applied.all().contains("pot web is not started: pot db, which pot start -p web starts"),
        applied.all());
    List<String> ran = cli.log().subList(from, cli.log().size());
    assertTrue(ran.stream().noneMatch(l -> l.startsWith("pot start")), ran.toString());
    assertEquals("sshd_enable=YES\n", Files.readString(hostFile));
  }

  @Test
  void aRunningDependencyWithASafeTreeLetsTheStartRun() throws Exception {
    write("", "    depends_on: [db]\n");
    cli.expect(0, "apply", "--yes", spec.toString());
    write("", "    depends_on: [db]\n    cmd: \"nginx\"\n");
    int from = cli.log().size();
    cli.expect(0, "apply", "--yes", spec.toString());
    List<String> ran = cli.log().subList(from, cli.log().size());
    assertTrue(ran.contains("pot start -p web"), ran.toString());
  }

  /**
   * pot create runs a flavour script in the started pot, and that start starts its add-dep pots.
   */
  @Test
  void aFlavourScriptsStartOfAStoppedDependencyWithALinkStopsTheCreate() throws Exception {
    Files.writeString(
        spec.resolve("pots.yaml"),
        "version: 1\npots:\n  db:\n    base: \"14.1\"\n    state: stopped\n");
    cli.expect(0, "apply", "--yes", spec.toString());
    plant("db");
    Files.writeString(spec.resolve("boot.sh"), "#!/bin/sh\necho up\n");
    Files.writeString(
        spec.resolve("pots.yaml"),
        "version: 1\nflavours:\n  boot:\n    commands: [\"add-dep -P db\"]\n"
            + "    script: boot.sh\npots:\n  db:\n    base: \"14.1\"\n    state: stopped\n"
            + "  web:\n    base: \"14.1\"\n    flavours: [boot]\n");
    int from = cli.log().size();
    Run applied = cli.expect(1, "apply", "--yes", spec.toString());
    assertTrue(applied.all().contains("pot web is not created: pot db"), applied.all());
    List<String> ran = cli.log().subList(from, cli.log().size());
    assertTrue(ran.stream().noneMatch(l -> l.startsWith("pot create -p web")), ran.toString());
    assertEquals("sshd_enable=YES\n", Files.readString(hostFile));
  }
}
