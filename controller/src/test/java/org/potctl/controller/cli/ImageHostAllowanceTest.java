package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Run;

/**
 * An http image URL at the pot host's own loopback (in an odd spelling) is a located error of
 * validate and plan, the pot host's fetch never asked for it; the operator alone lets it through
 * with {@code --allow-image-host} (issue 14), which a malformed host cannot pass.
 */
class ImageHostAllowanceTest {

  private static final String ERROR =
      "pots.yaml:4:18: error: pots.app.image.url: the host of an image URL is 127.0.0.1, a loopback"
          + " address (127.0.0.0/8): pot import fetches it on the pot host as root, where it would"
          + " reach the host's own services; the operator may allow it with --allow-image-host"
          + " 127.0.0.1";

  @TempDir Path dir;
  private SimCli cli;
  private String spec;

  @BeforeEach
  void setUp() throws Exception {
    cli = new SimCli(dir.resolve("sim"));
    Path app = Files.createDirectories(dir.resolve("app"));
    Files.writeString(
        app.resolve("pots.yaml"),
        "version: 1\npots:\n  app:\n    image: {url: \"http://0x7f.1:8080/images\", name: web,"
            + " tag: \"1.0\"}\n");
    spec = app.toString();
  }

  @Test
  void aLoopbackImageHostIsRefusedByValidateAndPlan() {
    for (String command : new String[] {"validate", "plan"}) {
      Run r = cli.expect(1, command, spec);
      assertTrue(r.err().contains(ERROR), r.all());
      assertTrue(cli.mutationsSince(0).isEmpty(), cli.log().toString());
    }
  }

  @Test
  void theOperatorAllowsItInAnySpelling() {
    cli.expect(0, "validate", spec, "--allow-image-host", "127.1");
    Run plan = cli.expect(0, "plan", spec, "--allow-image-host", "[::ffff:127.0.0.1]");
    assertTrue(plan.out().contains("pot import"), plan.all());
  }

  @Test
  void anotherAllowedHostDoesNotLetItThrough() {
    Run r = cli.expect(1, "validate", spec, "--allow-image-host", "127.0.0.2");
    assertTrue(r.err().contains(ERROR), r.all());
  }

  @Test
  void aMalformedAllowanceIsAUsageError() {
    Run r = cli.expect(64, "validate", spec, "--allow-image-host", "a b");
    assertTrue(
        r.err().contains("--allow-image-host is neither an IPv4 address nor a DNS name"), r.all());
  }
}
