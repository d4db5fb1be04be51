package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ModelWriterTest {

  private final JsonMapper json = JsonMapper.builder().build();

  private static SimModel model(int pots) {
    Map<String, SimDataset> datasets = new TreeMap<>();
    Map<String, SimJail> jails = new TreeMap<>();
    Map<String, List<String>> anchors = new TreeMap<>();
    for (int i = 0; i < pots; i++) {
      String name = "zroot/pot/jails/p" + i;
      datasets.put(name, new SimDataset(name, 1_700_000_000L + i, Map.of("potctl:owner", "\"x\"")));
      jails.put(
          "p" + i,
          new SimJail("p" + i, i + 1, "p" + i, "/j/p" + i, "10.0.0." + i, false, List.of(), ""));
      anchors.put("p" + i, List.of("rdr pass on em0 inet proto tcp from any to (em0) port = " + i));
    }
    return new SimModel(datasets, jails, anchors, pots, List.of());
  }

  @Test
  void readsBackAsTheModelItWasWrittenFrom() {
    SimModel m = model(5);
    assertEquals(m, json.readValue(new ModelWriter(json).write(m), SimModel.class));
    assertEquals(
        SimModel.empty(),
        json.readValue(new ModelWriter(json).write(SimModel.empty()), SimModel.class));
  }

  @Test
  void aChangedEntryIsWrittenAnewAndTheOthersAreReused() {
    ModelWriter writer = new ModelWriter(json);
    SimModel first = model(4);
    writer.write(first);
    SimState state = new SimState(first);
    String changed = "zroot/pot/jails/p2";
    state.datasets.put(changed, state.datasets.get(changed).with("potctl:owner", "other"));
    state.jails.remove("p1");
    state.anchors.get("p3").add("rdr pass on em0 inet proto udp from any to (em0) port = 3");
    SimModel second = state.toModel();
    assertEquals(
        new ModelWriter(json).write(second),
        writer.write(second),
        "the same text as a writer with nothing to reuse");
    assertEquals(second, json.readValue(writer.write(second), SimModel.class));
  }

  @Test
  void sameAsComparesByValueNotOnlyByIdentity() {
    SimModel a = model(3);
    assertTrue(a.sameAs(new SimState(a).toModel()), "a command that changed nothing");
    assertTrue(a.sameAs(model(3)), "equal values, other instances");
    SimState s = new SimState(a);
    s.lastJid++;
    assertFalse(a.sameAs(s.toModel()));
    SimState t = new SimState(a);
    t.anchors.get("p0").clear();
    assertFalse(a.sameAs(t.toModel()));
    SimState u = new SimState(a);
    u.datasets.put("zroot/pot/jails/p1", u.datasets.get("zroot/pot/jails/p1").with("a:b", "c"));
    assertFalse(a.sameAs(u.toModel()));
  }
}
