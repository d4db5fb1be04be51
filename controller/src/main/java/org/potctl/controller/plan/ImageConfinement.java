package org.potctl.controller.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.potctl.schema.bind.AttributeValues;
import org.potctl.schema.bind.Outcome;
import org.potctl.schema.bind.PortSyntax;
import org.potctl.schema.bind.ReservedHostPorts;
import org.potctl.schema.model.PortExport;
import org.potctl.schema.yaml.Text;
import org.potctl.state.model.Pot;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What an imported image pot may carry into the pots cloned from it ({@link
 * Readiness.ImageConfined}). An image is a file the spec names by URL, so its {@code conf} is the
 * spec author's as much as a Potfile is, and {@code pot clone} copies it past every rule of the
 * Potfile: {@code pot.conf} but for the network lines (clone.sh:191), the hook scripts
 * (clone.sh:216-227) and, for a single pot, {@code fscomp.conf} verbatim (clone.sh:103). So it is
 * held to the Potfile's rules: no hook without {@code --allow-hooks}, every {@code pot.attr.*}
 * value one {@link AttributeValues} accepts and, without {@code --allow-privileged-attributes}, no
 * privileged one, no reserved host port in {@code pot.export.ports}, no mount but the image pot's
 * own datasets and pot's read-only bases, and none on the jail's {@code /dev} or {@code /proc}
 * ({@link ImageMounts}), and no {@code pot.depend} (clone.sh copies it, and {@code pot start} would
 * start the named pot, another spec's or one made by hand, with every pot cloned from the image).
 */
public final class ImageConfinement {

  /** The hook types pot knows, {@code conf/<type>.sh}. */
  public static final List<String> HOOKS = List.of("prestart", "poststart", "prestop", "poststop");

  private ImageConfinement() {}

  /**
   * What an image pot already on the host carries, as the observation saw it (imported by an
   * earlier apply, maybe under options this run does not give, or before this rule existed): its
   * hooks, {@code pot.attr.*}, {@code pot.export.ports}, {@code pot.depend} and fscomp.conf lines,
   * judged as their lines are after an import, so a clone from it is a plan error instead of a
   * copy.
   */
  public static List<String> problems(Readiness.ImageConfined r, Pot image) {
    StringBuilder conf = new StringBuilder();
    image
        .attributes()
        .forEach((k, v) -> conf.append("pot.attr.").append(k).append('=').append(v).append('\n'));
    if (!image.ports().isEmpty()) {
      conf.append("pot.export.ports=");
      image.ports().forEach(p -> conf.append(p.toPotArgument()).append(' '));
      conf.append('\n');
    }
    image.depends().forEach(d -> conf.append("pot.depend=").append(d).append('\n'));
    StringBuilder fscomp = new StringBuilder();
    image.mounts().forEach(m -> fscomp.append(m.toLine()).append('\n'));
    return problems(r, image.hooks().keySet(), conf.toString(), fscomp.toString());
  }

  /**
   * What the image pot {@code r.pot()} carries that the spec could not ask for, from its files as
   * its {@code pot import} left them: the hook types it has ({@link #HOOKS}), its {@code pot.conf}
   * and {@code fscomp.conf} text; empty when nothing.
   */
  public static List<String> problems(
      Readiness.ImageConfined r, Set<String> hooks, String potConf, String fscompConf) {
    List<String> problems = new ArrayList<>();
    if (!r.hooks()) {
      for (String type : HOOKS.stream().filter(hooks::contains).toList()) {
        problems.add(
            "it carries a "
                + type
                + " hook (conf/"
                + type
                + ".sh), which pot clone copies and pot runs on the host as root; the operator"
                + " must pass --allow-hooks");
      }
    }
    problems.addAll(confProblems(r, potConf));
    problems.addAll(ImageMounts.problems(r, fscompConf));
    return List.copyOf(problems);
  }

  private static List<String> confProblems(Readiness.ImageConfined r, String conf) {
    List<String> problems = new ArrayList<>();
    for (String line : conf.lines().toList()) {
      int eq = line.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String key = line.substring(0, eq);
      String value = line.substring(eq + 1);
      if (key.startsWith("pot.attr.")) {
        attribute(r, key.substring("pot.attr.".length()), value).ifPresent(problems::add);
      } else if (key.equals("pot.export.ports")) {
        problems.addAll(ports(r, value));
      } else if (key.equals("pot.depend")) {
        // the image does not know which pots are the spec's: another spec's, or one made by hand,
        // would be started (and its tree written by pot) with every pot cloned from it
        problems.add(
            "its pot.conf makes the pot depend on pot "
                + Text.quote(unquoted(value))
                + " (pot.depend), which pot start starts with every pot made from it; an image may"
                + " carry no dependencies (give them in the pot's depends_on)");
      }
    }
    return problems;
  }

  private static Optional<String> attribute(Readiness.ImageConfined r, String name, String value) {
    if (!AttributeValues.names().contains(name)) {
      return Optional.empty(); // to-be-pruned and what pot itself keeps there
    }
    String raw = unquoted(value);
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    Outcome<String> normal =
        AttributeValues.normalise(name, JsonNodeFactory.instance.stringNode(raw));
    if (!normal.isOk()) {
      return Optional.of(
          "its pot.conf sets attribute "
              + name
              + " to "
              + Text.quote(raw)
              + ": "
              + normal.problem());
    }
    return r.privilegedAttributes()
        ? Optional.empty()
        : AttributeValues.privileged(name, normal.get()).map(p -> "its pot.conf: " + p);
  }

  private static List<String> ports(Readiness.ImageConfined r, String value) {
    ReservedHostPorts reserved = ReservedHostPorts.parse(r.reservedHostPorts());
    List<String> problems = new ArrayList<>();
    for (String word : unquoted(value).split(" +")) {
      if (word.isEmpty()) {
        continue;
      }
      Outcome<PortExport> port = PortSyntax.parse(JsonNodeFactory.instance.stringNode(word));
      if (!port.isOk()) {
        problems.add("its pot.conf exports " + Text.quote(word) + ": " + port.problem());
      } else if (port.get().hostPort().isPresent()) {
        reserved
            .problem(port.get().hostPort().getAsInt())
            .ifPresent(p -> problems.add("its pot.conf exports " + word + ": " + p));
      }
    }
    return problems;
  }

  /** pot.conf values may be written in double quotes ({@code host.hostname="…"}). */
  private static String unquoted(String value) {
    String v = value.strip();
    return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")
        ? v.substring(1, v.length() - 1)
        : v;
  }
}
