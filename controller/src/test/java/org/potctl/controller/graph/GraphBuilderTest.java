package org.potctl.controller.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.model.BridgeSpec;
import org.potctl.schema.model.DesiredState;
import org.potctl.schema.model.FscompSpec;
import org.potctl.schema.model.MountSource;
import org.potctl.schema.model.MountSpec;
import org.potctl.schema.model.NetworkSpec;
import org.potctl.schema.model.NetworkType;
import org.potctl.schema.model.PotSpec;
import org.potctl.schema.model.PotType;
import org.potctl.schema.model.Resources;
import org.potctl.schema.model.Spec;
import org.potctl.state.model.HostState;
import org.potctl.state.model.PotConfig;

class GraphBuilderTest {

  private static PotSpec pot(String name, PotType type, List<String> deps, String... fscomps) {
    List<MountSpec> mounts =
        java.util.Arrays.stream(fscomps)
            .map(f -> new MountSpec(new MountSource.Fscomp(f), "/" + f, false))
            .toList();
    return new PotSpec(
        name,
        "14.1",
        type,
        new NetworkSpec(NetworkType.PRIVATE_BRIDGE, Optional.of("br"), Optional.empty()),
        mounts,
        List.of(),
        List.of(),
        new Resources(OptionalInt.empty(), Optional.empty()),
        new TreeMap<>(),
        new TreeMap<>(),
        new TreeMap<>(),
        deps,
        DesiredState.RUNNING,
        false);
  }

  private static GraphBuilder.Result build(PotSpec... pots) {
    Map<String, PotSpec> byName = new TreeMap<>();
    for (PotSpec p : pots) {
      byName.put(p.name(), p);
    }
    Spec spec =
        new Spec(
            Path.of("/s"),
            new TreeMap<>(byName),
            new TreeMap<>(Map.of("data", new FscompSpec("data", Map.of(), true))),
            new TreeMap<>(Map.of("br", new BridgeSpec("br", 4))),
            new TreeMap<>(),
            "sha256:0",
            Map.of());
    HostState empty =
        new HostState(
            new PotConfig("zroot/pot", "/opt/pot"),
            new TreeMap<>(),
            new TreeMap<>(),
            new TreeMap<>(),
            new TreeMap<>(),
            new TreeMap<>(),
            new TreeMap<>(),
            List.of(),
            new java.util.TreeSet<>());
    return GraphBuilder.build(new GraphInput(spec, empty, "s"));
  }

  @Test
  void dependenciesComeFirstAndDeletesRunInReverse() {
    GraphBuilder.Result r =
        build(
            pot("web", PotType.SINGLE, List.of("db")), pot("db", PotType.MULTI, List.of(), "data"));
    assertEquals(List.of(), r.diagnostics());
    List<String> create = r.graph().creationOrder().stream().map(Object::toString).toList();
    assertEquals(List.of("fscomp.data", "bridge.br", "base.14.1", "pot.db", "pot.web"), create);
    List<String> delete = r.graph().deletionOrder().stream().map(Object::toString).toList();
    assertEquals(List.of("pot.web", "pot.db", "fscomp.data", "bridge.br", "base.14.1"), delete);
    assertTrue(
        r.graph().dependencies(ResourceAddress.pot("db")).stream()
            .anyMatch(e -> e.kind() == EdgeKind.BASE));
  }

  @Test
  void everyCycleIsNamedInCanonicalOrder() {
    GraphBuilder.Result r =
        build(
            pot("a", PotType.SINGLE, List.of("b")),
            pot("b", PotType.SINGLE, List.of("a")),
            pot("c", PotType.SINGLE, List.of("d")),
            pot("d", PotType.SINGLE, List.of("c")));
    assertTrue(r.hasErrors());
    assertEquals(
        List.of(
            "dependency cycle: pot.a → pot.b → pot.a", "dependency cycle: pot.c → pot.d → pot.c"),
        r.diagnostics().stream().map(d -> d.message()).toList());
  }

  @Test
  void aSelfDependencyIsACycle() {
    GraphBuilder.Result r = build(pot("a", PotType.SINGLE, List.of("a")));
    assertEquals(
        List.of("dependency cycle: pot.a → pot.a"),
        r.diagnostics().stream().map(d -> d.message()).toList());
  }

  @Test
  void aCycleDeepBehindAcyclicPotsIsFoundAndOnlyItIsNamed() {
    GraphBuilder.Result r =
        build(
            pot("a", PotType.SINGLE, List.of("b", "e")),
            pot("b", PotType.SINGLE, List.of("c")),
            pot("c", PotType.SINGLE, List.of("d")),
            pot("d", PotType.SINGLE, List.of("b")),
            pot("e", PotType.SINGLE, List.of()));
    assertEquals(
        List.of("dependency cycle: pot.b → pot.c → pot.d → pot.b"),
        r.diagnostics().stream().map(d -> d.message()).toList());
  }
}
