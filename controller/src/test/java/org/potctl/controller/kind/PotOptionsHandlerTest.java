package org.potctl.controller.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.Change;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.Risk;
import org.potctl.schema.address.ResourceAddress;

/** cmd, dns, network.stack, alias address lists and snapshot_before_change, on the simulator. */
class PotOptionsHandlerTest {

  private static final ResourceAddress WEB = ResourceAddress.pot("web");
  private static final String BASE =
      "pots:\n  web:\n    base: \"14.1\"\n    network: {type: public-bridge, stack: ipv4}\n"
          + "    snapshot_before_change: true\n";

  @TempDir Path dir;

  private HandlerScenario host;

  @BeforeEach
  void webRuns() {
    host = new HandlerScenario(dir);
    host.converge(host.spec(BASE + "    cmd: \"sh /etc/rc\"\n"));
  }

  @Test
  void aChangedCommandIsSetBetweenAStopAndASnapshotAndAStart() {
    Plan plan = host.plan(host.spec(BASE + "    cmd: \"nginx -g 'daemon off;'\"\n"));
    Change c = HandlerScenario.change(plan, WEB);
    assertEquals(Action.UPDATE, c.action());
    assertEquals(Risk.RESTART, c.risk());
    assertEquals("cmd", c.fields().get(0).path());
    assertEquals(
        List.of(
            "pot stop -p web",
            "pot snapshot -p web",
            "pot set-cmd -p web -c nginx -g 'daemon off;'",
            "pot start -p web"),
        HandlerScenario.argvs(plan));
    host.converge(host.spec(BASE + "    cmd: \"nginx -g 'daemon off;'\"\n"));
  }

  @Test
  void quotesPotStripsDoNotShowAsDrift() {
    assertEquals(List.of(), host.plan(host.spec(BASE + "    cmd: '\"sh /etc/rc\"'\n")).steps());
  }

  @Test
  void dnsAndStackChangesReplaceThePotAfterASnapshot() {
    Plan plan =
        host.plan(
            host.spec(
                "pots:\n  web:\n    base: \"14.1\"\n    network: {type: public-bridge, stack: dual}\n"
                    + "    snapshot_before_change: true\n    cmd: \"sh /etc/rc\"\n    dns: \"off\"\n"));
    Change c = HandlerScenario.change(plan, WEB);
    assertEquals(Action.REPLACE, c.action());
    assertEquals(
        List.of("dns", "network.stack"), c.fields().stream().map(f -> f.path()).sorted().toList());
    List<String> argv = HandlerScenario.argvs(plan);
    assertEquals("pot stop -p web", argv.get(0));
    assertEquals("pot snapshot -p web", argv.get(1));
    assertTrue(argv.get(2).startsWith("zfs "), argv.toString());
    assertTrue(
        argv.stream()
            .anyMatch(a -> a.contains("pot create -p web") && a.endsWith("-S dual -d off")),
        argv.toString());
  }

  @Test
  void anAliasPotWithIpv4AndIpv6AddressesConvergesAndItsListIsCompared() {
    String alias =
        "pots:\n  edge:\n    base: \"14.1\"\n    network:\n      type: alias\n"
            + "      ip: [\"em0|192.168.1.20\", \"em0|2001:db8::20\"]\n      stack: dual\n";
    host.converge(host.spec(alias));
    Plan plan = host.plan(host.spec(alias.replace("2001:db8::20", "2001:db8::21")));
    Change c = HandlerScenario.change(plan, ResourceAddress.pot("edge"));
    assertEquals(Action.REPLACE, c.action());
    assertEquals(Risk.DATA_LOSS, c.risk());
    assertEquals("network.ip", c.fields().get(0).path());
  }
}
