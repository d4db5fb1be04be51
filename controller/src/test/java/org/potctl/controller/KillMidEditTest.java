package org.potctl.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.apply.ApplyListener;
import org.potctl.controller.render.DocumentSchemas;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.state.host.Host;
import org.potctl.state.host.HostConnector;
import org.potctl.state.host.HostSpec;
import org.potctl.state.statedir.ApplyJournal;
import org.potctl.state.statedir.Inventory;
import org.potctl.state.statedir.JournalReader;
import org.potctl.state.statedir.JournalRecord;
import org.potctl.state.statedir.LockHolder;
import org.potctl.state.statedir.StateStore;
import tools.jackson.databind.JsonNode;

/**
 * A host change killed in the middle of an inventory edit (docs/safety.md, "Undo"): the journal
 * shows step 0 started and never ended, the inventory is as before (the edit is one atomic replace
 * that never happened), and the next run of the change names the interrupted run and makes the
 * edit.
 *
 * <p>The kill is injected at the host's state store, the seam every inventory write goes through:
 * its {@code replace} of {@code inventory.json} throws {@link Killed}, an {@link Error} that no
 * code of potctl catches, so nothing after that point runs, as after SIGKILL (only the journal's
 * and the lock's {@code close} run on the way out, which the kernel also does for a killed
 * process).
 */
class KillMidEditTest {

  @TempDir Path sim;
  @TempDir Path work;

  /** The process dies here. */
  static final class Killed extends Error {
    private static final long serialVersionUID = 1L;

    Killed() {
      super("killed during the inventory write");
    }
  }

  @Test
  void aForgetKilledDuringItsInventoryEditIsNamedByItsSpecAndCompletedByTheNextForget()
      throws IOException {
    Potctl cli = Potctl.onSim(sim);
    Path spec = Files.createDirectories(work.resolve("spec"));
    Files.writeString(spec.resolve("spec.yaml"), "version: 1\nbridges:\n  back: {size: 4}\n");
    cli.raw("pot", "create-private-bridge", "-B", "back", "-S", "5");
    Run adopt = cli.run("adopt", "--yes", spec.toString(), "bridge.back");
    assertEquals(0, adopt.code(), adopt.all());
    Inventory inventory = new Inventory(sim.resolve("state"));
    assertEquals(List.of("back"), List.copyOf(inventory.list("spec", Inventory.Kind.BRIDGE)));

    HostChange forget =
        new HostChange.Forget(
            Optional.of("sim:" + sim), "spec", List.of(ResourceAddress.parse("bridge.back")));
    try (Host real = HostConnector.connect(HostSpec.parse("sim:" + sim))) {
      Host dying =
          new Host(
              real.driver(),
              real.runner(),
              real.banner(),
              real.stateDir(),
              real.files(),
              new DiesAtInventoryWrite(real.state()));
      HostChangeRun run =
          new HostChangeRun(
              dying,
              ApplyRequest.of("potctl forget bridge.back"),
              new ApplyGate() {},
              ApplyListener.NOOP,
              Clock.systemUTC());
      assertThrows(Killed.class, () -> run.run(forget, Optional.empty()));
    }

    ApplyJournal killed = new JournalReader(sim.resolve("state")).last().orElseThrow();
    assertFalse(killed.finished(), "no apply_finished line: " + killed.records());
    List<JournalRecord> open = killed.unfinishedSteps();
    assertEquals(1, open.size(), open.toString());
    assertEquals(0, open.get(0).step().getAsInt());
    assertEquals(Optional.of("bridge.back"), open.get(0).address());
    assertEquals(Optional.of("inventory-remove"), open.get(0).kind());
    assertEquals(List.of("back"), List.copyOf(inventory.list("spec", Inventory.Kind.BRIDGE)));
    assertEquals(List.of("spec"), killed.touchedSpecIds(), "the journal names the bridge's spec");

    // the owning spec's status and apply report the interrupted host change of its object
    String interrupted =
        "Interrupted: 'potctl forget bridge.back' (apply "
            + killed.applyId()
            + ") stopped during its inventory edit inventory-remove bridge.back (started, never"
            + " finished); run that command again to complete it.";
    Run status = cli.run("status", spec.toString());
    assertEquals(0, status.code(), status.all());
    assertTrue(status.err().contains("warning: journal.interrupted: " + interrupted), status.all());
    Run json = cli.run("status", spec.toString(), "-o", "json");
    JsonNode warning = DocumentSchemas.assertValid("status", json.out()).get("diagnostics").get(0);
    assertEquals("journal.interrupted", warning.get("path").asString(), json.out());
    assertEquals(interrupted, warning.get("message").asString());
    Run apply = cli.run("apply", "--yes", spec.toString());
    assertEquals(0, apply.code(), apply.all());
    assertTrue(apply.err().contains(interrupted), apply.all());

    Run again = cli.run("forget", "--yes", spec.toString(), "bridge.back");
    assertEquals(0, again.code(), again.all());
    assertTrue(
        again
            .all()
            .contains(
                "Interrupted: 'potctl forget bridge.back' (apply "
                    + killed.applyId()
                    + ") stopped during its inventory edit inventory-remove bridge.back (started,"
                    + " never finished); this plan makes that edit again."),
        again.all());
    assertEquals(List.of(), List.copyOf(inventory.list("spec", Inventory.Kind.BRIDGE)));
    ApplyJournal completed = new JournalReader(sim.resolve("state")).last().orElseThrow();
    assertTrue(completed.succeeded(), completed.records().toString());

    Run settled = cli.run("status", spec.toString());
    assertFalse(
        settled.all().contains("Interrupted"), "a finished forget ends it: " + settled.all());

    // the interruption is told once: the run after a finished one names nothing
    Run readopt = cli.run("adopt", "--yes", spec.toString(), "bridge.back");
    assertEquals(0, readopt.code(), readopt.all());
    assertFalse(readopt.all().contains("Interrupted"), readopt.all());
  }

  /** A state store that dies at the first write of the inventory. */
  private record DiesAtInventoryWrite(StateStore store) implements StateStore {

    @Override
    public String location() {
      return store.location();
    }

    @Override
    public Optional<String> read(String name) {
      return store.read(name);
    }

    @Override
    public List<String> list(String name) {
      return store.list(name);
    }

    @Override
    public void delete(List<String> names) {
      store.delete(names);
    }

    @Override
    public void replace(String name, String content) {
      if (name.equals("inventory.json")) {
        throw new Killed();
      }
      store.replace(name, content);
    }

    @Override
    public Appender create(String name) {
      return store.create(name);
    }

    @Override
    public Optional<Lease> tryLock(LockHolder holder) {
      return store.tryLock(holder);
    }
  }
}
