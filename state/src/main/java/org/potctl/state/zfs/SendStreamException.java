package org.potctl.state.zfs;

/**
 * A {@code zfs send} stream (a pot image) whose header cannot be read, or is not one potctl will
 * read: the image is refused before {@code zfs receive} sees it. Its message is one user-facing
 * sentence saying what is wrong with the image. {@link #truncated()} tells a prefix that ended
 * before the header did (a longer prefix may be readable) from an image that is refused as it is.
 */
public final class SendStreamException extends Exception {

  private final boolean truncated;

  /** An image refused for the reason {@code message} gives. */
  public SendStreamException(String message) {
    this(message, false);
  }

  /** The same, {@code truncated} when the input ended before the header. */
  public SendStreamException(String message, boolean truncated) {
    super(message);
    this.truncated = truncated;
  }

  /** Whether the bytes read ended before the header did. */
  public boolean truncated() {
    return truncated;
  }
}
