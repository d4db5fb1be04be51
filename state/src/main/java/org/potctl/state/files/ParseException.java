package org.potctl.state.files;

import org.potctl.state.StateException;

/**
 * A file or a command's output that potctl cannot read: the message names the source (a file path
 * or a command line) and the 1-based line, e.g. {@code /opt/pot/bridges/b1:2: expected key=value:
 * 'garbage'}. Nothing malformed is silently dropped.
 */
public class ParseException extends StateException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  public ParseException(String source, int line, String problem) {
    super(source + ":" + line + ": " + problem);
    this.source = source;
    this.line = line;
  }

  /** The file path or command line that was malformed. */
  public String source() {
    return source;
  }

  /** The 1-based line number of the problem. */
  public int line() {
    return line;
  }
}
