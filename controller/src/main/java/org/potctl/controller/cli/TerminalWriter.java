package org.potctl.controller.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import org.potctl.schema.yaml.Text;

/**
 * Everything potctl prints goes through this writer (standard output and error, {@link Main#run}):
 * a control character other than a tab or a line feed, a line or paragraph separator, a
 * bidirectional formatting or an invisible character ({@link Text#isControl}) is written as {@code
 * \}{@code uXXXX}, whatever its source: a value of a tampered saved plan named in an error, a
 * message of a driver check, what pot, zfs or a jail's flavour script print during an apply, a name
 * observed on the host. None can rewrite the operator's terminal (move the cursor, retitle the
 * window, hide a line with a carriage return, reorder text). JSON and HCL documents keep their
 * meaning: their strings hold such characters escaped already, and {@code \}{@code uXXXX} is the
 * same character there. The one raw control character potctl writes itself is the carriage return
 * that redraws the progress line on a terminal ({@link #redraw}).
 */
final class TerminalWriter extends PrintWriter {

  private final Escaping escaping;

  private TerminalWriter(Escaping escaping, boolean autoFlush) {
    super(escaping, autoFlush);
    this.escaping = escaping;
  }

  /** {@code out} with every character {@link Text#isControl} refuses escaped (but tab and LF). */
  static PrintWriter of(PrintWriter out) {
    return out instanceof TerminalWriter ? out : new TerminalWriter(new Escaping(out), true);
  }

  /**
   * Prints {@code text} to {@code out} as it is, carriage returns included: potctl's own progress
   * line, never data.
   */
  static void redraw(PrintWriter out, String text) {
    if (out instanceof TerminalWriter t) {
      synchronized (t.lock) {
        t.flush();
        t.escaping.raw = true;
        try {
          t.print(text);
          t.flush();
        } finally {
          t.escaping.raw = false;
        }
      }
    } else {
      out.print(text);
    }
  }

  /** The escaping itself. */
  private static final class Escaping extends FilterWriter {
    private boolean raw;

    Escaping(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      out.write(raw || !hidden(c) ? String.valueOf((char) c) : escape(c));
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      write(new String(buf, off, len), 0, len);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      if (raw) {
        out.write(s, off, len);
        return;
      }
      StringBuilder b = new StringBuilder(len);
      for (int i = off; i < off + len; i++) {
        char c = s.charAt(i);
        if (hidden(c)) {
          b.append(escape(c));
        } else {
          b.append(c);
        }
      }
      out.write(b.toString());
    }

    private static boolean hidden(int c) {
      return c != '\n' && c != '\t' && Text.isControl(c);
    }

    private static String escape(int c) {
      return String.format("\\u%04x", c);
    }
  }
}
