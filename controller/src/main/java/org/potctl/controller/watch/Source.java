package org.potctl.controller.watch;

import java.util.Collection;

/** Where the spec comes from: a git branch or a plain directory. */
public interface Source {

  /**
   * Fetches the newest revision and makes its files available under {@link Revision#root()}.
   *
   * @throws SourceException when the newest revision cannot be had; nothing is changed then
   */
  Revision fetch() throws SourceException;

  /** Frees local copies of revisions other than {@code keep}. */
  default void retainOnly(Collection<Revision> keep) {}

  /** What is followed, for logs and {@code /status}, e.g. {@code git file:///srv/specs main}. */
  String describe();
}
