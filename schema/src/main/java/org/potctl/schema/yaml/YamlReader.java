package org.potctl.schema.yaml;

import java.nio.file.Path;
import java.util.Optional;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.schema.diag.SourceLocation;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Parses one Potfile into a {@link PotfileDocument}. Syntax errors, duplicate keys and exceeded
 * {@link YamlLimits} become diagnostics; nothing is thrown.
 */
public final class YamlReader {

  private final YamlLimits limits;

  /** A reader with the given limits. */
  public YamlReader(YamlLimits limits) {
    this.limits = limits;
  }

  /**
   * Parses {@code content}. Returns the document when it could be built (it may still have had
   * duplicate keys, reported to {@code diagnostics}); empty after a fatal problem.
   */
  public Optional<PotfileDocument> read(
      Path file, String relative, String content, Diagnostics.Builder diagnostics) {
    TreeBuilder builder = new TreeBuilder(file, limits);
    try {
      rejectUnprintable(file, content, limits.maxScalarLength());
      rejectReservedDirectives(file, content);
      parse(file, content, builder);
    } catch (TreeBuilder.Stop stop) {
      diagnostics.add(stop.diagnostic);
      return Optional.empty();
    } catch (MarkedYamlEngineException e) {
      diagnostics.add(syntaxError(builder, e));
      return Optional.empty();
    } catch (YamlEngineException e) {
      diagnostics.add(
          Diagnostic.error("", "cannot read YAML: " + firstLine(e), SourceLocation.startOf(file)));
      return Optional.empty();
    } finally {
      diagnostics.addAll(builder.problems());
    }
    return Optional.of(
        new PotfileDocument(
            file,
            relative,
            content,
            builder.root().orElse(JsonNodeFactory.instance.nullNode()),
            builder.index()));
  }

  private void parse(Path file, String content, TreeBuilder builder) {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(file.toString())
            .setUseMarks(true)
            .setAllowDuplicateKeys(false)
            .setAllowRecursiveKeys(false)
            .setMaxAliasesForCollections(limits.maxAliases())
            .setCodePointLimit(limits.maxCodePoints())
            .build();
    ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, content));
    int documents = 0;
    while (parser.hasNext()) {
      Event event = parser.next();
      if (event.getEventId() == Event.ID.DocumentStart && ++documents > 1) {
        throw new TreeBuilder.Stop(
            Diagnostic.error(
                "",
                "a Potfile holds one YAML document; split the others into their own files",
                builder.location(event.getStartMark())));
      }
      builder.accept(event);
    }
  }

  /**
   * One linear pass before the parser: characters YAML does not allow, bidirectional and invisible
   * characters ({@link Text#isHiding}) anywhere (the one byte order mark a file may start with is
   * gone already: a second one, U+FEFF as the first character, is refused), and a run of more than
   * {@code maxRun} characters without a blank or line break, which can only be (part of) a scalar
   * longer than the limit. snakeyaml-engine scans such a run in time quadratic in its length (a 3.9
   * MB one took minutes and half a gigabyte), so it is refused before the parser sees it.
   */
  private static void rejectUnprintable(Path file, String content, int maxRun) {
    int line = 1;
    int column = 1;
    int run = 0;
    for (int i = 0; i < content.length(); ) {
      int c = content.codePointAt(i);
      run = c == ' ' || c == '\t' || c == '\n' || c == '\r' ? 0 : run + 1;
      if (run > maxRun) {
        throw new TreeBuilder.Stop(
            Diagnostic.error(
                "",
                "more than "
                    + maxRun
                    + " characters without a space or line break: a value is at most "
                    + maxRun
                    + " characters",
                new SourceLocation(file, line, column - maxRun)));
      }
      if (Text.isHiding(c)) {
        throw new TreeBuilder.Stop(
            Diagnostic.error(
                "",
                String.format(
                    "%s character U+%04X is not allowed anywhere in a Potfile, comments included",
                    Text.kind(c), c),
                new SourceLocation(file, line, column)));
      }
      if (!StreamReader.isPrintable(c)) {
        String code = String.format("U+%04X", c);
        throw new TreeBuilder.Stop(
            Diagnostic.error(
                "",
                "character " + code + " is not allowed in YAML",
                new SourceLocation(file, line, column)));
      }
      boolean newline = c == '\n';
      line += newline ? 1 : 0;
      column = newline ? 1 : column + 1;
      i += Character.charCount(c);
    }
  }

  /**
   * A directive other than {@code %YAML} and {@code %TAG} ({@code %FOO bar}) is one YAML reserves:
   * the parser ignores it without a word, so it is refused. Directives come before anything else,
   * so only the file's leading blank, comment and directive lines are looked at.
   */
  private static void rejectReservedDirectives(Path file, String content) {
    int line = 0;
    for (String l : (Iterable<String>) content.lines()::iterator) {
      line++;
      if (l.startsWith("%")) {
        String name = l.split("[ \t]", 2)[0];
        if (!name.equals("%YAML") && !name.equals("%TAG")) {
          throw new TreeBuilder.Stop(
              Diagnostic.error(
                  "",
                  "unknown YAML directive "
                      + Text.quote(name)
                      + ": YAML has only %YAML and %TAG (reserved directives are ignored by the"
                      + " parser, so potctl refuses them)",
                  new SourceLocation(file, line, 1)));
        }
      } else if (!l.isBlank() && !l.stripLeading().startsWith("#")) {
        return;
      }
    }
  }

  private static Diagnostic syntaxError(TreeBuilder builder, MarkedYamlEngineException e) {
    String problem = e.getProblem() == null ? firstLine(e) : e.getProblem();
    String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
    return Diagnostic.error(
        "",
        "YAML syntax error: " + clean(problem + context),
        builder.location(e.getProblemMark().or(e::getContextMark)));
  }

  private static String firstLine(RuntimeException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return clean(message.lines().findFirst().orElse(message));
  }

  private static String clean(String message) {
    StringBuilder out = new StringBuilder();
    message.codePoints().limit(200).forEach(c -> out.appendCodePoint(Text.isControl(c) ? ' ' : c));
    return out.toString().strip();
  }
}
