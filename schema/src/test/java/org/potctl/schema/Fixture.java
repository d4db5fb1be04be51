package org.potctl.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.potctl.schema.diag.Diagnostic;

/** Writes Potfiles into a directory and loads it. */
final class Fixture {

  private final Path dir;

  Fixture(Path dir) {
    this.dir = dir;
  }

  Fixture file(String relative, String content) {
    try {
      Path f = dir.resolve(relative);
      Files.createDirectories(f.getParent());
      Files.writeString(f, content);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path dir() {
    return dir;
  }

  LoadResult load() {
    return new SpecLoader().load(dir, LoadOptions.defaults());
  }

  /** Each diagnostic as {@code REL:LINE:COL: severity: path: message}, sorted. */
  List<String> lines() {
    return lines(load());
  }

  List<String> lines(LoadResult result) {
    return result.diagnostics().stream().map(this::line).toList();
  }

  String line(Diagnostic d) {
    String where =
        d.location()
            .map(
                l ->
                    dir.relativize(l.file()).toString().replace('\\', '/')
                        + ":"
                        + l.line()
                        + ":"
                        + l.column())
            .orElse("-");
    return where + ": " + d.severity().label() + ": " + d.qualifiedMessage();
  }
}
