package org.potctl.controller.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.TreeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.schema.LoadOptions;
import org.potctl.schema.LoadResult;
import org.potctl.schema.SpecLoader;
import org.potctl.schema.diag.Diagnostic;

/**
 * A commit's files reach the loader as they are, or as a located problem of the revision: a linked
 * Potfile stays a link (the loader refuses it), a submodule, a git bomb or a crafted tree is a
 * problem at {@code FILE:1:1}, and nothing is ever written outside the checkout.
 */
class GitSourceFilesTest {

  @TempDir Path repoDir;
  @TempDir Path work;
  @TempDir Path outside;

  private Revision fetch() throws SourceException {
    return new GitSource(repoDir.toString(), Optional.empty(), Optional.empty(), work).fetch();
  }

  private static List<String> located(Revision r) {
    return r.problems().stream()
        .map(d -> r.root().relativize(d.location().orElseThrow().file()) + ": " + d.message())
        .toList();
  }

  @Test
  void aLinkedPotfileIsALinkInTheCheckoutAndTheLoaderRefusesIt() throws Exception {
    Files.writeString(outside.resolve("other.yaml"), Specs.VALID);
    try (TestRepo repo = TestRepo.init(repoDir)) {
      Files.createSymbolicLink(repoDir.resolve("linked.yaml"), outside.resolve("other.yaml"));
      repo.commit("link", Specs.valid("", "one"));
      Revision r = fetch();
      assertEquals(List.of(), r.problems());
      assertTrue(Files.isSymbolicLink(r.specDir().resolve("linked.yaml")));
      assertTrue(SpecFilesScan.hasPotfiles(r.specDir()));
      LoadResult load = new SpecLoader().load(r.specDir(), LoadOptions.defaults());
      assertTrue(
          load.diagnostics().errors().stream()
              .anyMatch(
                  d ->
                      d.message().contains("symbolic link")
                          && d.location().orElseThrow().file().endsWith("linked.yaml")),
          load.diagnostics().toString());
    }
  }

  @Test
  void aSubmoduleIsALocatedProblemAndStaysOneAfterARestart() throws Exception {
    try (TestRepo repo = TestRepo.init(repoDir)) {
      ObjectInserter in = repo.repository().newObjectInserter();
      TreeFormatter t = new TreeFormatter();
      t.append("pots.yaml", FileMode.REGULAR_FILE, blob(in, Specs.VALID));
      t.append("vendor", FileMode.GITLINK, ObjectId.fromString("1".repeat(40)));
      repo.commitTree("submodule", insert(in, t));
      List<String> first = located(fetch());
      assertEquals(1, first.size(), first.toString());
      assertTrue(first.get(0).startsWith("vendor: a submodule"), first.toString());
      assertEquals(first, located(fetch()), "the kept checkout is judged again");
    }
  }

  @Test
  void aGitBombStopsAtTheEntryLimitWithAProblem() throws Exception {
    try (TestRepo repo = TestRepo.init(repoDir)) {
      ObjectInserter in = repo.repository().newObjectInserter();
      ObjectId level = blob(in, "x\n");
      FileMode mode = FileMode.REGULAR_FILE;
      for (int depth = 0; depth < 5; depth++) {
        TreeFormatter t = new TreeFormatter();
        for (int i = 0; i < 10; i++) {
          t.append("d" + i, mode, level);
        }
        level = insert(in, t);
        mode = FileMode.TREE;
      }
      TreeFormatter root = new TreeFormatter();
      root.append("bomb", FileMode.TREE, level);
      root.append("pots.yaml", FileMode.REGULAR_FILE, blob(in, Specs.VALID));
      repo.commitTree("100,000 files", insert(in, root));
      Revision r = fetch();
      assertTrue(
          located(r).stream().anyMatch(p -> p.contains("more than 10000 entries")),
          located(r).toString());
      try (Stream<Path> files = Files.walk(r.root())) {
        assertTrue(files.count() <= CommitFiles.MAX_ENTRIES + 1_200, "stopped at the limit");
      }
    }
  }

  @Test
  void aCraftedTreeNeverWritesThroughALinkOrOutsideTheCheckout() throws Exception {
    try (TestRepo repo = TestRepo.init(repoDir)) {
      ObjectInserter in = repo.repository().newObjectInserter();
      TreeFormatter inner = new TreeFormatter();
      inner.append("owned.yaml", FileMode.REGULAR_FILE, blob(in, Specs.VALID));
      ObjectId innerTree = insert(in, inner);
      TreeFormatter t = new TreeFormatter();
      // two entries named "a": a link to a directory outside, and a tree through which a file
      // would land there if the link were made first and followed
      t.append("a", FileMode.SYMLINK, blob(in, outside.toString()));
      t.append("a", FileMode.TREE, innerTree);
      t.append("..", FileMode.TREE, innerTree);
      t.append("pots.yaml", FileMode.REGULAR_FILE, blob(in, Specs.VALID));
      repo.commitTree("crafted", insert(in, t));
      Revision r = fetch();
      try (Stream<Path> left = Files.list(outside)) {
        assertEquals(0, left.count(), "nothing written outside");
      }
      assertFalse(Files.exists(work.resolve("checkouts/owned.yaml")));
      List<String> problems = located(r);
      assertTrue(problems.stream().anyMatch(p -> p.contains("named '..'")), problems.toString());
      assertTrue(
          problems.stream().anyMatch(p -> p.startsWith("a: a second tree entry")),
          problems.toString());
      for (Diagnostic d : r.problems()) {
        assertEquals(1, d.location().orElseThrow().line());
        assertEquals(1, d.location().orElseThrow().column());
      }
    }
  }

  private static ObjectId blob(ObjectInserter in, String text) throws java.io.IOException {
    return in.insert(Constants.OBJ_BLOB, text.getBytes(StandardCharsets.UTF_8));
  }

  private static ObjectId insert(ObjectInserter in, TreeFormatter t) throws java.io.IOException {
    ObjectId id = in.insert(t);
    in.flush();
    return id;
  }
}
