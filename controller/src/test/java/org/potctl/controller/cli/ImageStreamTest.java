package org.potctl.controller.cli;

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
 * An image's ZFS stream carries the properties of the datasets it was sent from, and pot import's
 * plain {@code zfs receive} sets them and mounts the file systems at once. potctl fetches the image
 * itself, reads the stream's header back and refuses it before {@code pot import} runs; the import
 * reads only the files potctl checked ({@code -U file://POT_CACHE}), never the URL.
 */
class ImageStreamTest {

  private static final String OUT = "/srv/images";

  @TempDir Path dir;
  private SimCli cli;
  private Path app;

  @BeforeEach
  void setUp() throws Exception {
    cli = new SimCli(dir.resolve("sim"));
    Files.createDirectories(cli.dir().resolve("hostfs" + OUT));
    cli.raw("pot", "init");
    cli.raw("pot", "create-base", "-r", "14.1");
    app = Files.createDirectories(dir.resolve("app"));
    Files.writeString(
        app.resolve("pots.yaml"),
        "version: 1\npots:\n  app:\n    image: {url: \"file://"
            + OUT
            + "\", name: web, tag: \"1.0\"}\n    network: {type: public-bridge}\n");
  }

  /** Exports pot {@code web} as image web 1.0 after setting {@code property} on {@code dataset}. */
  private void imageWith(String dataset, String property) throws Exception {
    cli.raw("pot", "create", "-p", "web", "-t", "single", "-b", "14.1");
    cli.raw("pot", "snapshot", "-p", "web");
    if (!property.isEmpty()) { // zfs send -R sends the dataset's properties as they are now
      cli.raw("zfs", "set", property, "zroot/pot/jails/web" + dataset);
      // an attacker sends the stream by hand; pot export only needs its pot's directories
      Files.createDirectories(cli.dir().resolve("fsroot/jails/web/m"));
    }
    cli.raw("pot", "export", "-p", "web", "-t", "1.0", "-D", OUT);
  }

  @ParameterizedTest(name = "{1} on web{0}")
  @CsvSource({
    "/m, mountpoint=/usr/local/etc",
    "'', reservation=1G",
    "/m, exec=off",
    "'', potctl:protect=on",
    "/m, quota=1G",
  })
  void aStreamSettingAHostPropertyIsNeverImported(String dataset, String property)
      throws Exception {
    imageWith(dataset, property);
    int from = cli.log().size();
    Run applied = cli.expect(1, "apply", "--yes", app.toString());
    String value = property.substring(property.indexOf('=') + 1);
    String name = property.substring(0, property.indexOf('='));
    assertTrue(
        applied.all().contains("is not imported: its ZFS stream sets " + name + "="),
        applied.all());
    assertTrue(applied.all().contains(" on web_1_0" + dataset), applied.all());
    if (!name.equals("quota") && !name.equals("reservation")) { // sizes may come back in bytes
      assertTrue(applied.all().contains(name + "=" + value), applied.all());
    }
    List<String> ran = cli.log().subList(from, cli.log().size());
    assertTrue(ran.stream().anyMatch(l -> l.startsWith("fetch -A -o ")), ran.toString());
    assertTrue(ran.stream().noneMatch(l -> l.startsWith("pot import")), ran.toString());
    assertTrue(ran.stream().noneMatch(l -> l.startsWith("pot clone")), ran.toString());
    assertTrue(Files.notExists(cli.dir().resolve("fsroot/jails/web_1_0")), "nothing received");
  }

  @Test
  void aStreamAsPotExportsItIsImportedFromTheCheckedCopy() throws Exception {
    imageWith("", "");
    int from = cli.log().size();
    cli.expect(0, "apply", "--yes", app.toString());
    List<String> ran = cli.log().subList(from, cli.log().size());
    String cache = cli.dir().toAbsolutePath().normalize().resolve("cache").toString();
    assertTrue(
        ran.contains("fetch -A -o " + cache + "/web_1.0.xz file://" + OUT + "/web_1.0.xz"),
        ran.toString());
    assertTrue(ran.contains("pot import -p web -t 1.0 -U file://" + cache), ran.toString());
    cli.expect(0, "plan", "--detailed-exitcode", app.toString());
  }

  @Test
  void aStaleCopyInPotsCacheIsReplacedBeforeTheCheck() throws Exception {
    imageWith("/m", "mountpoint=/usr/local/etc");
    Path cache = Files.createDirectories(cli.dir().resolve("cache"));
    // a copy of the hostile image in pot's cache (an import by hand), then a clean one served
    for (String f : List.of("web_1.0.xz", "web_1.0.xz.meta", "web_1.0.xz.skein")) {
      Files.copy(cli.dir().resolve("hostfs" + OUT + "/" + f), cache.resolve(f));
    }
    cli.raw("pot", "destroy", "-p", "web");
    imageWith("", "");
    byte[] stale = Files.readAllBytes(cache.resolve("web_1.0.xz"));
    cli.expect(0, "apply", "--yes", app.toString());
    byte[] served = Files.readAllBytes(cli.dir().resolve("hostfs" + OUT + "/web_1.0.xz"));
    assertTrue(!java.util.Arrays.equals(stale, served), "the two images differ");
    assertTrue(
        java.util.Arrays.equals(served, Files.readAllBytes(cache.resolve("web_1.0.xz"))),
        "pot import received the copy potctl fetched and checked, not the stale one");
    assertTrue(Files.isDirectory(cli.dir().resolve("fsroot/jails/app")), "cloned");
  }

  @Test
  void aLayeredImageIsRefusedForPotWouldImportItsBaseUnchecked() throws Exception {
    imageWith("", "");
    Path meta = cli.dir().resolve("hostfs" + OUT + "/web_1.0.xz.meta");
    Files.writeString(meta, "base:1@1700000000\n");
    Run applied = cli.expect(1, "apply", "--yes", app.toString());
    assertTrue(
        applied.all().contains("its .meta layers it on base:1@1700000000, which pot import would"),
        applied.all());
    assertTrue(cli.log().stream().noneMatch(l -> l.startsWith("pot import")), "not imported");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "the import fetches the URL itself | \"-U\", *\"file://[^\"]*/cache\" | \"-U\", \"file:///srv/images\"",
        "the stream check is gone | ,\\s*\"ready\"\\s*:\\s*\\{\\s*\"image_stream\"[^}]*\\} | ''",
      })
  void aSavedPlanWithoutTheCheckIsRefused(String what, String regex, String replacement)
      throws Exception {
    imageWith("/m", "mountpoint=/usr/local/etc");
    Path saved = dir.resolve("plan.json");
    cli.expect(0, "plan", app.toString(), "--out", saved.toString());
    String json = Files.readString(saved);
    String tampered = json.replaceAll(regex, replacement);
    assertTrue(!tampered.equals(json), what + ": the plan was changed");
    Files.writeString(saved, tampered);
    int from = cli.log().size();
    Run applied = cli.potctl("apply", saved.toString(), "--yes");
    assertTrue(applied.code() != 0, applied.all());
    assertTrue(
        cli.mutationsSince(from).isEmpty(), what + ": nothing ran " + cli.mutationsSince(from));
  }
}
