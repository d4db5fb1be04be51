package org.potctl.controller.cli;

import static org.potctl.controller.testkit.RunAssert.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.HostAssert;
import org.potctl.controller.testkit.Potctl;

/**
 * Applying a saved plan is no takeover of its spec id (issue 13 item 4): the plan names its spec
 * id, but only a plan made with {@code --spec-id} while the id belonged to another origin takes it
 * over.
 */
class SavedPlanTakeoverTest {

  private static final String POTS =
      "version: 1\npots:\n  web:\n    base: \"14.1\"\n    network: {type: public-bridge}\n";

  @TempDir Path sim;

  @TempDir Path work;

  private Potctl host;
  private Path mine;
  private Path other;

  @BeforeEach
  void twoSpecsOfOneName() throws IOException {
    mine = Files.createDirectories(work.resolve("mine").resolve("app"));
    other = Files.createDirectories(work.resolve("other").resolve("app"));
    Files.writeString(mine.resolve("pots.yaml"), POTS);
    Files.writeString(other.resolve("pots.yaml"), POTS);
    host = Potctl.onSim(sim);
  }

  @Test
  void aPlanSavedBeforeAnotherOriginClaimedTheIdIsRefused() throws IOException {
    Path plan = work.resolve("other.json");
    assertThat(host.run("plan", other.toString(), "--out", plan.toString())).exits(0);
    assertThat(host.run("apply", mine.toString(), "--yes")).exits(0);
    int mark = host.mark();
    assertThat(host.run("apply", plan.toString(), "--yes"))
        .exits(3)
        .errContains(mine.toRealPath().toString())
        .errContains("--spec-id");
    HostAssert.assertThat(host).since(mark).ranNothing().lastJournalIsARefusal("app");
  }

  @Test
  void aPlanMadeWithSpecIdTakesTheIdOverWhenApplied() throws IOException {
    assertThat(host.run("apply", mine.toString(), "--yes")).exits(0);
    Path plan = work.resolve("takeover.json");
    assertThat(host.run("plan", other.toString(), "--spec-id", "app", "--out", plan.toString()))
        .exits(0)
        .errContains("takes it over");
    assertThat(host.run("apply", plan.toString(), "--yes"))
        .exits(0)
        .outContains("Saved plan " + plan + ": spec 'app' at " + other.toRealPath() + ", apply id ")
        .errContains("takes it over");
    assertThat(host.run("plan", mine.toString())).exits(3).errContains("--spec-id");
    assertThat(host.run("plan", other.toString())).exits(0);
  }

  @Test
  void aSpecIdOtherThanTheSavedPlansIsAUsageErrorAndRunsNothing() {
    Path plan = work.resolve("mine.json");
    assertThat(host.run("plan", mine.toString(), "--out", plan.toString())).exits(0);
    int mark = host.mark();
    assertThat(host.run("apply", plan.toString(), "--yes", "--spec-id", "other"))
        .exits(64)
        .errContains("--spec-id other does not match the saved plan, made for spec id 'app'");
    HostAssert.assertThat(host).since(mark).ranNothing();
    assertThat(host.run("apply", plan.toString(), "--yes", "--spec-id", "app")).exits(0);
  }
}
