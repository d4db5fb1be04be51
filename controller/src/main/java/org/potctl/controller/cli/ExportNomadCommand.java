package org.potctl.controller.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.potctl.controller.export.NomadExport;
import org.potctl.controller.export.NomadJob;
import org.potctl.controller.export.NomadOptions;
import org.potctl.controller.render.DiagnosticsRenderer;
import org.potctl.controller.render.JsonDocument;
import org.potctl.controller.render.JsonOutput;
import org.potctl.schema.LoadResult;
import org.potctl.schema.SpecLoader;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.schema.model.Spec;
import org.potctl.state.pot.PotArguments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code potctl export nomad DIR --registry URL [--datacenter DC] [--out OUTDIR] [-o json]}: one
 * Nomad API job file {@code <OUTDIR>/<spec-id>-<pot>.json} per pot. Exit 0 when written, 1 when the
 * spec is invalid or a pot cannot be expressed in Nomad (then nothing is written), 64 on usage.
 */
@Command(
    name = "nomad",
    mixinStandardHelpOptions = true,
    description = "Write one Nomad job (API JSON, for nomad-pot-driver) per pot of the spec.")
final class ExportNomadCommand implements Callable<Integer> {

  private static final JsonMapper MAPPER = JsonOutput.mapper();

  @ParentCommand ExportCommand parent;

  @picocli.CommandLine.Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The spec directory.")
  Path dir;

  @Option(
      names = "--registry",
      required = true,
      paramLabel = "URL",
      description = "HTTP server the pot images are served from (pot prepare -U).")
  String registry;

  @Option(
      names = "--datacenter",
      defaultValue = "dc1",
      paramLabel = "DC",
      description = "Nomad datacenter (default: ${DEFAULT-VALUE}).")
  String datacenter;

  @Option(
      names = "--out",
      defaultValue = "nomad",
      paramLabel = "OUTDIR",
      description = "Directory the job files are written to (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--pot-fs-root",
      defaultValue = NomadOptions.DEFAULT_FS_ROOT,
      paramLabel = "PATH",
      description = "POT_FS_ROOT on the Nomad clients (default: ${DEFAULT-VALUE}).")
  String fsRoot;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: text (default) or json.")
  ValidateCommand.Format output;

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
    if (loaded.spec().isEmpty()) {
      return failed(loaded.diagnostics(), stdout, err);
    }
    Spec s = loaded.spec().get();
    NomadOptions options = new NomadOptions(specId(global), registry, datacenter, fsRoot);
    NomadExport.Result result = NomadExport.export(s, options);
    Diagnostics all = loaded.diagnostics().plus(result.diagnostics());
    if (all.hasErrors()) {
      return failed(all, stdout, err);
    }
    Files.createDirectories(out);
    for (NomadJob job : result.jobs()) {
      OutputFiles.replace(
          file(job),
          MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(job.json()) + "\n",
          "rw-r--r--");
    }
    report(result, all, stdout, err);
    return ExitCode.OK.code();
  }

  private String specId(GlobalOptions global) {
    String id =
        Optional.ofNullable(global.specId())
            .orElseGet(
                () -> {
                  Path name = dir.toAbsolutePath().normalize().getFileName();
                  return name == null ? "" : name.toString();
                });
    return PotArguments.id("spec id", id);
  }

  private Path file(NomadJob job) {
    return out.resolve(job.name() + ".json");
  }

  private int failed(Diagnostics d, PrintWriter stdout, PrintWriter err) {
    if (output == ValidateCommand.Format.JSON) {
      JsonDocument.write(stdout, JsonDocument.fields(document(NomadExport.emptyResult())), d);
    } else {
      DiagnosticsRenderer.text().render(d, err);
    }
    return ExitCode.ERROR.code();
  }

  private void report(NomadExport.Result r, Diagnostics d, PrintWriter stdout, PrintWriter err) {
    if (output == ValidateCommand.Format.JSON) {
      JsonDocument.write(stdout, JsonDocument.fields(document(r)), d);
    } else {
      DiagnosticsRenderer.text().render(d, err);
      r.jobs().forEach(j -> stdout.println("wrote " + file(j) + " (pot " + j.pot() + ")"));
      r.skipped().forEach(p -> stdout.println("left out pot " + p + " (nomad: false)"));
      r.clientObjects().forEach(a -> stdout.println("needs on every client (potctl apply): " + a));
    }
    stdout.flush();
  }

  private ObjectNode document(NomadExport.Result r) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    var jobs = root.putArray("jobs");
    r.jobs()
        .forEach(
            j ->
                jobs.addObject()
                    .put("pot", j.pot())
                    .put("name", j.name())
                    .put("file", file(j).toString()));
    var skipped = root.putArray("skipped");
    r.skipped().forEach(skipped::add);
    var client = root.putArray("client_objects");
    r.clientObjects().forEach(a -> client.add(a.toString()));
    return root;
  }
}
