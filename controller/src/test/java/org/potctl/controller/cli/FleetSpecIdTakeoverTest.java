package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;
import org.potctl.state.statedir.Inventory;

/**
 * {@code apply --all} passed each host's run the hosts file's spec id as {@code --spec-id}, which a
 * run takes as the operator's deliberate takeover: a fleet run silently took over an id the host
 * recorded for another spec directory (a warning only), where a direct {@code apply} of the same
 * directory is refused with exit 3. Now the hosts file's id is refused the same way unless the
 * operator passes {@code --allow-spec-id-takeover} to the fleet command.
 */
class FleetSpecIdTakeoverTest {

  private static final Path WEB = Path.of("..", "examples", "potfiles", "web-single");

  @TempDir Path dir;
  private Path first;
  private Path fleet;
  private Path sim;

  @BeforeEach
  void firstSpecOwnsTheId() throws IOException {
    String potfile = Files.readString(WEB.resolve("potfile.yaml"));
    first = Files.createDirectories(dir.resolve("a/web")).toRealPath();
    Files.writeString(first.resolve("potfile.yaml"), potfile);
    fleet = Files.createDirectories(dir.resolve("fleet")).toRealPath();
    Path second = Files.createDirectories(fleet.resolve("envs/web"));
    Files.writeString(
        second.resolve("potfile.yaml"), potfile.replace("\"80:8080\"", "\"80:9999\""));
    Files.writeString(
        fleet.resolve("hosts.yaml"),
        "version: 1\nhosts:\n  pot1:\n    address: sim:sims/pot1\n    spec: envs/web\n");
    sim = fleet.resolve("sims/pot1");
    Run applied = Potctl.onSim(sim).run("apply", first.toString(), "--yes");
    assertEquals(0, applied.code(), applied.all());
    assertEquals(Optional.of(first.toString()), origin());
  }

  private Optional<String> origin() {
    return new Inventory(sim.resolve("state")).origin("web");
  }

  private Run applyAll(String... extra) {
    List<String> argv =
        new ArrayList<>(
            List.of("apply", "--all", "--hosts", fleet.resolve("hosts.yaml").toString(), "--yes"));
    argv.addAll(List.of(extra));
    return Potctl.bare(argv.toArray(String[]::new));
  }

  @Test
  void theHostsFilesSpecIdIsRefusedLikeADirectApply() {
    Potctl host = Potctl.onSim(sim);
    int mark = host.mark();
    Run direct = host.run("apply", fleet.resolve("envs/web").toString(), "--yes");
    assertEquals(3, direct.code(), direct.all());

    Run r = applyAll();
    assertEquals(3, r.code(), r.all());
    List<String> refusal =
        direct.err().lines().filter(l -> l.contains("belongs on this host")).toList();
    assertEquals(1, refusal.size(), direct.err());
    assertTrue(
        refusal.get(0).contains("spec id 'web' belongs on this host to the spec at " + first));
    assertTrue(r.err().contains("pot1: " + refusal.get(0)), r.err());
    assertEquals(Optional.of(first.toString()), origin(), "the recorded origin is unchanged");
    assertEquals(List.of(), host.mutationsSince(mark), "nothing ran on the host");
  }

  @Test
  void theOperatorsAllowanceTakesTheIdOver() {
    Run r = applyAll("--allow-spec-id-takeover");
    assertEquals(0, r.code(), r.all());
    assertTrue(r.all().contains("takes it over for " + fleet.resolve("envs/web")), r.all());
    assertEquals(Optional.of(fleet.resolve("envs/web").toString()), origin());
  }
}
