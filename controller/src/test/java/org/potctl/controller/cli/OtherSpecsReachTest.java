package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.render.DocumentSchemas;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a spec reaches of another spec's pots other than by its {@code ports}, {@code ip} and names
 * (DESIGN §3.3, §8): a host port its spec flavour's {@code export-ports} line exports, and a pot of
 * another spec as its {@code template}, are located plan errors naming that spec.
 */
class OtherSpecsReachTest {

  private static final String WEB =
      "version: 1\npots:\n  www:\n    base: \"14.1\"\n    network:\n"
          + "      type: public-bridge\n    ports:\n      - \"80:8080\"\n";

  @TempDir Path dir;

  private Potctl sim() {
    return Potctl.onSim(dir.resolve("sim"));
  }

  private Path spec(String name, String potfile) throws IOException {
    Path spec = Files.createDirectories(dir.resolve(name));
    Files.writeString(spec.resolve("potfile.yaml"), potfile);
    return spec.toRealPath();
  }

  @Test
  void aHostPortOfAnotherSpecExportedByASpecFlavourIsAPlanError() throws IOException {
    Path web = spec("web", WEB);
    assertEquals(0, sim().run("apply", "--yes", web.toString()).code());
    Path api =
        spec(
            "api",
            "version: 1\nflavours:\n  sneaky:\n    commands:\n"
                + "      - \"export-ports -e 80:8080\"\n"
                + "pots:\n  api:\n    base: \"14.1\"\n    network:\n"
                + "      type: public-bridge\n    flavours: [sneaky]\n");
    int before = sim().mark();
    Run r = sim().run("apply", "--yes", api.toString());
    assertEquals(1, r.code(), r.all());
    assertTrue(
        r.err()
            .contains(
                "pots.api.flavours: host port tcp/8080 (an export-ports line of its flavours)"
                    + " is already exported by pot www of spec 'web' ("
                    + web
                    + ")"),
        r.err());
    assertEquals(0, sim().mutationsSince(before).size(), "nothing ran");
  }

  @Test
  void aHostPortOfAnotherSpecIsLocatedAtItsItemOfPortsAndTheTextPlanSaysWhichResourceErred()
      throws IOException {
    Path web = spec("web", WEB);
    assertEquals(0, sim().run("apply", "--yes", web.toString()).code());
    Path api =
        spec(
            "api",
            "version: 1\npots:\n  api:\n    base: \"14.1\"\n    network:\n"
                + "      type: public-bridge\n    ports:\n      - \"443:9443\"\n"
                + "      - \"80:8080\"\n");
    Run r = sim().run("plan", api.toString());
    assertEquals(1, r.code(), r.all());
    assertTrue(
        r.err().contains("potfile.yaml:9:9: error: pots.api.ports[1]: host port tcp/8080"),
        r.err());
    assertTrue(
        r.out().contains("! a plan error above names it"),
        "the erred create is marked: " + r.out());
    assertTrue(
        r.out()
            .contains(
                "0 to create, 0 to update, 0 to replace, 0 to delete; 1 resource with errors."),
        r.out());
  }

  @Test
  void theSpecsOwnPortsStillReplaceAFlavoursExport() throws IOException {
    Path web = spec("web", WEB);
    assertEquals(0, sim().run("apply", "--yes", web.toString()).code());
    Path api =
        spec(
            "api",
            "version: 1\nflavours:\n  f:\n    commands:\n"
                + "      - \"export-ports -e 80:8080\"\n"
                + "pots:\n  api:\n    base: \"14.1\"\n    network:\n"
                + "      type: public-bridge\n    flavours: [f]\n    ports: [\"80:9090\"]\n");
    Run r = sim().run("plan", api.toString());
    assertEquals(0, r.code(), "the spec's ports replace the flavour's: " + r.all());
  }

  @Test
  void aTemplateThatIsAPotOfAnotherSpecIsAPlanError() throws IOException {
    Path web = spec("web", WEB);
    assertEquals(0, sim().run("apply", "--yes", web.toString()).code());
    Path thief =
        spec(
            "thief",
            "version: 1\npots:\n  copy:\n    template: www\n    network:\n"
                + "      type: public-bridge\n");
    int before = sim().mark();
    Run r = sim().run("apply", "--yes", thief.toString());
    assertEquals(1, r.code(), r.all());
    assertTrue(
        r.err()
            .contains(
                "pots.copy.template: pot www belongs to spec 'web' ("
                    + web
                    + "); a spec clones only its own pots or pots the operator allows (--allow-template)"),
        r.err());
    assertFalse(r.out().contains("pot clone"), "no clone step is promised: " + r.out());
    assertEquals(0, sim().mutationsSince(before).size(), "no snapshot of www, no clone");
  }

  @Test
  void anImagePotAnotherSpecImportedIsNotClonedUnchecked() throws IOException {
    Path build = spec("build", "version: 1\npots:\n  web:\n    base: \"14.1\"\n");
    Run built =
        sim()
            .run("image", "build", "--yes", build.toString(), "web", "--tag", "1", "--out", "/srv");
    assertEquals(0, built.code(), built.all());
    String pots =
        "version: 1\npots:\n  a:\n    image: {url: \"file:///srv\", name: web, tag: \"1\"}\n";
    Path one = spec("one", pots);
    assertEquals(0, sim().run("apply", "--yes", one.toString()).code());
    Path two = spec("two", pots);
    Run r = sim().run("plan", two.toString());
    assertEquals(1, r.code(), r.all());
    assertTrue(
        r.err().contains("pots.a.image.name: pot web_1 belongs to spec 'one' (" + one + ")"),
        r.err());
  }

  @Test
  void aFlavourOfAnotherSpecIsAPlanError() throws IOException {
    Path owner =
        spec(
            "owner",
            "version: 1\nfscomps:\n  secret: {}\nflavours:\n  mnt:\n    commands:\n"
                + "      - \"mount-in -f secret -m /data\"\n"
                + "pots:\n  pa:\n    base: \"14.1\"\n    flavours: [mnt]\n");
    assertEquals(0, sim().run("apply", "--yes", owner.toString()).code());
    Path other =
        spec("other", "version: 1\npots:\n  pb:\n    base: \"14.1\"\n    flavours: [mnt]\n");
    int before = sim().mark();
    Run r = sim().run("apply", "--yes", other.toString());
    assertEquals(1, r.code(), r.all());
    assertTrue(
        r.err()
            .contains(
                "pots.pb.flavours: flavour mnt belongs to spec 'owner' ("
                    + owner
                    + "); a pot names only its spec's flavours or flavours potctl does not"
                    + " manage"),
        r.err());
    assertEquals(0, sim().mutationsSince(before).size(), "secret is not mounted into pb");
  }

  @Test
  void aHostFlavourPotctlDoesNotManageMayBeNamed() throws IOException {
    Files.createDirectories(dir.resolve("sim/etc/pot/flavours"));
    Files.writeString(dir.resolve("sim/etc/pot/flavours/byhand"), "set-env -E A=1\n");
    Path spec =
        spec("mine", "version: 1\npots:\n  p:\n    base: \"14.1\"\n    flavours: [byhand]\n");
    Run r = sim().run("plan", spec.toString());
    assertEquals(0, r.code(), r.all());
  }

  @Test
  void aPotABridgeAndAFlavourNamedLikeAnotherSpecsAreLocatedErrorsAndJsonMarksEachChange()
      throws IOException {
    String potfile =
        "version: 1\nbridges:\n  backnet:\n    size: 4\npots:\n  www:\n    base: \"14.1\"\n"
            + "flavours:\n  tune:\n    commands: [\"set-env -E A=1\"]\n";
    Path first = spec("first", potfile);
    assertEquals(0, sim().run("apply", "--yes", first.toString()).code());
    Path second = spec("second", potfile + "  extra:\n    commands: [\"set-env -E B=2\"]\n");
    int before = sim().mark();
    Run r = sim().run("apply", "--yes", second.toString());
    assertEquals(1, r.code(), r.all());
    String file = second.resolve("potfile.yaml").toString();
    for (String located :
        List.of(
            file + ":3:3: error: bridges.backnet: bridge.backnet is owned by another spec",
            file + ":6:3: error: pots.www: pot.www is owned by another spec",
            file + ":9:3: error: flavours.tune: flavour.tune is owned by another spec")) {
      assertTrue(r.err().contains(located), located + "\n" + r.err());
    }
    assertEquals(3, r.err().split("belongs to spec 'first' \\(" + first, -1).length - 1, r.err());
    assertEquals(0, sim().mutationsSince(before).size(), "nothing ran, not even flavour.extra");

    Run json = sim().run("plan", second.toString(), "-o", "json");
    assertEquals(1, json.code(), json.all());
    DocumentSchemas.assertValid("plan", json.out());
    JsonNode plan = JsonMapper.builder().build().readTree(json.out());
    Map<String, Boolean> erred = new TreeMap<>();
    plan.path("changes")
        .forEach(c -> erred.put(c.path("address").asString(), c.path("error").asBoolean()));
    assertEquals(
        Map.of(
            "bridge.backnet", true, "flavour.extra", false, "flavour.tune", true, "pot.www", true),
        erred);
    assertEquals(3, plan.path("summary").path("error").asInt());
    assertEquals(1, plan.path("summary").path("create").asInt(), "flavour.extra only");
  }
}
