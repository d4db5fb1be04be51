package org.potctl.controller.apply;

import java.nio.file.FileSystemException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The text a failed step keeps of an exception: its message and then each cause's, so an inventory
 * write refused by the file system says why ({@code cannot write …/inventory.json: Device or
 * resource busy}) instead of only that it failed.
 */
final class Causes {

  private Causes() {}

  /** {@code e}'s message, then each cause's that does not repeat what is already said. */
  static String describe(Throwable e) {
    StringBuilder text = new StringBuilder(own(e));
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    seen.put(e, true);
    for (Throwable c = e.getCause(); c != null && seen.put(c, true) == null; c = c.getCause()) {
      String more = own(c);
      if (!text.toString().contains(more)) {
        text.append(": ").append(more);
      }
    }
    return text.toString();
  }

  private static String own(Throwable e) {
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
