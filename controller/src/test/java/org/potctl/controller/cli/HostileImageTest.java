package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.potctl.controller.testkit.Run;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * An image is whatever its URL serves, and {@code pot clone} copies the imported pot's {@code conf}
 * into every pot made from it: hooks (run on the host as root at every start), {@code pot.conf}
 * attributes and exported ports, and a single pot's {@code fscomp.conf} (the host directories it
 * mounts at every start). Before, such an image applied in one go: the clone started with {@code
 * /etc} mounted read-write, {@code devfs_ruleset=0} and the image's hook run on the host. Now the
 * import step checks what it brought ({@code Readiness.ImageConfined}), fails when the image
 * carries anything a Potfile could not ask for, and nothing is cloned or started.
 */
class HostileImageTest {

  private static final String OUT = "/srv/images";

  @TempDir Path dir;
  private SimCli cli;
  private Path image;
  private Path app;

  @BeforeEach
  void setUp() throws Exception {
    cli = new SimCli(dir.resolve("sim"));
    Path build = Files.createDirectories(dir.resolve("build"));
    Files.writeString(
        build.resolve("pots.yaml"), "version: 1\npots:\n  web:\n    base: \"14.1\"\n");
    cli.expect(0, "image", "build", "--yes", build.toString(), "web", "--tag", "1.0", "--out", OUT);
    image = dir.resolve("sim/hostfs/srv/images/web_1.0.xz");
    app = Files.createDirectories(dir.resolve("app"));
    Files.writeString(
        app.resolve("pots.yaml"),
        "version: 1\npots:\n  app:\n    image: {url: \"file://"
            + OUT
            + "\", name: web, tag: \"1.0\"}\n    network: {type: public-bridge}\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "hook | it carries a prestart hook (conf/prestart.sh), which pot clone copies and pot runs"
            + " on the host as root; the operator must pass --allow-hooks",
        "dir mount | its fscomp.conf mounts \"/etc\" at \"/mnt\", which pot clone copies into every"
            + " pot made from it and mounts at every start; an image may carry no mounts (give"
            + " them in the pot's mounts)",
        "other fscomp | its fscomp.conf mounts \"zroot/pot/fscomp/secrets\" at",
        // its own dataset, but over the jail's devfs (issue 14)
        "own at /dev | its fscomp.conf mounts \"zroot/pot/jails/web_1_0/data\" at \"/dev\", which"
            + " pot clone copies into every pot made from it: the mount point must not be /dev or"
            + " below it (the jail's devfs, managed by the kernel)",
        "devfs | its pot.conf: attribute devfs_ruleset=0 is a privileged jail setting; the operator"
            + " must pass --allow-privileged-attributes",
        "allow.mount | its pot.conf: attribute mount=YES is a privileged jail setting",
        "sysv | its pot.conf: attribute sysvshm=inherit is a privileged jail setting",
        "exec_stop | its pot.conf sets attribute exec_stop to \"x=$(reboot)\": must not contain =",
        "port 22 | its pot.conf exports 80:22: host port 22 is reserved for the host's own"
            + " services",
        "depend | its pot.conf makes the pot depend on pot \"victim\" (pot.depend), which pot start"
            + " starts with every pot made from it; an image may carry no dependencies (give them"
            + " in the pot's depends_on)",
      })
  void anImageCarryingMoreThanASpecMayIsImportedButNeverClonedOrStarted(String what, String problem)
      throws Exception {
    tamper(tampering(what));
    int from = cli.log().size();
    Run applied = cli.expect(1, "apply", "--yes", app.toString());
    assertTrue(applied.all().contains("the image pot web_1_0 is not cloned: "), applied.all());
    assertTrue(applied.all().contains(problem), applied.all());
    List<String> ran = cli.log().subList(from, cli.log().size());
    assertTrue(ran.stream().anyMatch(l -> l.startsWith("pot import")), ran.toString());
    assertTrue(
        ran.stream().noneMatch(l -> l.startsWith("pot clone") || l.startsWith("pot start")),
        ran.toString());
    assertTrue(Files.notExists(cli.dir().resolve("fsroot/jails/app")), "nothing cloned");
    // the imported pot is not stamped: a later plan refuses to clone it without the operator
    Run again = cli.expect(1, "plan", app.toString());
    assertTrue(again.err().contains("--allow-template web_1_0"), again.all());
  }

  @Test
  void anOwnDatasetOnTheJailsProcInPotsOlderFormIsNotCloned() throws Exception {
    String legacy = cli.dir().resolve("fsroot/jails/web_1_0/m/proc/1").toString();
    tamper(replace("conf/fscomp.conf", c -> "zroot/pot/jails/web_1_0/data " + legacy + "\n"));
    int from = cli.log().size();
    Run applied = cli.expect(1, "apply", "--yes", app.toString());
    assertTrue(
        applied
            .all()
            .contains(
                "the image pot web_1_0 is not cloned: its fscomp.conf mounts"
                    + " \"zroot/pot/jails/web_1_0/data\" at \"/"),
        applied.all());
    assertTrue(
        applied
            .all()
            .contains(
                ", which pot clone copies into every pot made from it: the mount point must not be"
                    + " /proc or below it (the jail's procfs, managed by the kernel)"),
        applied.all());
    assertTrue(
        cli.log().subList(from, cli.log().size()).stream()
            .noneMatch(l -> l.startsWith("pot clone")),
        "nothing cloned");
  }

  @Test
  void whatTheOperatorAllowsIsCloned() throws Exception {
    tamper(tampering("hook").then(tampering("devfs")));
    cli.expect(
        0, "--allow-hooks", "--allow-privileged-attributes", "apply", "--yes", app.toString());
    assertTrue(Files.isDirectory(cli.dir().resolve("fsroot/jails/app")), "cloned");
  }

  @Test
  void anImageImportedUnderTheOperatorsOptionsIsAPlanErrorForANewCloneWithoutThem()
      throws Exception {
    tamper(tampering("hook").then(tampering("devfs")));
    cli.expect(
        0, "--allow-hooks", "--allow-privileged-attributes", "apply", "--yes", app.toString());
    Files.writeString(
        app.resolve("more.yaml"),
        "version: 1\npots:\n  app2:\n    image: {url: \"file://"
            + OUT
            + "\", name: web, tag: \"1.0\"}\n    network: {type: public-bridge}\n");
    int from = cli.log().size();
    Run plan = cli.expect(1, "plan", app.toString());
    assertTrue(
        plan.err()
            .contains(
                "error: pots.app2.image.name: the image pot web_1_0 on the host is not cloned: it"
                    + " carries a prestart hook"),
        plan.all());
    assertTrue(plan.err().contains("more.yaml:4:"), "located at the image's name: " + plan.all());
    assertTrue(plan.err().contains("attribute devfs_ruleset=0 is a privileged"), plan.all());
    assertTrue(!plan.err().contains("pots.app.image"), "the pot made already is no new clone");
    // the pot cloned already is no new clone: only app2 is in error
    cli.expect(1, "apply", "--yes", app.toString());
    assertTrue(
        cli.log().subList(from, cli.log().size()).stream()
            .noneMatch(l -> l.startsWith("pot clone")),
        "nothing cloned");
    cli.expect(
        0, "--allow-hooks", "--allow-privileged-attributes", "apply", "--yes", app.toString());
  }

  @Test
  void anImageAsPotExportsItIsCloned() throws Exception {
    cli.expect(0, "apply", "--yes", app.toString());
    cli.expect(0, "plan", "--detailed-exitcode", app.toString());
  }

  /** A change to the image's files: path relative to the pot's directory → content. */
  private interface Tampering extends UnaryOperator<List<String[]>> {
    default Tampering then(Tampering next) {
      return files -> next.apply(apply(files));
    }
  }

  private static Tampering tampering(String what) {
    return switch (what) {
      case "hook" -> add("conf/prestart.sh", "#!/bin/sh\ntouch /root/owned\n");
      case "dir mount" -> replace("conf/fscomp.conf", c -> "/etc /mnt\n");
      case "own at /dev" -> replace("conf/fscomp.conf", c -> "zroot/pot/jails/web_1_0/data /dev\n");
      case "other fscomp" ->
          replace("conf/fscomp.conf", c -> "zroot/pot/fscomp/secrets /opt/pot/jails/app/m/mnt\n");
      case "devfs" ->
          replace("conf/pot.conf", c -> c.replace("devfs_ruleset=4", "devfs_ruleset=0"));
      case "allow.mount" ->
          replace("conf/pot.conf", c -> c.replace("pot.attr.mount=NO", "pot.attr.mount=YES"));
      case "sysv" -> replace("conf/pot.conf", c -> c + "pot.attr.sysvshm=inherit\n");
      case "exec_stop" -> replace("conf/pot.conf", c -> c + "pot.attr.exec_stop=x=$(reboot)\n");
      case "port 22" -> replace("conf/pot.conf", c -> c + "pot.export.ports=80:22\n");
      case "depend" -> replace("conf/pot.conf", c -> c + "pot.depend=victim\n");
      default -> throw new IllegalArgumentException(what);
    };
  }

  private static Tampering add(String path, String content) {
    return files -> {
      List<String[]> out = new ArrayList<>(files);
      out.add(new String[] {path, content});
      return out;
    };
  }

  private static Tampering replace(String path, UnaryOperator<String> change) {
    return files -> {
      List<String[]> out = new ArrayList<>();
      boolean found = false;
      for (String[] f : files) {
        if (f[0].equals(path)) {
          out.add(new String[] {path, change.apply(f[1])});
          found = true;
        } else {
          out.add(f);
        }
      }
      if (!found) {
        throw new IllegalStateException("the image has no " + path);
      }
      return out;
    };
  }

  /**
   * Rewrites the simulator's image stream ({@code file PATH BASE64} lines) and its {@code .skein}
   * (SHA-512 of image and meta), as a hostile image server would serve it. The image is xz of a
   * send-stream header (a 312-byte begin record whose little-endian payload length is at offset 4,
   * then that payload) and the text body: the header is kept, the body rewritten, the whole
   * compressed again.
   */
  private void tamper(UnaryOperator<List<String[]>> change) throws Exception {
    byte[] stream;
    try (var in = new XZInputStream(new ByteArrayInputStream(Files.readAllBytes(image)))) {
      stream = in.readAllBytes();
    }
    int at = 312 + ByteBuffer.wrap(stream).order(ByteOrder.LITTLE_ENDIAN).getInt(4);
    List<String> head = new ArrayList<>();
    List<String[]> files = new ArrayList<>();
    for (String line :
        new String(stream, at, stream.length - at, StandardCharsets.UTF_8).lines().toList()) {
      String[] f = line.split(" ", 3);
      if (f[0].equals("file")) {
        String body = f.length > 2 ? f[2] : "";
        files.add(
            new String[] {
              f[1], new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8)
            });
      } else {
        head.add(line);
      }
    }
    assertTrue(
        files.stream().anyMatch(f -> f[0].equals("conf/pot.conf") && f[1].contains("devfs")),
        "the built image carries pot.conf");
    StringBuilder b = new StringBuilder();
    head.forEach(l -> b.append(l).append('\n'));
    for (String[] f : change.apply(files)) {
      b.append("file ")
          .append(f[0])
          .append(' ')
          .append(Base64.getEncoder().encodeToString(f[1].getBytes(StandardCharsets.UTF_8)))
          .append('\n');
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var xz = new XZOutputStream(out, new LZMA2Options(0))) {
      xz.write(stream, 0, at);
      xz.write(b.toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] bytes = out.toByteArray();
    Files.write(image, bytes);
    MessageDigest md = MessageDigest.getInstance("SHA-512");
    md.update(bytes);
    md.update(Files.readAllBytes(Path.of(image + ".meta")));
    Files.writeString(Path.of(image + ".skein"), HexFormat.of().formatHex(md.digest()) + "\n");
  }
}
