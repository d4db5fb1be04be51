package org.potctl.controller.plan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.TreeMap;
import org.potctl.schema.model.BridgeSpec;
import org.potctl.schema.model.DesiredState;
import org.potctl.schema.model.FscompSpec;
import org.potctl.schema.model.MountSource;
import org.potctl.schema.model.MountSpec;
import org.potctl.schema.model.NetworkSpec;
import org.potctl.schema.model.NetworkType;
import org.potctl.schema.model.PortExport;
import org.potctl.schema.model.PotSpec;
import org.potctl.schema.model.PotType;
import org.potctl.schema.model.Protocol;
import org.potctl.schema.model.Resources;
import org.potctl.schema.model.Size;
import org.potctl.schema.model.Spec;

/** Random valid specs from a seed: up to three pots, fscomps and one bridge, no static IPs. */
final class RandomSpecs {

  private final Random random;

  RandomSpecs(Random random) {
    this.random = random;
  }

  Spec next() {
    boolean bridge = random.nextBoolean();
    Map<String, BridgeSpec> bridges = new TreeMap<>();
    if (bridge) {
      bridges.put("b0", new BridgeSpec("b0", 6 + random.nextInt(4)));
    }
    Map<String, FscompSpec> fscomps = new TreeMap<>();
    int nf = random.nextInt(3);
    for (int i = 0; i < nf; i++) {
      Map<String, String> props = new TreeMap<>();
      if (random.nextBoolean()) {
        props.put("compression", pick("lz4", "off"));
      }
      if (random.nextBoolean()) {
        props.put("quota", pick("1G", "2G", "512M"));
      }
      if (random.nextBoolean()) {
        props.put("atime", pick("on", "off"));
      }
      fscomps.put("f" + i, new FscompSpec("f" + i, props, random.nextInt(3) == 0));
    }
    Map<String, PotSpec> pots = new TreeMap<>();
    int np = 1 + random.nextInt(3);
    for (int i = 0; i < np; i++) {
      pots.put("p" + i, pot(i, bridge, new ArrayList<>(fscomps.keySet())));
    }
    return new Spec(
        Path.of("/random").toAbsolutePath(),
        new TreeMap<>(pots),
        new TreeMap<>(fscomps),
        new TreeMap<>(bridges),
        new TreeMap<>(),
        "sha256:" + "0".repeat(64),
        Map.of());
  }

  private PotSpec pot(int i, boolean bridge, List<String> fscomps) {
    NetworkType type =
        bridge && random.nextBoolean()
            ? NetworkType.PRIVATE_BRIDGE
            : random.nextBoolean() ? NetworkType.PUBLIC_BRIDGE : NetworkType.INHERIT;
    NetworkSpec network =
        new NetworkSpec(
            type,
            type == NetworkType.PRIVATE_BRIDGE ? Optional.of("b0") : Optional.empty(),
            Optional.empty());
    PotType kind = random.nextInt(4) == 0 ? PotType.MULTI : PotType.SINGLE;
    // a multi pot mounts only where pot can make the directory: its own datasets, or through the
    // base's links into them (pot writes the realpath, /var/db is /opt/custom/var/db)
    List<String> roots =
        kind == PotType.MULTI
            ? List.of("/var/db/", "/usr/local/", "/opt/custom/", "/home/")
            : List.of("/data/", "/var/db/", "/home/");
    List<MountSpec> mounts = new ArrayList<>();
    for (String f : fscomps) {
      if (random.nextBoolean()) {
        String at = roots.get(random.nextInt(roots.size())) + f;
        mounts.add(new MountSpec(new MountSource.Fscomp(f), at, random.nextBoolean()));
      }
    }
    List<PortExport> ports = new ArrayList<>();
    if (type != NetworkType.INHERIT && random.nextBoolean()) {
      ports.add(
          new PortExport(
              Protocol.TCP, pick(80, 8080), OptionalInt.of(30000 + 10 * i + random.nextInt(3))));
    }
    Map<String, String> attributes = new TreeMap<>();
    if (random.nextBoolean()) {
      attributes.put("start-at-boot", pick("YES", "NO"));
    }
    Resources resources =
        random.nextBoolean()
            ? new Resources(OptionalInt.of(1 + random.nextInt(2)), Size.parse(pick("256M", "512M")))
            : Resources.none();
    Map<String, String> env = new TreeMap<>();
    if (random.nextBoolean()) {
      env.put("APP_ENV", pick("production", "staging"));
    }
    Map<String, String> hosts = new TreeMap<>();
    if (random.nextBoolean()) {
      hosts.put("db", pick("10.192.0.10", "10.192.0.11"));
    }
    List<String> depends = new ArrayList<>();
    if (i > 0 && random.nextBoolean()) {
      depends.add("p" + random.nextInt(i));
    }
    return new PotSpec(
        "p" + i,
        "14.1",
        kind,
        network,
        mounts,
        ports,
        List.of(),
        resources,
        new TreeMap<>(attributes),
        new TreeMap<>(env),
        new TreeMap<>(hosts),
        depends,
        random.nextInt(4) == 0 ? DesiredState.STOPPED : DesiredState.RUNNING,
        false);
  }

  @SafeVarargs
  private <T> T pick(T... values) {
    return values[random.nextInt(values.length)];
  }
}
