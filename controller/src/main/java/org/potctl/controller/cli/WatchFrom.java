package org.potctl.controller.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.potctl.controller.EngineRequest;
import org.potctl.controller.watch.DirectorySource;
import org.potctl.controller.watch.GitSource;
import org.potctl.controller.watch.Source;
import org.potctl.state.pot.PotArguments;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Where {@code potctl watch} takes the spec from, exactly one of {@code --repo} and {@code --dir}:
 * the {@link Source} it follows, the origin recorded for its spec id, and the spec id.
 */
final class WatchFrom {

  @Option(
      names = "--repo",
      required = true,
      paramLabel = "URL|PATH",
      description = "Git repository to follow (URL or local path).")
  String repo;

  @Option(
      names = "--dir",
      required = true,
      paramLabel = "DIR",
      description = "Plain directory to follow; its content digest is the commit.")
  Path dir;

  /**
   * What to follow, checked out under {@code workDir}; {@code branch}, {@code path} need a repo.
   */
  Source source(CommandLine cl, String branch, String path, Path workDir) {
    if (dir != null) {
      if (branch != null || path != null) {
        throw new ParameterException(cl, "--branch and --path need --repo");
      }
      Path followed = dir.toAbsolutePath().normalize();
      Path work = workDir.toAbsolutePath().normalize();
      if (work.startsWith(followed) && !hidden(followed.relativize(work))) {
        throw new ParameterException(
            cl,
            "--work-dir "
                + workDir
                + " is inside --dir "
                + dir
                + ": its checkouts would become part of the spec; use a directory outside it"
                + " (or one whose name starts with a dot)");
      }
      return new DirectorySource(dir, workDir);
    }
    try {
      return new GitSource(repo, Optional.ofNullable(branch), Optional.ofNullable(path), workDir);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cl, e.getMessage());
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The spec's origin as the host inventory records it: the canonical directory of {@code --dir};
   * for {@code --repo} the repository (a local one canonical) and {@code //PATH} inside it.
   */
  String origin(String path) {
    if (dir != null) {
      return EngineRequest.of(dir).resolvedOrigin();
    }
    Path local = Path.of(repo);
    String repository =
        !repo.contains("://") && Files.isDirectory(local)
            ? EngineRequest.of(local).resolvedOrigin()
            : repo;
    return path == null ? repository : repository + "//" + Path.of(path).normalize();
  }

  /**
   * The spec id: {@code given} ({@code --spec-id}), else the name of {@code --dir}, of {@code
   * --path}, or of the repository.
   */
  String specId(CommandLine cl, String path, String given) {
    String id = given;
    if (id == null) {
      if (dir != null) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        id = name == null ? "" : name.toString();
      } else if (path != null && Path.of(path).normalize().getFileName() != null) {
        id = Path.of(path).normalize().getFileName().toString();
      } else {
        id = GitSource.repositoryName(repo);
      }
    }
    try {
      return PotArguments.id("spec id", id);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cl, e.getMessage() + "; give --spec-id");
    }
  }
}
