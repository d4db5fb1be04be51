package org.potctl.controller.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.render.PlanJson;
import org.potctl.state.statedir.PrivateFiles;

/**
 * {@code apply PLANFILE}: reads a plan saved by {@code plan --out}. It is only a promise: {@link
 * org.potctl.controller.Engine#applySaved} re-plans its spec on the fresh host and runs it only
 * when identical. But the file names what is re-planned (the spec directory and id), so it is read
 * only when no one but this user or root could have written it (no link, no group or other write
 * bit), and written so (0600, never through a link).
 */
final class SavedPlan {

  private static final long MAX_BYTES = 64L << 20;

  private SavedPlan() {}

  /**
   * Reads {@code file}.
   *
   * @throws IllegalArgumentException when the file is not a readable, well-formed plan (exit 1)
   * @throws ApplyRefused when it reads as a plan but is not what potctl writes for that plan (exit
   *     3, each difference named: {@link PlanJson.NotAsWritten})
   */
  static Plan read(Path file) {
    try {
      if (Files.isSymbolicLink(file)) {
        throw new IllegalArgumentException(
            "it is a symbolic link; name the plan file itself (whoever can change the link"
                + " chooses the plan)");
      }
      long owner = PrivateFiles.owner(file, LinkOption.NOFOLLOW_LINKS);
      if (owner != PrivateFiles.uid() && owner != 0) {
        throw new IllegalArgumentException(
            "it is owned by uid "
                + owner
                + ": a saved plan names the spec it re-plans, so only"
                + " this user or root may own it");
      }
      Set<PosixFilePermission> perms =
          Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
      if (perms.contains(PosixFilePermission.GROUP_WRITE)
          || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
        throw new IllegalArgumentException(
            "group or others may write it (permissions "
                + PrivateFiles.mode(perms)
                + "): a saved plan names the spec it re-plans; chmod go-w "
                + file);
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new IllegalArgumentException("larger than " + MAX_BYTES + " bytes");
      }
      return PlanJson.read(Files.readString(file, StandardCharsets.UTF_8));
    } catch (PlanJson.NotAsWritten e) {
      List<String> reasons = new ArrayList<>();
      reasons.add(
          "the saved plan "
              + file
              + " is not as potctl wrote it; nothing of it was run (make a new plan):");
      e.differences().forEach(d -> reasons.add("  " + d));
      throw new ApplyRefused(reasons);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read it: " + e.getClass().getSimpleName(), e);
    }
  }

  /** Writes {@code json} to {@code file}, 0600 and never through a link ({@link OutputFiles}). */
  static void write(Path file, String json) throws IOException {
    OutputFiles.replace(file, json, "rw-------");
  }
}
