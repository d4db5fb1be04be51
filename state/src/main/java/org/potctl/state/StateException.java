package org.potctl.state;

/** The root of every failure the {@code state} module reports: something about the host. */
public class StateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StateException(String message) {
    super(message);
  }

  public StateException(String message, Throwable cause) {
    super(message, cause);
  }
}
