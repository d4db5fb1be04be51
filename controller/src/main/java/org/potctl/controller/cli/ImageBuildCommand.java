package org.potctl.controller.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.potctl.controller.export.ImageTag;
import org.potctl.controller.kind.BuildSteps;
import org.potctl.controller.render.DiagnosticsRenderer;
import org.potctl.schema.LoadResult;
import org.potctl.schema.SpecLoader;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.schema.model.PotSpec;
import org.potctl.schema.model.PotType;
import org.potctl.schema.model.Spec;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.CommandResult;
import org.potctl.state.host.Host;
import org.potctl.state.host.HostConnector;
import org.potctl.state.model.HostState;
import org.potctl.state.observe.HostObserver;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code potctl image build DIR POT [--tag T] [--out DIR]}: runs pot's build sequence for a single
 * spec pot made from a base on the host ({@link BuildSteps}) and leaves {@code
 * <out>/<pot>_<tag>.xz} with {@code .meta} and {@code .skein}. The default tag is {@link ImageTag}:
 * a short digest of what the image is made of. Exit 0 when written; 1 for an invalid spec, a pot
 * that cannot be built (named in the message) or a failing pot command (its output shown); 64 on
 * usage.
 */
@picocli.CommandLine.Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = "Build the pot image <POT>_<TAG>.xz of a spec pot on the host (pot export).")
final class ImageBuildCommand implements Callable<Integer> {

  @ParentCommand ImageCommand parent;

  @picocli.CommandLine.Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The spec directory.")
  Path dir;

  @Parameters(index = "1", paramLabel = "POT", description = "The spec pot to build.")
  String pot;

  @Option(
      names = "--tag",
      paramLabel = "TAG",
      description = "Image tag (default: a digest of base, type and flavours).")
  String tag;

  @Option(
      names = "--out",
      defaultValue = "images",
      paramLabel = "OUTDIR",
      description = "Directory on the host the image is written to (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new ParameterException(
          spec.commandLine(), "spec directory '" + dir + "' does not exist or is not a directory");
    }
    GlobalOptions global = parent.parent.global;
    LoadResult loaded = new SpecLoader().load(dir, global.loadOptions());
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Diagnostics d = loaded.diagnostics();
    if (loaded.spec().isEmpty()) {
      DiagnosticsRenderer.text().render(d, err);
      return ExitCode.ERROR.code();
    }
    Spec s = loaded.spec().get();
    PotSpec p = s.pots().get(pot);
    String problem = problem(s, p);
    if (problem != null) {
      err.println("potctl: " + problem);
      return ExitCode.ERROR.code();
    }
    String t = tag == null ? ImageTag.of(s, p) : tag;
    Path target = out.toAbsolutePath().normalize();
    try (Host host = HostConnector.connect(PlanningArgs.hostSpec(spec.commandLine(), global))) {
      err.println(host.banner());
      HostState state = HostObserver.create(host.runner(), host.files()).observe();
      String refused = refused(state, p);
      if (refused != null) {
        err.println("potctl: " + refused);
        return ExitCode.ERROR.code();
      }
      Files.createDirectories(target);
      for (Command c : BuildSteps.of(p, t, target.toString())) {
        err.println("+ " + String.join(" ", c.argv()));
        err.flush();
        CommandResult r = host.runner().run(c);
        if (!r.succeeded()) {
          err.print(r.stdout());
          err.print(r.stderr());
          err.println("potctl: image build failed at: " + String.join(" ", c.argv()));
          return ExitCode.ERROR.code();
        }
      }
    }
    stdout.println("wrote " + target.resolve(pot + "_" + t + ".xz") + " (.meta, .skein)");
    stdout.println(
        "use it: image: {url: \"file://" + target + "\", name: " + pot + ", tag: \"" + t + "\"}");
    stdout.flush();
    return ExitCode.OK.code();
  }

  private String problem(Spec s, PotSpec p) {
    if (p == null) {
      return "the spec has no pot " + pot + " (pots: " + String.join(", ", s.pots().keySet()) + ")";
    }
    if (p.isClone()) {
      return "pot "
          + pot
          + " is cloned from an image or a template; image build makes images of"
          + " pots created from a base";
    }
    if (p.type() != PotType.SINGLE) {
      return "pot " + pot + " is a multi pot; pot export takes only single pots";
    }
    return null;
  }

  private String refused(HostState state, PotSpec p) {
    if (state.pots().containsKey(p.name())) {
      return "pot "
          + p.name()
          + " exists on the host; image build creates (and destroys) a pot of"
          + " that name, so build on a host without it";
    }
    List<String> missing =
        p.flavours().stream().filter(f -> !state.flavours().containsKey(f)).toList();
    if (!missing.isEmpty()) {
      return "flavours "
          + String.join(", ", missing)
          + " are not installed on the host; run"
          + " potctl apply of the spec there first (it installs spec flavours)";
    }
    return null;
  }
}
