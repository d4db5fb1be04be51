package org.potctl.controller.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;

/**
 * Plain-ASCII output for a terminal whose locale is not UTF-8 ({@code LC_ALL=C}): every character
 * the output charset cannot encode is written as an ASCII stand-in ({@code →} as {@code ->}, {@code
 * …} as {@code ...}) instead of the {@code ?} the JVM would print. JSON documents are not affected:
 * they escape every non-ASCII character themselves.
 */
final class AsciiWriter extends FilterWriter {

  private AsciiWriter(Writer out) {
    super(out);
  }

  /**
   * {@code out} itself when {@code charset} encodes the characters potctl prints, else a wrapper.
   */
  static Writer forCharset(Writer out, Charset charset) {
    return charset.newEncoder().canEncode("→…±—") ? out : new AsciiWriter(out);
  }

  /** The ASCII stand-in for {@code c}, or {@code c} itself when it is ASCII. */
  static String standIn(char c) {
    if (c < 0x80) {
      return String.valueOf(c);
    }
    return switch (c) {
      case '→' -> "->";
      case '←' -> "<-";
      case '…' -> "...";
      case '±' -> "+/-";
      case '—' -> "--";
      case '–', '‐', '−' -> "-";
      case '×' -> "x";
      case '≤' -> "<=";
      case '≥' -> ">=";
      case '‘', '’' -> "'";
      case '“', '”' -> "\"";
      case '§' -> "S";
      case '·', '•' -> "*";
      case '\u00a0' -> " ";
      default -> "?";
    };
  }

  @Override
  public void write(int c) throws IOException {
    out.write(standIn((char) c));
  }

  @Override
  public void write(char[] buf, int off, int len) throws IOException {
    write(new String(buf, off, len), 0, len);
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    StringBuilder b = new StringBuilder(len);
    for (int i = off; i < off + len; i++) {
      b.append(standIn(s.charAt(i)));
    }
    out.write(b.toString());
  }
}
