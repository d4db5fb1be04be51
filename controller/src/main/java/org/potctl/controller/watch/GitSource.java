package org.potctl.controller.watch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.RefSpec;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.state.StateException;
import org.potctl.state.statedir.NoFollowFiles;

/**
 * Follows a branch of a git repository ({@code --repo}, {@code --branch}, {@code --path}). A bare
 * clone is kept in {@code <work>/cache/<hash of the URL>}; each new commit is exported into {@code
 * <work>/checkouts/<commit id>}. The remote's branches are fetched into {@code refs/remotes/origin}
 * with deleted branches pruned, so a deleted branch is a fetch failure, never an empty spec.
 */
public final class GitSource implements Source {

  private static final String REMOTE_PREFIX = "refs/remotes/origin/";

  /** Seconds a clone or fetch may stall on the network before it fails (never blocks forever). */
  static final int NETWORK_TIMEOUT_SECONDS = 120;

  private final String uri;
  private final Optional<String> branch;
  private final Optional<String> path;
  private final Path cache;
  private final Checkouts checkouts;

  /**
   * Follows {@code repo} (a URL, or a local path turned into a {@code file:} URL).
   *
   * @param branch the branch, or empty for the remote's default branch
   * @param path the spec directory inside the repository, or empty for its root
   * @param workDir where the clone and the checkouts are kept (made private now, see {@link
   *     Checkouts})
   */
  public GitSource(String repo, Optional<String> branch, Optional<String> path, Path workDir) {
    this.uri = toUri(repo);
    this.branch = branch.map(GitSource::checkedBranch);
    this.path = path.map(GitSource::checkedPath).filter(p -> !p.isEmpty());
    this.cache = workDir.resolve("cache").resolve(hash(uri));
    this.checkouts = new Checkouts(workDir);
    prepare();
  }

  /**
   * {@code b} if it names a branch git could have ({@code refs/heads/B} a valid ref name, not
   * starting with {@code -}).
   *
   * @throws IllegalArgumentException naming the bad branch
   */
  static String checkedBranch(String b) {
    if (b.startsWith("-") || !Repository.isValidRefName(Constants.R_HEADS + b)) {
      throw new IllegalArgumentException(
          "--branch '" + b + "' is not a valid branch name (git check-ref-format refs/heads/B)");
    }
    return b;
  }

  /** The work directory, {@code cache} and {@code checkouts} private; the clone not a link. */
  private void prepare() {
    checkouts.prepare();
    NoFollowFiles.privateDir(cache.getParent());
    NoFollowFiles.check(cache);
  }

  /** The repository name: the last element of the URL without {@code .git} (the default id). */
  public static String repositoryName(String repo) {
    String trimmed = repo.replaceAll("[/\\\\]+$", "");
    String last =
        trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf(':')) + 1);
    return last.endsWith(".git") ? last.substring(0, last.length() - 4) : last;
  }

  @Override
  public Revision fetch() throws SourceException {
    try (Repository repo = openOrClone()) {
      fetchInto(repo);
      String name = branchName(repo);
      ObjectId id = repo.resolve(REMOTE_PREFIX + name);
      if (id == null) {
        throw new SourceException("branch " + name + " not found in " + uri);
      }
      try (RevWalk walk = new RevWalk(repo)) {
        RevCommit commit = walk.parseCommit(id);
        Path root = checkouts.of(commit.name());
        List<Diagnostic> problems = checkout(repo, commit, root);
        Path specDir = path.map(root::resolve).orElse(root);
        return new Revision(
            commit.name(),
            root,
            specDir,
            Optional.of(Instant.ofEpochSecond(commit.getCommitTime())),
            commit.getShortMessage(),
            problems);
      }
    } catch (IOException | StateException e) {
      throw new SourceException("cannot read " + uri + ": " + e.getMessage(), e);
    }
  }

  private Repository openOrClone() throws SourceException, IOException {
    try {
      prepare();
    } catch (RuntimeException e) {
      throw new SourceException("cannot use the work directory: " + e.getMessage(), e);
    }
    if (Files.isDirectory(cache.resolve("objects"))) {
      return new FileRepositoryBuilder().setGitDir(cache.toFile()).setMustExist(true).build();
    }
    TreeFiles.deleteTree(cache);
    Files.createDirectories(cache.getParent());
    try {
      Git.cloneRepository()
          .setURI(uri)
          .setBare(true)
          .setDirectory(cache.toFile())
          .setNoCheckout(true)
          .setTimeout(NETWORK_TIMEOUT_SECONDS)
          .call()
          .close();
    } catch (GitAPIException | RuntimeException e) {
      TreeFiles.deleteTree(cache);
      throw new SourceException("cannot clone " + uri + ": " + message(e), e);
    }
    return new FileRepositoryBuilder().setGitDir(cache.toFile()).setMustExist(true).build();
  }

  private void fetchInto(Repository repo) throws SourceException {
    try (Git git = new Git(repo)) {
      git.fetch()
          .setRemote(uri)
          .setRefSpecs(new RefSpec("+refs/heads/*:" + REMOTE_PREFIX + "*"))
          .setRemoveDeletedRefs(true)
          .setTimeout(NETWORK_TIMEOUT_SECONDS)
          .call();
    } catch (GitAPIException | RuntimeException e) {
      throw new SourceException("cannot fetch " + uri + ": " + message(e), e);
    }
  }

  private String branchName(Repository repo) throws IOException, SourceException {
    if (branch.isPresent()) {
      return branch.get();
    }
    String head = repo.getFullBranch();
    if (head == null || !head.startsWith(Constants.R_HEADS)) {
      throw new SourceException("cannot tell the default branch of " + uri + "; give --branch");
    }
    return head.substring(Constants.R_HEADS.length());
  }

  /**
   * Writes the commit into its checkout {@code root} unless it is there, and returns the problems
   * of its files ({@link CommitFiles}): found again from the tree when the checkout is kept, so a
   * restarted watcher reports them as the first did.
   */
  private List<Diagnostic> checkout(Repository repo, RevCommit commit, Path root)
      throws IOException {
    if (checkouts.has(commit.name())) {
      return CommitFiles.export(repo, commit.getTree(), path, Optional.empty(), root);
    }
    Path temp = checkouts.temporary(commit.name());
    List<Diagnostic> problems =
        CommitFiles.export(repo, commit.getTree(), path, Optional.of(temp), root);
    checkouts.commit(temp, commit.name());
    return problems;
  }

  @Override
  public void retainOnly(Collection<Revision> keep) {
    checkouts.retainOnly(keep);
  }

  @Override
  public String describe() {
    return "git "
        + uri
        + " "
        + branch.orElse("(default branch)")
        + path.map(p -> " " + p).orElse("");
  }

  private static String message(Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String top = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return root == e || root.getMessage() == null ? top : top + ": " + root.getMessage();
  }

  private static String checkedPath(String p) {
    Path normal = Path.of(p).normalize();
    if (normal.isAbsolute() || normal.startsWith("..")) {
      throw new IllegalArgumentException("--path must be relative and inside the repository: " + p);
    }
    return normal.toString().replace('\\', '/');
  }

  private static String toUri(String repo) {
    if (repo.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") || repo.matches("^[^/]+@[^/:]+:.*")) {
      return repo;
    }
    return Path.of(repo).toAbsolutePath().normalize().toUri().toString();
  }

  private static String hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }
}
