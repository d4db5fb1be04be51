package org.potctl.controller.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.potctl.controller.ApplyRequest;
import org.potctl.controller.EngineRequest;
import org.potctl.controller.HostChange;
import org.potctl.controller.export.ImageTag;
import org.potctl.state.host.HostSpec;
import org.potctl.state.pot.PotArguments;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code potctl image build DIR POT [--tag T] [--out DIR] [--sign-key SECKEY]}: a host change
 * through {@link org.potctl.controller.Engine#change} (host lock, plan shown and confirmed,
 * journal, {@code --dry-run}, {@code -o json}) that writes the spec flavours the pot names and runs
 * pot's build sequence ({@code mkdir -p OUT}, create, snapshot, export, destroy), leaving {@code
 * <OUT>/<POT>_<TAG>.xz} with {@code .meta} and {@code .skein} (and {@code .skein.sig} with {@code
 * --sign-key}) on the host. The default tag is {@link ImageTag}. Exit 0 when written; 1 for an
 * invalid spec, a pot that cannot be built or a failing step; 3 refused (a pot of that name on the
 * host, lock held, not confirmed); 64 on usage.
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
      description =
          "Directory on the host the image is written to, created there when absent (default:"
              + " ${DEFAULT-VALUE}; relative to the working directory on a local or sim host,"
              + " absolute on an ssh host).")
  String out;

  @Option(
      names = "--sign-key",
      paramLabel = "SECKEY",
      description = "signify secret key on the host: pot export -S signs the image (.skein.sig).")
  String signKey;

  @Mixin LockOption lock;

  @Mixin HostChangeOptions options;

  @Override
  public Integer call() {
    GlobalOptions global = parent.parent.global;
    EngineRequest request = PlanningArgs.options(spec.commandLine(), global, dir);
    String target = target(PlanningArgs.hostSpec(spec.commandLine(), global));
    try {
      PotArguments.name("pot", pot);
      Optional.ofNullable(signKey).ifPresent(k -> PotArguments.absolutePath("--sign-key", k));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    List<String> argv = new ArrayList<>(List.of("potctl image build", dir.toString(), pot));
    Optional.ofNullable(tag).ifPresent(t -> argv.addAll(List.of("--tag", t)));
    argv.addAll(List.of("--out", target));
    return new HostChanges(spec.commandLine(), options, "image build")
        .run(
            new HostChange.ImageBuild(
                request, pot, Optional.ofNullable(tag), target, Optional.ofNullable(signKey)),
            ApplyRequest.of(String.join(" ", argv))
                .withLockWait(lock.timeout(spec.commandLine()))
                .withJournalsKept(global.journalsKept()));
  }

  /** {@code --out} as an absolute path on the host. */
  private String target(HostSpec host) {
    String given = out;
    if (!given.startsWith("/")) {
      if (host instanceof HostSpec.Ssh) {
        throw new ParameterException(
            spec.commandLine(), "--out must be an absolute path on an ssh host: '" + given + "'");
      }
      given = Path.of(given).toAbsolutePath().normalize().toString();
    }
    if (tag != null && !tag.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")) {
      throw new ParameterException(spec.commandLine(), "--tag: invalid image tag '" + tag + "'");
    }
    try {
      return PotArguments.absolutePath("--out", given);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
