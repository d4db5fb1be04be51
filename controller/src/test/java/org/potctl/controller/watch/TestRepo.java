package org.potctl.controller.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;

/** A real git repository in a temp directory, committed to with JGit. */
final class TestRepo implements AutoCloseable {

  private final Git git;
  private final Path dir;

  private TestRepo(Git git, Path dir) {
    this.git = git;
    this.dir = dir;
  }

  static TestRepo init(Path dir) throws GitAPIException {
    return new TestRepo(Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call(), dir);
  }

  Path dir() {
    return dir;
  }

  /** Writes {@code files} (path → content; null content deletes) and commits everything. */
  String commit(String message, Map<String, String> files) throws IOException, GitAPIException {
    for (Map.Entry<String, String> e : files.entrySet()) {
      Path file = dir.resolve(e.getKey());
      if (e.getValue() == null) {
        Files.deleteIfExists(file);
      } else {
        Files.createDirectories(file.getParent());
        Files.writeString(file, e.getValue());
      }
    }
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    RevCommit c =
        git.commit()
            .setMessage(message)
            .setAuthor("t", "t@example.org")
            .setCommitter("t", "t@example.org")
            .call();
    return c.name();
  }

  void checkoutNewBranch(String name) throws GitAPIException {
    git.checkout().setCreateBranch(true).setName(name).call();
  }

  void deleteBranch(String name) throws GitAPIException {
    git.branchDelete().setBranchNames(name).setForce(true).call();
  }

  @Override
  public void close() {
    git.close();
  }
}
