package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;
import org.potctl.state.sim.SimulatedHost;
import org.potctl.state.statedir.Inventory;

/**
 * Spec identity (DESIGN §3.3): the inventory records each spec id's origin; two specs sharing a
 * directory name never plan against each other's objects; --spec-id takes an id over; ports, IPs
 * and names of another spec are located plan errors naming it.
 */
class SpecIdentityTest {

  private static final Path WEB = Path.of("..", "examples", "potfiles", "web-single");

  @TempDir Path dir;

  private Run potctl(String... args) {
    return Potctl.onSim(dir.resolve("sim")).run(args);
  }

  private Path copy(String parent, String potfile) throws IOException {
    Path spec = dir.resolve(parent).resolve("web-single");
    Files.createDirectories(spec);
    Files.writeString(spec.resolve("potfile.yaml"), potfile);
    return spec.toRealPath();
  }

  private Path webCopy(String parent) throws IOException {
    return copy(parent, Files.readString(WEB.resolve("potfile.yaml")));
  }

  /** The mutating commands the simulated host ran (observation is read-only). */
  private List<String> changes() throws IOException {
    return Files.readAllLines(dir.resolve("sim/commands.log")).stream()
        .filter(l -> SimulatedHost.mutating(List.of(l.split(" "))))
        .toList();
  }

  private Inventory inventory() {
    return new Inventory(dir.resolve("sim/state"));
  }

  @Test
  void aSecondSpecWithTheSameDirectoryNameIsRefusedNamingBothOrigins() throws IOException {
    Path a = webCopy("a");
    Path b = copy("b", "version: 1\npots:\n  other:\n    base: \"14.1\"\n");
    Run applied = potctl("apply", "--yes", a.toString());
    assertEquals(0, applied.code(), applied.err());
    assertEquals(Optional.of(a.toString()), inventory().origin("web-single"));
    List<String> before = changes();
    for (String command : new String[] {"plan", "status", "apply"}) {
      Run r =
          command.equals("apply")
              ? potctl("apply", "--yes", b.toString())
              : potctl(command, b.toString());
      assertEquals(3, r.code(), command + ": " + r.err());
      assertTrue(
          r.err().contains("spec id 'web-single' belongs on this host to the spec at " + a),
          r.err());
      assertTrue(r.err().contains("not to " + b), r.err());
      assertTrue(r.err().contains("--spec-id"), r.err());
      assertFalse(r.out().contains("delete"), r.out());
    }
    assertEquals(before, changes(), "nothing ran for the second spec");
    Run again = potctl("plan", "--detailed-exitcode", a.toString());
    assertEquals(0, again.code(), "the first spec still owns its id: " + again.err());
  }

  @Test
  void specIdTakesAnIdOverDeliberately() throws IOException {
    Path a = webCopy("a");
    Path b = webCopy("b");
    assertEquals(0, potctl("apply", "--yes", a.toString()).code());
    Run plan = potctl("plan", "--spec-id", "web-single", b.toString());
    assertEquals(0, plan.code(), plan.err());
    assertTrue(plan.err().contains("takes it over for " + b), plan.err());
    assertEquals(
        Optional.of(a.toString()), inventory().origin("web-single"), "plan records nothing");
    Run taken = potctl("apply", "--yes", "--spec-id", "web-single", b.toString());
    assertEquals(0, taken.code(), taken.err());
    assertEquals(Optional.of(b.toString()), inventory().origin("web-single"));
    Run old = potctl("plan", a.toString());
    assertEquals(3, old.code(), old.err());
    assertTrue(old.err().contains("belongs on this host to the spec at " + b), old.err());
  }

  @Test
  void namesPortsAndStaticIpsOfAnotherSpecAreLocatedPlanErrorsNamingIt() throws IOException {
    Path a = webCopy("a");
    assertEquals(0, potctl("apply", "--yes", a.toString()).code());
    Path c =
        copy(
            "c",
            "version: 1\n"
                + "fscomps:\n"
                + "  www-data: {}\n"
                + "pots:\n"
                + "  api:\n"
                + "    base: \"14.1\"\n"
                + "    network:\n"
                + "      type: public-bridge\n"
                + "    ports:\n"
                + "      - \"81:9090\"\n"
                + "      - \"80:8080\"\n"
                + "      - \"udp:80:8080\"\n");
    Run r = potctl("plan", "--spec-id", "other", c.toString());
    assertEquals(1, r.code(), r.err());
    String file = c.resolve("potfile.yaml").toString();
    assertTrue(
        r.err()
            .contains(
                file
                    + ":11:9: error: pots.api.ports[1]: host port tcp/8080 is already exported by"
                    + " pot www of spec 'web-single' ("
                    + a
                    + ")"),
        r.err());
    assertFalse(r.err().contains("udp/8080"), "ports clash per protocol: " + r.err());
    assertFalse(r.err().contains("tcp/9090"), r.err());
    assertTrue(
        r.err().contains("fscomp.www-data is owned by another spec")
            && r.err().contains("spec 'web-single' (" + a + ")"),
        r.err());
  }

  @Test
  void aStaticIpOfAnotherSpecsPotIsAPlanError() throws IOException {
    String pot =
        "version: 1\npots:\n  %s:\n    base: \"14.1\"\n    network:\n"
            + "      type: public-bridge\n      ip: 10.192.0.9\n";
    Path a = copy("a", pot.formatted("one"));
    assertEquals(0, potctl("apply", "--yes", a.toString()).code());
    Path d = copy("d", pot.formatted("two"));
    Run r = potctl("plan", "--spec-id", "d", d.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(
        r.err()
            .contains(
                "pots.two.network.ip: static IP 10.192.0.9 is already used by pot one of spec"
                    + " 'web-single' ("
                    + a
                    + ")"),
        r.err());
    // the changes are shown, and so is that the errors make the plan one apply refuses
    assertTrue(r.out().contains("+ pot.two  create"), r.out());
    assertTrue(
        r.out()
            .endsWith("This plan has errors (above): apply refuses it. Fix them and plan again.\n"),
        r.out());
  }

  @Test
  void anIpv6AddressOfAnotherSpecIsCaughtInAnySpelling() throws IOException {
    String pot =
        "version: 1\npots:\n  %s:\n    base: \"14.1\"\n    network:\n"
            + "      type: alias\n      ip: [\"em0|10.0.0.%s\", \"em0|%s\"]\n";
    Path a = copy("a", pot.formatted("one", "7", "2001:db8::9"));
    assertEquals(0, potctl("apply", "--yes", a.toString()).code());
    Path d = copy("d", pot.formatted("two", "8", "2001:DB8:0:0:0::0009"));
    Run r = potctl("plan", "--spec-id", "d", d.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(
        r.err()
            .contains(
                "pots.two.network.ip[1]: static IP 2001:DB8:0:0:0::0009 is already used by pot one"
                    + " of spec 'web-single' ("
                    + a
                    + ")"),
        r.err());
    assertFalse(
        r.err().lines().anyMatch(l -> l.contains(": error: ") && l.contains("10.0.0.8")),
        "a different IPv4 address is no clash: " + r.err());
  }

  /**
   * A clone copies its template's file system and, for a multi template, shares its fscomps
   * read-write; {@code -F} snapshots the template. So a template that is another spec's pot would
   * hand this spec that spec's data and change its datasets: a located plan error, nothing runs.
   */
  @Test
  void aTemplateThatIsAPotOfAnotherSpecIsALocatedPlanError() throws IOException {
    Path a = webCopy("a");
    assertEquals(0, potctl("apply", "--yes", a.toString()).code());
    Path c = copy("c", "version: 1\npots:\n  thief:\n    template: www\n");
    int before = changes().size();
    for (String command : List.of("plan", "apply")) {
      Run r =
          command.equals("plan")
              ? potctl("plan", "--spec-id", "other", c.toString())
              : potctl("apply", "--yes", "--spec-id", "other", c.toString());
      assertEquals(1, r.code(), r.err());
      assertTrue(
          r.err()
              .contains(
                  c.resolve("potfile.yaml")
                      + ":4:15: error: pots.thief.template: pot www belongs to spec"
                      + " 'web-single' ("
                      + a
                      + "); a spec clones only its own pots or pots the operator allows (--allow-template)"),
          r.err());
    }
    assertEquals(before, changes().size(), "nothing ran: " + changes());
  }

  /**
   * An image pot is known by its name, {@code <name>_<tag>}: a pot of that name is cloned instead
   * of an import. So {@code image: {name: db, tag: prod}} would clone another spec's pot {@code
   * db_prod}, data and all.
   */
  @Test
  void anImageWhosePotIsAPotOfAnotherSpecIsALocatedPlanError() throws IOException {
    Path a = copy("a", "version: 1\npots:\n  db_prod:\n    base: \"14.1\"\n");
    assertEquals(0, potctl("apply", "--yes", a.toString()).code());
    Path c =
        copy(
            "c",
            "version: 1\npots:\n  thief:\n"
                + "    image: {url: \"https://images.example.org/pots\", name: db, tag: prod}\n");
    int before = changes().size();
    Run r = potctl("apply", "--yes", "--spec-id", "other", c.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(
        r.err()
            .contains(
                c.resolve("potfile.yaml")
                    + ":4:59: error: pots.thief.image.name: pot db_prod belongs to spec"
                    + " 'web-single' ("
                    + a
                    + "); a spec clones only its own pots or pots the operator allows (--allow-template)"),
        r.err());
    assertEquals(before, changes().size(), "nothing ran: " + changes());
  }

  @Test
  void aPortOrStaticIpOfAPotPotctlDoesNotManageIsAPlanError() throws IOException {
    String sim = dir.resolve("sim").toString();
    for (List<String> argv :
        List.of(
            List.of("pot", "create-base", "-r", "14.1"),
            List.of(
                "pot",
                "create",
                "-p",
                "byhand",
                "-b",
                "14.1",
                "-N",
                "public-bridge",
                "-i",
                "10.192.0.9"),
            List.of("pot", "export-ports", "-p", "byhand", "-e", "80:8080"))) {
      List<String> args = new ArrayList<>(List.of("sim-exec", sim, "--"));
      args.addAll(argv);
      assertEquals(0, potctl(args.toArray(String[]::new)).code(), argv.toString());
    }
    Path spec =
        copy(
            "a",
            "version: 1\npots:\n  web:\n    base: \"14.1\"\n    network:\n"
                + "      type: public-bridge\n      ip: 10.192.0.9\n"
                + "    ports:\n      - {pot: 80, host: 8080}\n");
    int before = changes().size();
    Run r = potctl("plan", spec.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(
        r.err().contains("host port tcp/8080 is already exported by pot byhand, which potctl"),
        r.err());
    assertTrue(
        r.err()
            .contains(
                "pots.web.network.ip: static IP 10.192.0.9 is already used by pot byhand, which"
                    + " potctl does not manage"),
        r.err());
    assertEquals(before, changes().size(), "plan changed nothing");
  }

  @Test
  void theBasePotOfABaseIsNotListedAsUnmanaged() throws IOException {
    Path a = webCopy("a");
    assertEquals(0, potctl("apply", "--yes", a.toString()).code());
    String sim = dir.resolve("sim").toString();
    assertEquals(0, potctl("sim-exec", sim, "--", "pot", "create-base", "-r", "13.2").code());
    assertEquals(0, potctl("sim-exec", sim, "--", "pot", "create-fscomp", "-f", "handmade").code());
    Run status = potctl("status", a.toString());
    assertTrue(status.out().contains("fscomp.handmade"), status.out());
    assertFalse(status.out().contains("base-13_2"), status.out());
  }
}
