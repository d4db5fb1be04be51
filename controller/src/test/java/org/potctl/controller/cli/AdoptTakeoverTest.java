package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.potctl.controller.testkit.RunAssert.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.HostAssert;
import org.potctl.controller.testkit.Potctl;
import org.potctl.state.statedir.Inventory;

/**
 * {@code adopt} as a takeover, as DESIGN §3.3 and docs/safety.md put it: adopt takes a spec
 * <em>id</em> held by another origin over deliberately (the plan says so, the new origin is
 * recorded and the old directory is refused from then on), but an <em>object</em> stamped by
 * another spec id is refused (exit 3, nothing changed) whatever the flags; the documented way to
 * hand an object over is {@code forget} by its spec, then {@code adopt}.
 */
class AdoptTakeoverTest {

  private static final String WEB =
      "  web:\n    base: \"14.1\"\n    network: {type: public-bridge}\n";
  private static final String DB =
      "  db:\n    base: \"14.1\"\n    network: {type: public-bridge}\n";

  @TempDir Path sim;

  @TempDir Path work;

  private Potctl host;
  private Path a;

  private Path spec(String where, String pots) throws IOException {
    Path dir = Files.createDirectories(work.resolve(where));
    Files.writeString(dir.resolve("pots.yaml"), "version: 1\npots:\n" + pots);
    return dir.toRealPath();
  }

  private Inventory inventory() {
    return new Inventory(sim.resolve("state"));
  }

  @BeforeEach
  void appliedFromA() throws IOException {
    host = Potctl.onSim(sim);
    a = spec("a/app", WEB);
    assertThat(host.run("apply", a.toString(), "--yes")).exits(0);
    assertEquals(Optional.of(a.toString()), inventory().origin("app"));
  }

  @Test
  void adoptTakesASpecIdOfAnotherOriginOverAndTheOldDirectoryIsRefusedThen() throws IOException {
    Path b = spec("b/app", WEB + DB);
    host.raw("pot", "create", "-p", "db", "-b", "14.1", "-t", "single", "-N", "public-bridge");

    int mark = host.mark();
    assertThat(host.run("adopt", b.toString(), "pot.db", "--dry-run"))
        .exits(0)
        .errContains("spec id 'app' belonged to the spec at " + a);
    HostAssert.assertThat(host).since(mark).ranNothing().hasJournals(1);
    assertEquals(Optional.of(a.toString()), inventory().origin("app"), "a dry run records nothing");

    assertThat(host.run("adopt", b.toString(), "pot.db", "--yes"))
        .exits(0)
        .errContains("spec id 'app' belonged to the spec at " + a, "takes it over for " + b);
    HostAssert.assertThat(host)
        .since(mark)
        .ran("zfs set potctl:owner=app zroot/pot/jails/db")
        .hasJournals(2)
        .journalsAreComplete();
    assertEquals(Optional.of(b.toString()), inventory().origin("app"));

    mark = host.mark();
    assertThat(host.run("apply", a.toString(), "--yes"))
        .exits(3)
        .errContains("spec id 'app' belongs on this host to the spec at " + b, "not to " + a);
    HostAssert.assertThat(host).since(mark).ranNothing();
    assertThat(host.run("plan", b.toString(), "--detailed-exitcode"))
        .exits(2)
        .outContains("> pot.db  start", "0 to delete")
        .errLacks("belongs on this host");
  }

  @Test
  void anObjectOfAnotherSpecIdIsRefusedEvenWithSpecIdAndForgetThenAdoptHandsItOver()
      throws IOException {
    Path other = spec("c/other", WEB);
    int mark = host.mark();
    assertThat(host.run("adopt", other.toString(), "pot.web", "--yes"))
        .exits(3)
        .errContains("belongs to spec 'app'");
    assertThat(host.run("--spec-id", "other", "adopt", other.toString(), "pot.web", "--yes"))
        .exits(3)
        .errContains("belongs to spec 'app'");
    HostAssert.assertThat(host).since(mark).ranNothing();
    assertEquals(Optional.empty(), inventory().origin("other"), "a refused adopt claims nothing");
    assertEquals(Optional.of(a.toString()), inventory().origin("app"));

    assertThat(host.run("forget", a.toString(), "pot.web", "--yes")).exits(0);
    mark = host.mark();
    assertThat(host.run("adopt", other.toString(), "pot.web", "--yes")).exits(0);
    HostAssert.assertThat(host)
        .since(mark)
        .ran("zfs set potctl:owner=other zroot/pot/jails/web")
        .journalsAreComplete();
    assertEquals(Optional.of(other.toString()), inventory().origin("other"));
    assertThat(host.run("plan", other.toString(), "--detailed-exitcode")).exits(0);
  }
}
