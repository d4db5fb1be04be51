package org.potctl.controller.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
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

  /**
   * Commits {@code tree} as it is (a tree written with an {@link ObjectInserter}, which may be
   * crafted as no git client would write it) on top of the current branch.
   */
  String commitTree(String message, ObjectId tree) throws IOException {
    Repository repo = git.getRepository();
    try (ObjectInserter in = repo.newObjectInserter()) {
      CommitBuilder c = new CommitBuilder();
      c.setTreeId(tree);
      ObjectId head = repo.resolve(Constants.HEAD);
      if (head != null) {
        c.setParentId(head);
      }
      PersonIdent who = new PersonIdent("t", "t@example.org");
      c.setAuthor(who);
      c.setCommitter(who);
      c.setMessage(message);
      ObjectId id = in.insert(c);
      in.flush();
      RefUpdate u = repo.updateRef(repo.getFullBranch());
      u.setNewObjectId(id);
      u.setForceUpdate(true);
      u.update();
      return id.name();
    }
  }

  /** The repository, to write objects of crafted trees with. */
  Repository repository() {
    return git.getRepository();
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
