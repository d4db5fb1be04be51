package org.potctl.controller.export;

import java.util.Locale;
import org.potctl.schema.model.DesiredState;
import org.potctl.schema.model.MountSpec;
import org.potctl.schema.model.PortExport;
import org.potctl.schema.model.PotSpec;
import org.potctl.schema.model.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the Nomad API job of one exportable pot: one group, one {@code pot} task whose config uses
 * only the driver's task-config keys, and a prestart task per {@code depends_on} entry.
 */
final class NomadJobBuilder {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final long MIB = 1024L * 1024L;

  private NomadJobBuilder() {}

  /** The job name of {@code pot}: {@code <spec-id>-<pot>}, also its Consul service name. */
  static String jobName(String specId, String pot) {
    return specId + "-" + pot;
  }

  static NomadJob build(Spec spec, PotSpec pot, NomadOptions o) {
    String name = jobName(o.specId(), pot.name());
    ObjectNode root = F.objectNode();
    ObjectNode job = root.putObject("Job");
    job.put("ID", name);
    job.put("Name", name);
    job.put("Type", "service");
    job.putArray("Datacenters").add(o.datacenter());
    ObjectNode meta = job.putObject("Meta");
    meta.put("potctl_spec_id", o.specId());
    meta.put("potctl_spec_digest", spec.digest());
    meta.put("potctl_pot", pot.name());
    ObjectNode group = job.putArray("TaskGroups").addObject();
    group.put("Name", pot.name());
    group.put("Count", pot.state() == DesiredState.STOPPED ? 0 : 1);
    ObjectNode config = F.objectNode();
    if (!pot.ports().isEmpty()) {
      network(group.putArray("Networks").addObject(), config, pot);
    }
    group.putArray("Services").addObject().put("Name", name).put("Provider", "consul");
    ArrayNode tasks = group.putArray("Tasks");
    pot.dependsOn()
        .forEach(dep -> tasks.add(NomadPrestart.waitFor(jobName(o.specId(), dep), pot.name())));
    tasks.add(task(spec, pot, o, config));
    return new NomadJob(pot.name(), name, root);
  }

  private static ObjectNode task(Spec spec, PotSpec pot, NomadOptions o, ObjectNode config) {
    ObjectNode task = F.objectNode();
    task.put("Name", pot.name());
    task.put("Driver", "pot");
    var image = pot.options().image();
    config.put("image", image.map(i -> i.url()).orElse(o.registry()));
    config.put("pot", image.map(i -> i.name()).orElse(pot.name()));
    config.put("tag", image.map(i -> i.tag()).orElse(ImageTag.of(spec, pot)));
    config.put("network_mode", pot.network().type().label());
    pot.options().cmd().ifPresent(cmd -> config.put("command", cmd));
    mounts(config, pot, o.fsRoot());
    if (!pot.hosts().isEmpty()) {
      ArrayNode hosts = config.putArray("extra_hosts");
      pot.hosts().forEach((h, ip) -> hosts.add(h + ":" + ip));
    }
    if (!pot.attributes().isEmpty()) {
      ArrayNode attrs = config.putArray("attributes");
      pot.attributes().forEach((k, v) -> attrs.add(k + ":" + v));
    }
    task.set("Config", sorted(config));
    if (!pot.env().isEmpty()) {
      ObjectNode env = task.putObject("Env");
      pot.env().forEach(env::put);
    }
    pot.resources()
        .memory()
        .ifPresent(m -> task.putObject("Resources").put("MemoryMB", (m.bytes() + MIB - 1) / MIB));
    return task;
  }

  private static void network(ObjectNode network, ObjectNode config, PotSpec pot) {
    ArrayNode reserved = F.arrayNode();
    ArrayNode dynamic = F.arrayNode();
    ObjectNode portMap = config.putArray("port_map").addObject();
    for (PortExport p : pot.ports()) {
      String proto = p.proto().name().toLowerCase(Locale.ROOT);
      String label = proto + "_" + p.potPort();
      ObjectNode port = F.objectNode().put("Label", label);
      if (p.hostPort().isPresent()) {
        reserved.add(port.put("Value", p.hostPort().getAsInt()));
      } else {
        dynamic.add(port);
      }
      portMap.put(label, (proto.equals("udp") ? "udp:" : "") + p.potPort());
    }
    if (!reserved.isEmpty()) {
      network.set("ReservedPorts", reserved);
    }
    if (!dynamic.isEmpty()) {
      network.set("DynamicPorts", dynamic);
    }
  }

  private static void mounts(ObjectNode config, PotSpec pot, String fsRoot) {
    ArrayNode rw = F.arrayNode();
    ArrayNode ro = F.arrayNode();
    for (MountSpec m : pot.mounts()) {
      (m.readonly() ? ro : rw).add(NomadMounts.entry(m, fsRoot));
    }
    if (!rw.isEmpty()) {
      config.set("mount", rw);
    }
    if (!ro.isEmpty()) {
      config.set("mount_read_only", ro);
    }
  }

  private static ObjectNode sorted(ObjectNode in) {
    ObjectNode out = F.objectNode();
    in.propertyNames().stream().sorted().forEach(k -> out.set(k, in.get(k)));
    return out;
  }
}
