package org.potctl.controller.render;

import org.potctl.schema.yaml.Text;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place potctl's JSON output is configured: every writer of JSON a user or a program reads
 * ({@code -o json} documents, {@code plan --out}, {@code watch}'s {@code /status}, {@code export
 * nomad}'s job files) takes its mapper here. A character that text output shows as {@code ?} (a
 * control character, a line or paragraph separator, a bidirectional formatting or an invisible one:
 * {@link Text#isControl}) is always escaped as {@code \}{@code u00XX}, so {@code jq -r} on a
 * terminal cannot reorder or hide a line; other non-ASCII text ({@code é}, {@code 日本}) is written
 * as UTF-8 by {@link #mapper()}, and escaped too by {@link #asciiMapper()} (the documents printed
 * on standard output, the same bytes in every locale).
 */
public final class JsonOutput {

  private static final JsonMapper UTF8 = build(false);
  private static final JsonMapper ASCII = build(true);

  private JsonOutput() {}

  /** For files and HTTP bodies (UTF-8): hidden characters escaped, other text as it is. */
  public static JsonMapper mapper() {
    return UTF8;
  }

  /** For documents on standard output: hidden characters and every other non-ASCII escaped. */
  public static JsonMapper asciiMapper() {
    return ASCII;
  }

  private static JsonMapper build(boolean ascii) {
    JsonFactory factory = JsonFactory.builder().characterEscapes(new Escapes(ascii)).build();
    return JsonMapper.builder(factory).disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  }

  /** {@link Text#isControl} characters (and, when {@code ascii}, every non-ASCII one) escaped. */
  private static final class Escapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    private final boolean ascii;
    private final int[] asciiEscapes;

    Escapes(boolean ascii) {
      this.ascii = ascii;
      this.asciiEscapes = CharacterEscapes.standardAsciiEscapesForJSON();
      this.asciiEscapes[0x7f] = CharacterEscapes.ESCAPE_CUSTOM;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return asciiEscapes.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x7f || (ch > 0x7f && (ascii || Text.isControl(ch)))) {
        return new SerializedString(String.format("\\u%04x", ch));
      }
      return null;
    }
  }
}
