package org.potctl.controller.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.potctl.schema.model.MountSpec;
import org.potctl.schema.model.NetworkType;
import org.potctl.schema.model.PotSpec;
import org.potctl.schema.model.PotType;
import org.potctl.schema.model.Spec;

/**
 * What in a pot has no equivalent under Nomad and the nomad-pot-driver: each finding is one error
 * unless the pot says {@code nomad: false}. The driver runs {@code pot prepare}, which clones the
 * image onto {@code inherit}, {@code public-bridge} or {@code alias} networks with a pot-chosen
 * address, and splits {@code mount} and {@code attributes} entries at every {@code :}; it clones
 * only images, never a template pot on the client.
 */
final class NomadRules {

  /**
   * One thing that cannot be exported.
   *
   * @param path the Potfile path, e.g. {@code pots.db.network.type}
   * @param message why
   */
  record Finding(String path, String message) {}

  private NomadRules() {}

  static List<Finding> check(Spec spec, PotSpec pot) {
    String at = "pots." + pot.name();
    List<Finding> out = new ArrayList<>();
    if (pot.type() == PotType.MULTI) {
      out.add(
          new Finding(
              at + ".type",
              "type multi has no Nomad equivalent: the driver runs images, and pot export takes"
                  + " only single pots"));
    }
    pot.options()
        .template()
        .ifPresent(
            t ->
                out.add(
                    new Finding(
                        at + ".template",
                        "a clone of template "
                            + t
                            + " has no Nomad equivalent: the driver runs pot prepare of an"
                            + " image; build one (potctl image build) and name it with image:")));
    NetworkType net = pot.network().type();
    if (net == NetworkType.PRIVATE_BRIDGE) {
      out.add(
          new Finding(
              at + ".network.type",
              "private-bridge has no Nomad equivalent: the driver's network_mode takes no bridge"));
    }
    pot.network()
        .ip()
        .ifPresent(
            ip ->
                out.add(
                    new Finding(
                        at + ".network.ip",
                        "static IP "
                            + ip
                            + " has no Nomad equivalent: pot prepare picks the"
                            + " address")));
    for (int i = 0; i < pot.mounts().size(); i++) {
      MountSpec m = pot.mounts().get(i);
      if (m.at().contains(":") || NomadMounts.hostPath(m, "").contains(":")) {
        out.add(
            new Finding(
                at + ".mounts[" + i + "]",
                "a mount path with ':' cannot be passed: the driver splits mount entries at every"
                    + " ':'"));
      }
    }
    for (Map.Entry<String, String> a : pot.attributes().entrySet()) {
      if (a.getValue().contains(":")) {
        out.add(
            new Finding(
                at + ".attributes." + a.getKey(),
                "an attribute value with ':' cannot be passed: the driver splits at every ':'"));
      }
    }
    if (pot.options().cmd().filter(c -> c.contains("\"")).isPresent()) {
      out.add(
          new Finding(
              at + ".cmd",
              "a cmd with '\"' cannot be passed: the driver wraps command in double quotes"));
    }
    if (pot.options().cmd().filter(c -> c.contains("${")).isPresent()) {
      out.add(
          new Finding(
              at + ".cmd",
              "a cmd with '${' cannot be passed: Nomad replaces ${...} in task config with node"
                  + " attributes and the task's environment at the client, and has no escape"));
    }
    pot.options()
        .hooks()
        .ifPresent(
            h ->
                h.scripts()
                    .keySet()
                    .forEach(
                        type ->
                            out.add(
                                new Finding(
                                    at + ".hooks." + type,
                                    "hook "
                                        + type
                                        + " has no Nomad equivalent: the nomad-pot-driver has no"
                                        + " hook setting and never runs pot set-hook; a hook for"
                                        + " the client must be in the image pot itself"
                                        + " (conf/"
                                        + type
                                        + ".sh, which the clone of pot prepare copies)"))));
    for (String dep : pot.dependsOn()) {
      PotSpec d = spec.pots().get(dep);
      if (d != null && !d.nomad()) {
        out.add(
            new Finding(
                at + ".depends_on",
                "depends on pot "
                    + dep
                    + ", which is left out of Nomad (nomad: false): its"
                    + " prestart wait would never end"));
      }
    }
    return out;
  }
}
