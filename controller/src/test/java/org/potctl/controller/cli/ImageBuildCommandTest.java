package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.render.DocumentSchemas;
import org.potctl.controller.testkit.Run;
import org.potctl.state.sim.SimSignify;

/** potctl image build and pots made from its image or from a template, end to end on the sim. */
class ImageBuildCommandTest {

  @TempDir Path dir;
  private SimCli cli;
  private Path images;
  private static final String OUT = "/srv/images";

  @BeforeEach
  void setUp() throws Exception {
    cli = new SimCli(dir.resolve("sim"));
    images = dir.resolve("sim/hostfs/srv/images");
    Path build = Files.createDirectories(dir.resolve("build"));
    Files.writeString(
        build.resolve("pots.yaml"), "version: 1\npots:\n  web:\n    base: \"14.1\"\n");
  }

  private Path spec(String name, String body) throws Exception {
    Path d = Files.createDirectories(dir.resolve(name));
    Files.writeString(d.resolve("pots.yaml"), "version: 1\npots:\n" + body);
    return d;
  }

  @Test
  void buildsTheImageAndAnImagePotConverges() throws Exception {
    Run built =
        cli.expect(
            0,
            "image",
            "build",
            "--yes",
            dir.resolve("build").toString(),
            "web",
            "--tag",
            "1.0",
            "--out",
            OUT);
    assertTrue(built.out().contains("pot export -p web -t 1.0 -D " + OUT), built.all());
    assertTrue(
        cli.log().stream().anyMatch(l -> l.contains("mkdir -p " + OUT)), cli.log().toString());
    assertTrue(Files.isRegularFile(images.resolve("web_1.0.xz.skein")));
    assertTrue(Files.isRegularFile(images.resolve("web_1.0.xz.meta")));
    assertTrue(!Files.exists(cli.dir().resolve("fsroot/jails/web")), "build pot destroyed");
    String image = "{url: \"file://" + OUT + "\", name: web, tag: \"1.0\"}";
    Path app =
        spec(
            "app",
            "  a:\n    image: "
                + image
                + "\n    network: {type: public-bridge}\n"
                + "  b:\n    image: "
                + image
                + "\n"
                + "  tpl:\n    base: \"14.1\"\n  c:\n    template: tpl\n");
    Run applied = cli.expect(0, "apply", "--yes", app.toString());
    assertEquals(
        1,
        applied.out().lines().filter(l -> l.contains("pot import -p web -t 1.0")).count() / 2,
        applied.out());
    cli.expect(0, "plan", "--detailed-exitcode", app.toString());
    Path moved =
        spec(
            "app",
            "  a:\n    image: {url: \"file://"
                + OUT
                + "\", name: web, tag: \"2.0\"}\n"
                + "  b:\n    image: "
                + image
                + "\n"
                + "  tpl:\n    base: \"14.1\"\n  c:\n    template: tpl\n");
    Run plan = cli.expect(2, "plan", "--detailed-exitcode", moved.toString());
    assertTrue(plan.all().contains("pot.a  replace"), plan.all());
    assertTrue(plan.all().contains("cloned from web_1_0, the spec clones web_2_0"), plan.all());
  }

  @Test
  void refusesClonesMultiPotsAndAPotAlreadyOnTheHost() throws Exception {
    Path s = spec("s", "  t:\n    template: web\n  web:\n    base: \"14.1\"\n");
    assertTrue(
        cli.expect(1, "image", "build", "--yes", s.toString(), "t")
            .err()
            .contains("is cloned from"));
    assertTrue(
        cli.expect(1, "image", "build", "--yes", s.toString(), "nope")
            .err()
            .contains("no pot nope"));
    cli.raw("pot", "create", "-p", "web", "-t", "single", "-b", "14.1");
    Run refused = cli.expect(3, "image", "build", "--yes", s.toString(), "web", "-o", "json");
    assertTrue(refused.err().contains("exists on the host"), refused.all());
    DocumentSchemas.assertValid("diagnostics", refused.out());
    Path other = spec("o", "  w2:\n    base: \"14.1\"\n");
    Run noYes = cli.expect(3, "image", "build", other.toString(), "w2", "--out", OUT);
    assertTrue(noYes.err().contains("Nothing was changed."), noYes.all());
    assertTrue(Files.notExists(images), "not confirmed: no directory made on the host");
  }

  @Test
  void fscompSnapshotBeforeARestartingUpdate() throws Exception {
    String base =
        "fscomps:\n  data:\n    snapshot_before_change: true\n"
            + "pots:\n  db:\n    base: \"14.1\"\n    mounts: [{fscomp: data, at: /data}]\n";
    Path d = Files.createDirectories(dir.resolve("db"));
    Files.writeString(d.resolve("pots.yaml"), "version: 1\n" + base);
    cli.expect(0, "apply", "--yes", d.toString());
    Files.writeString(d.resolve("pots.yaml"), "version: 1\n" + base + "    cmd: \"nginx\"\n");
    Run plan = cli.potctl("plan", d.toString());
    int stop = plan.out().indexOf("pot stop -p db");
    int snap = plan.out().indexOf("pot snapshot -f data");
    int start = plan.out().indexOf("pot start -p db");
    assertTrue(stop >= 0 && snap > stop && start > snap, plan.all());
  }

  @Test
  void writesTheSpecFlavoursFirstRecordsThemAndReportsJson() throws Exception {
    Path s =
        spec(
            "fl",
            "  web:\n    base: \"14.1\"\n    flavours: [site]\n"
                + "flavours:\n  site:\n    commands: [\"set-attribute -A persistent -V OFF\"]\n");
    Run dry = cli.expect(0, "image", "build", "--dry-run", s.toString(), "web", "--tag", "1");
    assertTrue(dry.out().contains("flavour.site"), dry.all());
    assertTrue(Files.notExists(cli.dir().resolve("flavours/site")), "dry run writes nothing");
    Run r =
        cli.expect(
            0,
            "image",
            "build",
            "--yes",
            "-o",
            "json",
            s.toString(),
            "web",
            "--tag",
            "1",
            "--out",
            OUT);
    DocumentSchemas.assertValid("host-change", r.out());
    assertTrue(
        r.out().contains("\"command\" : \"image build\"")
            || r.out().contains("\"command\":\"image build\""),
        r.out());
    assertTrue(r.out().contains("image: " + OUT + "/web_1.xz"), r.out());
    List<String> log = cli.log();
    int tee = indexOf(log, "tee ");
    int create = indexOf(log, "pot create -p web");
    int export = indexOf(log, "pot export -p web");
    assertTrue(tee >= 0 && create > tee && export > create, log.toString());
    assertTrue(log.get(create).contains("-f site"), log.get(create));
    assertTrue(Files.isRegularFile(images.resolve("web_1.xz")));
    // the flavour is the spec's now: apply of the same spec keeps it, no unmanaged flavour
    Run plan = cli.expect(0, "plan", s.toString());
    assertTrue(!plan.all().contains("unmanaged"), plan.all());
  }

  @Test
  void aSignedImageImportsWithTheOperatorsKeyAndAnotherKeyFailsTheApply() throws Exception {
    Path keys = Files.createDirectories(dir.resolve("sim/hostfs/keys"));
    SimSignify.generate(keys.resolve("img.pub"), keys.resolve("img.sec"));
    SimSignify.generate(keys.resolve("other.pub"), keys.resolve("other.sec"));
    cli.expect(
        0,
        "image",
        "build",
        "--yes",
        dir.resolve("build").toString(),
        "web",
        "--tag",
        "2",
        "--out",
        OUT,
        "--sign-key",
        "/keys/img.sec");
    assertTrue(Files.isRegularFile(images.resolve("web_2.xz.skein.sig")));
    Path app =
        spec("app", "  a:\n    image: {url: \"file://" + OUT + "\", name: web, tag: \"2\"}\n");
    Run wrong = cli.expect(1, "apply", "--yes", "--image-key", "/keys/other.pub", app.toString());
    assertTrue(wrong.all().contains("Signature verification failed"), wrong.all());
    // potctl fetches the signature with the image; pot import checks it from pot's cache
    assertTrue(wrong.all().contains(" file://" + OUT + "/web_2.xz.skein.sig"), wrong.all());
    assertTrue(
        wrong
            .all()
            .contains(
                "pot import -p web -t 2 -U file://"
                    + cli.dir().toAbsolutePath().normalize()
                    + "/cache -C /keys/other.pub"),
        wrong.all());
    Path conf = Files.writeString(dir.resolve("potctl.conf"), "image-key = /keys/img.pub\n");
    Run plan = cli.expect(0, "plan", "--config", conf.toString(), app.toString());
    assertTrue(plan.out().contains("-C /keys/img.pub"), plan.all());
    cli.expect(0, "apply", "--yes", "--config", conf.toString(), app.toString());
    cli.expect(0, "plan", "--detailed-exitcode", app.toString());
    cli.expect(64, "plan", "--image-key", "relative.pub", app.toString());
  }

  private static int indexOf(List<String> lines, String part) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(part)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void theImportedImagePotIsTheSpecsWhileUsedAndTrashedAfter() throws Exception {
    Path build = dir.resolve("build").toAbsolutePath();
    for (String t : List.of("1", "2")) {
      cli.expect(0, "image", "build", "--yes", build.toString(), "web", "--tag", t, "--out", OUT);
    }
    String url = "file://" + OUT;
    Path app =
        spec(
            "shop",
            "  a:\n    image: {url: \""
                + url
                + "\", name: web, tag: \"1\"}\n"
                + "  b:\n    image: {url: \""
                + url
                + "\", name: web, tag: \"1\"}\n");
    Run applied = cli.expect(0, "apply", "--yes", app.toString());
    assertTrue(applied.out().contains("zfs set potctl:owner=shop"), applied.all());
    Run status = cli.expect(0, "status", app.toString());
    assertTrue(!status.all().contains("web_1"), status.all());
    cli.expect(0, "plan", "--detailed-exitcode", app.toString());
    // a (the first pot by name, the importer) moves to image 2: replaced, and web_2 imported
    Path moved =
        spec(
            "shop",
            "  a:\n    image: {url: \""
                + url
                + "\", name: web, tag: \"2\"}\n"
                + "  b:\n    image: {url: \""
                + url
                + "\", name: web, tag: \"1\"}\n");
    Run plan = cli.expect(2, "plan", "--detailed-exitcode", moved.toString());
    assertTrue(plan.out().contains(" " + url + "/web_2.xz  (after"), plan.all());
    assertTrue(plan.out().contains("pot import -p web -t 2 -U file://"), plan.all());
    assertTrue(!plan.out().contains("pot.web_1"), "web_1 still used by b: " + plan.all());
    cli.expect(0, "apply", "--yes", "--allow-data-loss", moved.toString());
    // no pot is made from web_1 any more: it goes to the trash, after b
    Path last = spec("shop", "  a:\n    image: {url: \"" + url + "\", name: web, tag: \"2\"}\n");
    Run cleanup = cli.expect(2, "plan", "--detailed-exitcode", last.toString());
    assertTrue(cleanup.out().contains("pot.web_1"), cleanup.all());
    assertTrue(cleanup.out().contains("pot.b"), cleanup.all());
    cli.expect(0, "apply", "--yes", "--allow-data-loss", last.toString());
    cli.expect(0, "plan", "--detailed-exitcode", last.toString());
    Run listed = cli.expect(0, "restore", "--list");
    assertTrue(listed.out().contains("web_1"), listed.all());
  }
}
