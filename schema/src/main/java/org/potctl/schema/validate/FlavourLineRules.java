package org.potctl.schema.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.potctl.schema.address.ResourceKind;
import org.potctl.schema.bind.AttributeValues;
import org.potctl.schema.bind.Outcome;
import org.potctl.schema.bind.PortSyntax;
import org.potctl.schema.bind.ReservedHostPorts;
import org.potctl.schema.model.PortExport;
import org.potctl.schema.yaml.Text;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Holds each parsed {@link FlavourLine} to the rules of the Potfile field it mirrors: {@code
 * mount-in -d} like a {@code dir} mount (under an allowed root), {@code -f} like an {@code fscomp}
 * mount (a fscomp of this spec), {@code -z} refused (a bare dataset cannot be shown to be this
 * spec's), {@code copy-in -s} an absolute path under an allowed root (pot resolves a relative one
 * on the host, not in the spec), {@code mount-in -m} like a mount's {@code at} ({@link
 * SafePath#mountTargetProblem}), {@code copy-in -d} inside the pot ({@link SafePath#inPotProblem}),
 * {@code add-dep -P} a pot of this spec, {@code set-attribute} through {@link AttributeValues}
 * (privileged values need the operator's opt-in), {@code export-ports} through {@link PortSyntax},
 * {@code set-rss} like {@code resources}, {@code set-env} like {@code env}.
 */
final class FlavourLineRules {

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,54}");
  private static final Pattern CPUS = Pattern.compile("[1-9][0-9]{0,3}");
  private static final Pattern MEMORY = Pattern.compile("[1-9][0-9]{0,9}[bBkKmMgG]?");
  private static final Pattern ENV = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}=[^=]*");

  private FlavourLineRules() {}

  /** Why {@code line} asks for more than the spec may, or empty when it does not. */
  static Optional<String> problem(FlavourLine line, CheckContext ctx) {
    return switch (line.sub()) {
      case "add-dep" -> required(line, 'P').or(() -> dependency(line.get('P').get(), ctx));
      case "set-attribute" -> attribute(line, ctx);
      case "copy-in", "copy-in-flv" -> copyIn(line, ctx.allowedHostDirs());
      case "mount-in" -> mountIn(line, ctx);
      case "set-rss" -> rss(line);
      case "export-ports" ->
          required(line, 'e').or(() -> port(line.get('e').orElse(""), ctx.reservedHostPorts()));
      case "set-cmd" -> required(line, 'c');
      case "set-env" ->
          required(line, 'E')
              .or(() -> matches(ENV, line.get('E').orElse(""), "-E must be NAME=VALUE"));
      default -> Optional.of("pot does not run " + Text.quote(line.sub()) + " in flavours");
    };
  }

  private static Optional<String> attribute(FlavourLine line, CheckContext ctx) {
    Optional<String> missing = required(line, 'A').or(() -> required(line, 'V'));
    if (missing.isPresent()) {
      return missing;
    }
    String name = line.get('A').orElseThrow();
    if (!AttributeValues.names().contains(name)) {
      return Optional.of(
          "unknown attribute " + Text.quote(name) + DidYouMean.hint(name, AttributeValues.names()));
    }
    Outcome<String> value =
        AttributeValues.normalise(name, JsonNodeFactory.instance.stringNode(line.get('V').get()));
    if (!value.isOk()) {
      return Optional.of("attribute " + name + " " + value.problem());
    }
    return ctx.allowPrivileged() ? Optional.empty() : AttributeValues.privileged(name, value.get());
  }

  private static Optional<String> copyIn(FlavourLine line, List<Path> roots) {
    Optional<String> missing = required(line, 's').or(() -> required(line, 'd'));
    if (missing.isPresent()) {
      return missing;
    }
    String source = line.get('s').orElseThrow();
    Optional<String> src =
        source.startsWith("/")
            ? underRoot(source, roots, "-s")
            : Optional.of(
                "-s "
                    + Text.quote(source)
                    + " is relative: pot resolves it on the host (against its working directory,"
                    + " or the flavour directory for copy-in-flv), not in the spec; use an"
                    + " absolute path under an allowed root");
    return src.or(() -> SafePath.inPotProblem(line.get('d').orElseThrow()).map(p -> "-d " + p));
  }

  private static Optional<String> mountIn(FlavourLine line, CheckContext ctx) {
    long sources = "fdz".chars().filter(c -> line.get((char) c).isPresent()).count();
    if (sources != 1) {
      return Optional.of("mount-in needs exactly one of -f FSCOMP, -d DIR");
    }
    if (line.get('z').isPresent()) {
      return Optional.of(
          "mount-in -z is refused: a dataset cannot be shown to belong to this spec;"
              + " use -f with a fscomp of this spec");
    }
    if (line.get('w').isPresent()) {
      return Optional.of(
          "mount-in -w is refused: pot would move the fscomp's own ZFS mountpoint into the pot, and"
              + " at every stop to jails/POT/FSCOMP (over the pot's conf or m directory for a"
              + " fscomp named so); with -d pot refuses it. Mount without -w");
    }
    Optional<String> target =
        required(line, 'm')
            .or(() -> SafePath.mountTargetProblem(line.get('m').orElseThrow()).map(p -> "-m " + p));
    if (target.isPresent()) {
      return target;
    }
    if (line.get('d').isPresent()) {
      return underRoot(line.get('d').get(), ctx.allowedHostDirs(), "-d");
    }
    String fscomp = line.get('f').orElseThrow();
    return ctx.declarations().of(ResourceKind.FSCOMP).containsKey(fscomp)
        ? Optional.empty()
        : Optional.of("mount-in -f " + Text.quote(fscomp) + " is not a fscomp of this spec");
  }

  private static Optional<String> rss(FlavourLine line) {
    if (line.options().isEmpty()) {
      return Optional.of("set-rss needs -C CPUS or -M MEMORY");
    }
    return line.get('C')
        .flatMap(c -> matches(CPUS, c, "-C must be a number of CPUs, at least 1"))
        .or(
            () ->
                line.get('M')
                    .flatMap(m -> matches(MEMORY, m, "-M must be a size in B, K, M or G")));
  }

  private static Optional<String> underRoot(String path, List<Path> roots, String option) {
    Optional<String> unsafe = SafePath.absoluteProblem(path);
    if (unsafe.isPresent()) {
      return Optional.of(option + " " + unsafe.get());
    }
    if (roots.stream().noneMatch(Path.of(path)::startsWith)) {
      String allowed = String.join(", ", roots.stream().map(Path::toString).toList());
      return Optional.of(
          option
              + " "
              + path
              + " is not under an allowed root ("
              + allowed
              + "); add one with --allow-host-dir");
    }
    return Optional.empty();
  }

  private static Optional<String> port(String text, ReservedHostPorts reserved) {
    Outcome<PortExport> port = PortSyntax.parse(JsonNodeFactory.instance.stringNode(text));
    if (!port.isOk()) {
      return Optional.of("-e " + port.problem());
    }
    OptionalInt host = port.get().hostPort();
    return host.isPresent()
        ? reserved.problem(host.getAsInt()).map(p -> "-e " + p)
        : Optional.empty();
  }

  private static Optional<String> dependency(String pot, CheckContext ctx) {
    return matches(NAME, pot, "-P must be a pot name")
        .or(
            () ->
                ctx.declarations().of(ResourceKind.POT).containsKey(pot)
                    ? Optional.empty()
                    : Optional.of("add-dep -P " + Text.quote(pot) + " is not a pot of this spec"));
  }

  private static Optional<String> matches(Pattern p, String value, String problem) {
    return p.matcher(value).matches()
        ? Optional.empty()
        : Optional.of(problem + ", got " + Text.quote(value));
  }

  private static Optional<String> required(FlavourLine line, char option) {
    return line.get(option).isPresent()
        ? Optional.empty()
        : Optional.of(line.sub() + " needs -" + option);
  }
}
