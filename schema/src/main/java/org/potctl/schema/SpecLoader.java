package org.potctl.schema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.potctl.schema.bind.Declarations;
import org.potctl.schema.bind.SpecBinder;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.schema.model.Spec;
import org.potctl.schema.validate.CheckContext;
import org.potctl.schema.validate.SchemaCheck;
import org.potctl.schema.validate.SpecRule;
import org.potctl.schema.yaml.PotfileDocument;
import org.potctl.schema.yaml.YamlLimits;
import org.potctl.schema.yaml.YamlReader;

/**
 * Loads a spec directory: every {@code *.yaml}/{@code *.yml} file under it (recursively, sorted by
 * path, dot-directories skipped, symbolic links not followed), validated against the Potfile v1
 * schema and the rules of DESIGN.md §2, and bound to a {@link Spec}. Never throws on bad input:
 * every problem becomes a diagnostic, and all of them are reported in one run. Reads the spec
 * directory and nothing else on the host. Instances hold no state and may be shared between
 * threads.
 */
public final class SpecLoader {

  /** From this many files on, they are parsed in parallel. */
  static final int PARALLEL_FROM = 2;

  private final YamlReader reader = new YamlReader(YamlLimits.defaults());
  private final SchemaCheck schemaCheck = new SchemaCheck();

  /** Loads and validates {@code dir}. */
  public LoadResult load(Path dir, LoadOptions options) {
    Diagnostics.Builder out = Diagnostics.builder();
    Optional<Spec> spec = Optional.empty();
    try {
      spec = loadInto(dir, options, out);
    } catch (RuntimeException e) {
      out.add(Diagnostic.error("", "internal error while loading the spec: " + e));
    }
    Diagnostics diagnostics = out.build();
    return new LoadResult(diagnostics.hasErrors() ? Optional.empty() : spec, diagnostics);
  }

  private Optional<Spec> loadInto(Path dir, LoadOptions options, Diagnostics.Builder out) {
    if (!Files.isDirectory(dir)) {
      out.add(
          Diagnostic.error("", "spec directory " + dir + " does not exist or is not a directory"));
      return Optional.empty();
    }
    List<SpecFiles.Found> files = SpecFiles.discover(dir, out);
    if (files.isEmpty() && !out.hasErrors()) {
      out.add(Diagnostic.error("", "no Potfiles (*.yaml, *.yml) in " + dir));
    }
    List<PotfileDocument> docs = new ArrayList<>();
    boolean complete = true;
    for (Parsed p : parseAll(files)) {
      out.addAll(p.diagnostics().all());
      p.doc().ifPresent(docs::add);
      complete &= p.doc().isPresent();
    }
    Declarations decls = Declarations.collect(docs, out);
    CheckContext ctx =
        new CheckContext(
            dir,
            decls,
            options.allowedHostDirs(),
            complete,
            options.allowPrivilegedAttributes(),
            options.allowHooks(),
            options.reservedHostPorts(),
            options.allowedImageHosts());
    SpecRule.all().forEach(rule -> rule.check(ctx, out));
    return out.hasErrors() ? Optional.empty() : new SpecBinder(dir).bind(decls, out);
  }

  /** One Potfile read, parsed and checked against the schema, with its own diagnostics. */
  private record Parsed(Optional<PotfileDocument> doc, Diagnostics diagnostics) {}

  /**
   * Reads, parses and schema-checks every file; in parallel (the common fork-join pool and this
   * thread) when there are several, each file with its own diagnostics, the results in file order.
   * The files are independent until {@link Declarations#collect} joins them.
   */
  private List<Parsed> parseAll(List<SpecFiles.Found> files) {
    return files.size() < PARALLEL_FROM
        ? files.stream().map(this::parse).toList()
        : files.parallelStream().map(this::parse).toList();
  }

  private Parsed parse(SpecFiles.Found f) {
    Diagnostics.Builder out = Diagnostics.builder();
    Optional<PotfileDocument> doc =
        SpecFiles.read(f, out).flatMap(text -> reader.read(f.file(), f.relative(), text, out));
    doc.ifPresent(d -> schemaCheck.check(d, out));
    return new Parsed(doc, out.build());
  }
}
