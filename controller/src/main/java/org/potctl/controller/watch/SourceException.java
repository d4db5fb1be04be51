package org.potctl.controller.watch;

/** A revision could not be fetched: network, missing branch, broken repository, missing dir. */
public final class SourceException extends Exception {

  /** A failure described by {@code message}. */
  public SourceException(String message) {
    super(message);
  }

  /** A failure described by {@code message}, caused by {@code cause}. */
  public SourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
