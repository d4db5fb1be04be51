package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.render.DocumentSchemas;
import org.potctl.controller.testkit.Run;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * pot's rc scripts start every pot marked {@code start-at-boot} at the host's boot with plain
 * {@code pot start}, which writes the jail's {@code /etc/hosts} through whatever link the jail's
 * root left there (and starts the pot's stopped dependencies first, each the same way). {@code
 * potctl boot-check}, which the {@code potctl_boot} rc script runs before pot's, checks those trees
 * as potctl checks before its own starts and turns the start at boot off for each unsafe pot of a
 * spec; the next apply turns it on again and its start step refuses the pot until the link is gone.
 */
class BootCheckTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;
  private SimCli cli;
  private Path spec;
  private Path hostFile;

  @BeforeEach
  void setUp() throws Exception {
    cli = new SimCli(dir.resolve("sim"));
    spec = Files.createDirectories(dir.resolve("spec"));
    hostFile = Files.writeString(dir.resolve("host-rc.conf"), "sshd_enable=YES\n");
    Files.writeString(
        spec.resolve("pots.yaml"),
        """
        version: 1
        pots:
          db:
            base: "14.1"
            state: stopped
          web:
            base: "14.1"
            state: stopped
            depends_on: [db]
            attributes: {start-at-boot: true}
          cache:
            base: "14.1"
            state: stopped
            attributes: {early-start-at-boot: true}
        """);
    cli.expect(0, "apply", "--yes", spec.toString());
  }

  /** The attribute's value in the pot's pot.conf, as pot's get-attr reads it. */
  private String attribute(String pot, String name) throws Exception {
    String prefix = "pot.attr." + name + "=";
    return Files.readAllLines(cli.dir().resolve("fsroot/jails/" + pot + "/conf/pot.conf")).stream()
        .filter(l -> l.startsWith(prefix))
        .map(l -> l.substring(prefix.length()))
        .reduce((a, b) -> b)
        .orElse("");
  }

  private void plant(String pot) throws Exception {
    cli.plantHostsLink(pot, hostFile);
  }

  @Test
  void safeTreesAreLeftAsTheyAre() throws Exception {
    int from = cli.log().size();
    Run r = cli.expect(0, "boot-check", "--yes");
    assertTrue(r.out().contains("2 pots start at boot: 2 safe, 0 unsafe, 0 running."), r.out());
    assertEquals(List.of(), cli.mutationsSince(from));
    assertEquals("YES", attribute("web", "start-at-boot"));
  }

  @Test
  void anUnsafeDependencyTurnsTheDependantsStartAtBootOff() throws Exception {
    plant("db");
    int from = cli.log().size();
    Run r = cli.expect(0, "boot-check", "--yes");
    assertTrue(r.out().contains("~ pot.web  update"), r.out());
    assertTrue(
        r.out()
            .contains(
                "pot db, which pot start -p web starts first when it is stopped (pot.depend), is unsafe"),
        r.out());
    assertTrue(r.out().contains("1 safe, 1 unsafe"), r.out());
    assertEquals(
        List.of("pot set-attribute -p web -A start-at-boot -V NO"), cli.mutationsSince(from));
    assertEquals("NO", attribute("web", "start-at-boot"));
    assertEquals("YES", attribute("cache", "early-start-at-boot"));
    assertEquals("sshd_enable=YES\n", Files.readString(hostFile));
  }

  @Test
  void theNextApplyTurnsItOnAgainAndItsStartStillRefusesTheTree() throws Exception {
    plant("cache");
    cli.expect(0, "boot-check", "--yes");
    assertEquals("NO", attribute("cache", "early-start-at-boot"));
    Run plan = cli.expect(2, "plan", "--detailed-exitcode", spec.toString());
    assertTrue(plan.out().contains("attributes.early-start-at-boot"), plan.out());
    cli.expect(0, "apply", "--yes", spec.toString());
    assertEquals("YES", attribute("cache", "early-start-at-boot"));
    Path pots = spec.resolve("pots.yaml");
    String stopped = "  cache:\n    base: \"14.1\"\n    state: stopped\n";
    String text = Files.readString(pots);
    assertTrue(text.contains(stopped), text);
    Files.writeString(pots, text.replace(stopped, "  cache:\n    base: \"14.1\"\n"));
    Run start = cli.expect(1, "apply", "--yes", spec.toString());
    assertTrue(start.all().contains("pot cache is not started: cannot "), start.all());
    assertEquals("sshd_enable=YES\n", Files.readString(hostFile));
  }

  @Test
  void aDryRunShowsTheChangeAndMakesNone() throws Exception {
    plant("web");
    int from = cli.log().size();
    Run r = cli.expect(0, "boot-check", "--dry-run", "-o", "json");
    JsonNode doc = JSON.readTree(r.out());
    DocumentSchemas.assertValid("host-change", r.out());
    assertEquals("boot-check", doc.path("command").asString());
    JsonNode change = doc.path("plan").path("changes").get(0);
    assertEquals("pot.web", change.path("address").asString());
    assertEquals("boot-unsafe", change.path("reason_codes").get(0).asString());
    assertEquals(List.of(), cli.mutationsSince(from));
    assertEquals("YES", attribute("web", "start-at-boot"));
  }

  @Test
  void anUnsafePotOfNoSpecIsOnlyWarnedAbout() throws Exception {
    cli.raw("pot", "create", "-p", "raw", "-b", "14.1", "-t", "single");
    cli.raw("pot", "set-attribute", "-p", "raw", "-A", "start-at-boot", "-V", "YES");
    plant("raw");
    int from = cli.log().size();
    Run r = cli.expect(0, "boot-check", "--yes");
    assertTrue(r.err().contains("it belongs to no spec, so potctl leaves it alone"), r.err());
    assertEquals(List.of(), cli.mutationsSince(from));
    assertEquals("YES", attribute("raw", "start-at-boot"));
  }

  @Test
  void bothBootAttributesOfAnUnsafePotAreTurnedOff() throws Exception {
    cli.raw("pot", "set-attribute", "-p", "web", "-A", "early-start-at-boot", "-V", "YES");
    plant("web");
    int from = cli.log().size();
    Run r = cli.expect(0, "boot-check", "--yes");
    assertTrue(r.out().contains("2 pots start at boot: 1 safe, 1 unsafe"), r.out());
    assertEquals(
        List.of(
            "pot set-attribute -p web -A start-at-boot -V NO",
            "pot set-attribute -p web -A early-start-at-boot -V NO"),
        cli.mutationsSince(from));
    assertEquals("NO", attribute("web", "start-at-boot"));
    assertEquals("NO", attribute("web", "early-start-at-boot"));
    Run again = cli.expect(0, "boot-check", "--yes");
    assertTrue(again.out().contains("1 pot starts at boot: 1 safe, 0 unsafe"), again.out());
  }

  @Test
  void aRunningPotIsNotChecked() throws Exception {
    plant("web");
    cli.raw("pot", "start", "-p", "db");
    Files.writeString(
        spec.resolve("pots.yaml"),
        Files.readString(spec.resolve("pots.yaml")).replaceFirst("state: stopped\n", ""));
    Run r = cli.expect(0, "boot-check", "--dry-run");
    assertFalse(r.out().contains("pot.db  update"), r.out());
    assertTrue(r.out().contains("1 unsafe"), r.out());
  }
}
