package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Run;

/** potctl image build and pots made from its image or from a template, end to end on the sim. */
class ImageBuildCommandTest {

  @TempDir Path dir;
  private SimCli cli;
  private Path images;

  @BeforeEach
  void setUp() throws Exception {
    cli = new SimCli(dir.resolve("sim"));
    images = dir.resolve("images");
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
            dir.resolve("build").toString(),
            "web",
            "--tag",
            "1.0",
            "--out",
            images.toString());
    assertTrue(built.err().contains("+ pot export -p web -t 1.0 -D " + images), built.all());
    assertTrue(Files.isRegularFile(images.resolve("web_1.0.xz.skein")));
    assertTrue(Files.isRegularFile(images.resolve("web_1.0.xz.meta")));
    assertTrue(!Files.exists(cli.dir().resolve("fsroot/jails/web")), "build pot destroyed");
    String image = "{url: \"file://" + images + "\", name: web, tag: \"1.0\"}";
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
                + images
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
    assertTrue(cli.expect(1, "image", "build", s.toString(), "t").err().contains("is cloned from"));
    assertTrue(cli.expect(1, "image", "build", s.toString(), "nope").err().contains("no pot nope"));
    cli.raw("pot", "create", "-p", "web", "-t", "single", "-b", "14.1");
    assertTrue(
        cli.expect(1, "image", "build", s.toString(), "web").err().contains("exists on the host"));
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
}
