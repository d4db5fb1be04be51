package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** snapshot, export, import, clone and prepare with the files they write (export.sh …). */
class SimPotImagesTest {

  @TempDir Path dir;
  private SimFixture sim;
  private Path out;

  @BeforeEach
  void setUp() throws Exception {
    sim = new SimFixture(dir.resolve("sim"));
    out = Files.createDirectories(dir.resolve("sim/hostfs/images"));
    sim.ok("pot", "create", "-p", "web", "-t", "single", "-b", "14.1", "-N", "public-bridge");
    Files.writeString(sim.host.fsRoot().resolve("jails/web/m/index.html"), "hello\n");
  }

  /**
   * {@code pot snapshot} and {@code pot export -t TAG} of web into {@code out}, plus extra args.
   */
  private void exported(String tag, String... extra) {
    sim.ok("pot", "snapshot", "-p", "web");
    java.util.List<String> argv =
        new java.util.ArrayList<>(
            java.util.List.of("pot", "export", "-p", "web", "-t", tag, "-D", "/images"));
    argv.addAll(java.util.List.of(extra));
    sim.ok(argv.toArray(String[]::new));
  }

  private static String firstLine(org.potctl.state.exec.CommandResult r) {
    return r.stdout().lines().findFirst().orElse("") + "\n";
  }

  private String zfsGet(String prop, String ds) {
    return sim.ok("zfs", "get", "-H", "-o", "value", prop, ds).stdout().strip();
  }

  @Test
  void exportNeedsExactlyOneSnapshotAndWritesImageMetaAndSkein() throws Exception {
    assertEquals(
        "###>  Pot web has no snapshots - please use pot snapshot for that\n",
        sim.run("pot", "export", "-p", "web", "-t", "1.0", "-D", "/images").stdout());
    sim.ok("pot", "snapshot", "-p", "web");
    sim.ok("pot", "export", "-p", "web", "-t", "1.0", "-D", "/images");
    Path xz = out.resolve("web_1.0.xz");
    assertTrue(Files.isRegularFile(xz));
    assertEquals("-\n", Files.readString(out.resolve("web_1.0.xz.meta")));
    assertEquals(
        SimImageFile.digest(Files.readAllBytes(xz), "-\n".getBytes()),
        Files.readString(out.resolve("web_1.0.xz.skein")));
    assertEquals("1.0", zfsGet(":pot.tag", "zroot/pot/jails/web"));
    sim.ok("zfs", "snapshot", "-r", "zroot/pot/jails/web@1999999999");
    assertTrue(
        sim.run("pot", "export", "-p", "web", "-D", "/images")
            .stdout()
            .contains("has more than 1 snapshot"));
    sim.ok("pot", "create-base", "-r", "14.1");
    sim.ok("pot", "create", "-p", "m1", "-b", "14.1");
    assertEquals(
        "###>  pot m1 not supported - only single type pot can be exported\n",
        sim.run("pot", "export", "-p", "m1").stdout());
  }

  @Test
  void importReceivesTheImageAsNameTagAndCloneMakesAPotFromIt() throws Exception {
    exported("1.2");
    sim.ok("pot", "destroy", "-p", "web");
    String url = "file:///images";
    sim.ok("pot", "import", "-p", "web", "-t", "1.2", "-U", url);
    assertEquals(
        "###>  pot web_1_2 is already present\n",
        firstLine(sim.run("pot", "import", "-p", "web", "-t", "1.2", "-U", url)));
    assertEquals(
        "hello\n", Files.readString(sim.host.fsRoot().resolve("jails/web_1_2/m/index.html")));
    assertTrue(
        sim.potConf("web_1_2").contains("host.hostname=\"web_1_2.potsim.local.potsim.local\""));
    assertTrue(Files.isRegularFile(dir.resolve("sim/cache/web_1.2.xz.skein")));
    sim.ok("pot", "clone", "-P", "web_1_2", "-p", "app", "-N", "inherit");
    String origin = zfsGet("origin", "zroot/pot/jails/app/m");
    assertTrue(origin.startsWith("zroot/pot/jails/web_1_2/m@"), origin);
    assertEquals("hello\n", Files.readString(sim.host.fsRoot().resolve("jails/app/m/index.html")));
    assertEquals("[network_type=inherit]", sim.potConfLines("app", "network_type").toString());
    assertTrue(sim.potConf("app").contains("host.hostname=\"app.potsim.local\""));
    assertEquals(1, sim.run("pot", "destroy", "-p", "web_1_2").exitCode());
  }

  private static java.util.List<String> debugLines(org.potctl.state.exec.CommandResult r) {
    return r.stdout().lines().filter(l -> l.startsWith("=====>  ")).toList();
  }

  @Test
  void importPrepareAndCloneFscompNameTheirStepsAtVerbosityTwo() throws Exception {
    exported("1.2");
    sim.ok("pot", "destroy", "-p", "web");
    // import.sh:93, 141 (public-bridge is reworked: an info line, no debug line)
    assertEquals(
        java.util.List.of("=====>  Hash confirmed"),
        debugLines(
            sim.ok("pot", "import", "-v", "-p", "web", "-t", "1.2", "-U", "file:///images")));
    var prepare =
        sim.ok("pot", "prepare", "-v", "-p", "web", "-t", "1.2", "-a", "1", "-N", "inherit", "-s");
    var lines = debugLines(prepare);
    assertEquals("=====>  pot web_1_2 already imported - reusing it", lines.get(0)); // :195
    assertTrue(lines.contains("=====>  Auto starting the pot web_1_2_1"), lines.toString()); // :251
    sim.ok("pot", "create-fscomp", "-f", "data");
    sim.ok("pot", "snapshot", "-f", "data");
    var clone = sim.ok("pot", "clone-fscomp", "-v", "-f", "copy", "-F", "data");
    assertEquals(1, debugLines(clone).size(), clone.stdout());
    assertTrue(
        debugLines(clone)
            .get(0)
            .matches("=====>  Cloning data@[0-9]{10} into zroot/pot/fscomp/copy"), // :30
        clone.stdout());
  }

  @Test
  void aTamperedImageIsRefusedAfterOneRetry() throws Exception {
    exported("1");
    Files.writeString(out.resolve("web_1.xz"), "tampered", java.nio.file.StandardOpenOption.APPEND);
    var r = sim.run("pot", "import", "-p", "web", "-t", "1", "-U", "file:///images");
    assertEquals(1, r.exitCode());
    assertEquals(
        2,
        r.stdout().lines().filter(l -> l.contains("The image and its hash do not overlap")).count(),
        r.stdout());
    assertEquals(
        1, sim.run("pot", "import", "-p", "web", "-t", "2", "-U", "file:///images").exitCode());
  }

  @Test
  void aHashMismatchPrintsWhatCmpPrintsBeforePotsError() throws Exception {
    exported("1");
    Path skein = out.resolve("web_1.xz.skein");
    String hash = Files.readString(skein);
    // the third character of the second line differs: cmp counts bytes from 1 and lines
    String other = hash.substring(0, 2) + (hash.charAt(2) == '0' ? '1' : '0') + hash.substring(3);
    Files.writeString(skein, other);
    var r = sim.run("pot", "import", "-p", "web", "-t", "1", "-U", "file:///images");
    String cached = sim.dir.resolve("cache/web_1.xz.skein").toString();
    assertEquals(
        2,
        r.stdout().lines().filter((cached + " - differ: char 3, line 1")::equals).count(),
        r.stdout());
  }

  @Test
  void cloneOfATemplateWithoutSnapshotNeedsF() {
    assertTrue(
        sim.run("pot", "clone", "-P", "web", "-p", "c1")
            .stdout()
            .contains("zroot/pot/jails/web/m has no snap - please take a snapshot of web"));
    assertEquals(0, sim.run("pot", "ls", "-q").stdout().lines().filter("c1"::equals).count());
    sim.ok("pot", "clone", "-P", "web", "-p", "c1", "-F");
    assertTrue(sim.potConf("c1").contains("network_type=public-bridge"));
    assertEquals(1, sim.potConfLines("c1", "ip").size());
    assertTrue(!sim.potConfLines("c1", "ip").equals(sim.potConfLines("web", "ip")));
  }

  @Test
  void prepareImportsClonesAndSetsWhatTheNomadDriverNeeds() throws Exception {
    exported("1.0");
    sim.ok(
        "pot",
        "prepare",
        "-U",
        "file:///images",
        "-p",
        "web",
        "-t",
        "1.0",
        "-a",
        "a1",
        "-n",
        "task",
        "-c",
        "nginx",
        "-e",
        "80:8080",
        "-N",
        "public-bridge",
        "-s");
    assertEquals(
        "[persistent=NO]",
        sim.potConfLines("task_a1", "pot.attr.persistent").toString().replace("pot.attr.", ""));
    assertTrue(sim.potConf("task_a1").contains("pot.cmd=nginx"), sim.potConf("task_a1"));
    assertTrue(sim.potConf("task_a1").contains("pot.export.ports=80:8080"), sim.potConf("task_a1"));
    assertEquals(
        "###>  A pot with name task_a1 already exists\n",
        firstLine(
            sim.run(
                "pot",
                "prepare",
                "-U",
                "file:///images",
                "-p",
                "web",
                "-t",
                "1.0",
                "-a",
                "a1",
                "-n",
                "task")));
  }

  @Test
  void aSignedImageImportsWithItsKeyAndIsRefusedWithAnotherOrWithoutSignature() throws Exception {
    Path keys = Files.createDirectories(dir.resolve("sim/hostfs/keys"));
    SimSignify.generate(keys.resolve("images.pub"), keys.resolve("images.sec"));
    SimSignify.generate(keys.resolve("other.pub"), keys.resolve("other.sec"));
    exported("1", "-S", "/keys/images.sec");
    assertTrue(
        Files.readString(out.resolve("web_1.xz.skein.sig"))
            .startsWith("untrusted comment: verify with images.pub\n"));
    String url = "file:///images";
    var wrong =
        sim.run("pot", "import", "-p", "web", "-t", "1", "-U", url, "-C", "/keys/other.pub");
    assertEquals(1, wrong.exitCode());
    assertEquals(
        2,
        wrong.stdout().lines().filter("###>  Signature verification failed"::equals).count(),
        wrong.stdout());
    assertTrue(wrong.stderr().contains("checked against wrong key"), wrong.stderr());
    assertEquals(
        "###>  Public key /nonexistent.pub not found\n",
        firstLine(
            sim.run("pot", "import", "-p", "web", "-t", "1", "-U", url, "-C", "/nonexistent.pub")));
    sim.ok("pot", "import", "-p", "web", "-t", "1", "-U", url, "-C", "/keys/images.pub");
    assertTrue(sim.run("pot", "ls", "-q").stdout().lines().anyMatch("web_1"::equals));

    sim.ok("pot", "destroy", "-p", "web_1");
    Files.delete(out.resolve("web_1.xz.skein.sig"));
    clearCache();
    var unsigned =
        sim.run("pot", "import", "-p", "web", "-t", "1", "-U", url, "-C", "/keys/images.pub");
    assertEquals(1, unsigned.exitCode());
    assertTrue(unsigned.stderr().contains("web_1.xz.skein.sig"), unsigned.stderr());
    assertTrue(sim.run("pot", "ls", "-q").stdout().lines().noneMatch("web_1"::equals));
  }

  @Test
  void aTamperedSkeinFailsTheSignatureBeforeTheImageIsFetched() throws Exception {
    Path keys = Files.createDirectories(dir.resolve("sim/hostfs/keys"));
    SimSignify.generate(keys.resolve("k.pub"), keys.resolve("k.sec"));
    exported("1", "-S", "/keys/k.sec");
    Files.writeString(out.resolve("web_1.xz.skein"), "0\n");
    var r =
        sim.run(
            "pot", "import", "-p", "web", "-t", "1", "-U", "file:///images", "-C", "/keys/k.pub");
    assertEquals(1, r.exitCode());
    assertTrue(r.stderr().contains("signify: signature verification failed"), r.stderr());
    assertTrue(Files.notExists(dir.resolve("sim/cache/web_1.xz")));
  }

  private void clearCache() throws java.io.IOException {
    try (var s = Files.list(dir.resolve("sim/cache"))) {
      for (Path p : s.toList()) {
        Files.delete(p);
      }
    }
  }
}
