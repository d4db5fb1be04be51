package org.potctl.controller.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.potctl.controller.fleet.FleetRun.HostOutcome;
import org.potctl.controller.render.DocumentSchemas;

class FleetRunTest {

  private static InventoryHost host(String name) {
    return new InventoryHost(name, "sim:/tmp/" + name, Path.of("/specs/prod"), "prod");
  }

  @Test
  void oneFailingHostDoesNotStopTheOthersAndOrderIsKept() {
    List<InventoryHost> hosts = List.of(host("a"), host("b"), host("c"), host("d"));
    List<HostOutcome> outcomes =
        FleetRun.run(
            hosts,
            4,
            (h, out, err) -> {
              switch (h.name()) {
                case "a" -> {
                  out.println("plan for a");
                  return 2;
                }
                case "b" -> throw new IllegalStateException("cannot connect to b");
                case "c" -> {
                  err.println("lock held");
                  return 3;
                }
                default -> {
                  return 0;
                }
              }
            });
    assertEquals(List.of("a", "b", "c", "d"), outcomes.stream().map(o -> o.host().name()).toList());
    assertEquals(List.of(2, 1, 3, 0), outcomes.stream().map(HostOutcome::exitCode).toList());
    assertEquals("plan for a\n", outcomes.get(0).out());
    assertEquals("potctl: b: cannot connect to b\n", outcomes.get(1).err());
    String summary = FleetReport.summary(outcomes);
    assertTrue(summary.contains("  b  error            exit 1"), summary);
    assertTrue(summary.contains("cannot connect to b"), summary);
    assertTrue(
        summary.endsWith("4 hosts: 1 ok, 1 with changes, 1 refused, 1 failed; exit 1\n"), summary);
  }

  @Test
  void theSummaryNamesAHostsFirstErrorNotItsLastLine() {
    assertEquals(
        "potctl: error: cannot connect to ssh://pot9: Connection refused",
        FleetReport.reason(
            "potctl: error: cannot connect to ssh://pot9: Connection refused\n"
                + "(run with -v for details)\n"));
    assertEquals(
        "spec.yaml:7:3: error: fscomps.x: belongs to spec 'a'",
        FleetReport.reason(
            "banner\nspec.yaml:7:3: error: fscomps.x: belongs to spec 'a'\n 7 | x:\n   | ^\n"));
    assertEquals("last", FleetReport.reason("first\nlast\n"));
  }

  @Test
  void hostsRunInParallel() {
    CountDownLatch all = new CountDownLatch(3);
    List<HostOutcome> outcomes =
        FleetRun.run(
            List.of(host("a"), host("b"), host("c")),
            3,
            (h, out, err) -> {
              all.countDown();
              try {
                return all.await(30, TimeUnit.SECONDS) ? 0 : 1;
              } catch (InterruptedException e) {
                return 1;
              }
            });
    assertEquals(List.of(0, 0, 0), outcomes.stream().map(HostOutcome::exitCode).toList());
  }

  @Test
  void jsonEmbedsEachHostsDocument() {
    List<HostOutcome> outcomes =
        FleetRun.run(
            List.of(host("a"), host("b")),
            2,
            (h, out, err) -> {
              out.print(h.name().equals("a") ? "{\"summary\": {\"create\": 1}}" : "not json");
              return h.name().equals("a") ? 2 : 1;
            });
    String json = FleetReport.json(outcomes);
    DocumentSchemas.assertValid("fleet", json);
    assertTrue(json.contains("\"exit_code\" : 1"), json);
    assertTrue(json.contains("\"create\" : 1"), json);
    assertTrue(json.contains("\"result\" : \"not json\""), json);
  }
}
