package org.potctl.controller.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitSourceTest {

  @TempDir Path repoDir;
  @TempDir Path work;

  @Test
  void fetchesTheHeadCommitOfTheDefaultBranchIntoACheckout() throws Exception {
    try (TestRepo repo = TestRepo.init(repoDir)) {
      String id = repo.commit("first", Specs.valid("", "one"));
      Revision r =
          new GitSource(repoDir.toString(), Optional.empty(), Optional.empty(), work).fetch();
      assertEquals(id, r.id());
      assertEquals("first", r.subject());
      assertEquals("one", Files.readString(r.specDir().resolve("marker.txt")));
      assertTrue(r.time().isPresent());
      assertFalse(Files.exists(r.specDir().resolve(".git")));
    }
  }

  @Test
  void seesANewCommitOnTheNextFetch() throws Exception {
    try (TestRepo repo = TestRepo.init(repoDir)) {
      repo.commit("first", Specs.valid("", "one"));
      GitSource source =
          new GitSource(repoDir.toString(), Optional.empty(), Optional.empty(), work);
      Revision first = source.fetch();
      String second = repo.commit("second", Specs.valid("", "two"));
      Revision next = source.fetch();
      assertEquals(second, next.id());
      assertNotEquals(first.root(), next.root());
      assertEquals("two", Files.readString(next.specDir().resolve("marker.txt")));
      assertEquals("one", Files.readString(first.specDir().resolve("marker.txt")));
    }
  }

  @Test
  void followsTheGivenBranchAndPath() throws Exception {
    try (TestRepo repo = TestRepo.init(repoDir)) {
      repo.commit("main", Specs.valid("envs/prod/", "main"));
      repo.checkoutNewBranch("release");
      String id = repo.commit("release", Specs.valid("envs/prod/", "release"));
      Revision r =
          new GitSource(repoDir.toString(), Optional.of("release"), Optional.of("envs/prod"), work)
              .fetch();
      assertEquals(id, r.id());
      assertEquals(r.root().resolve("envs/prod"), r.specDir());
      assertEquals("release", Files.readString(r.specDir().resolve("marker.txt")));
    }
  }

  @Test
  void aDeletedBranchIsAFetchFailure() throws Exception {
    try (TestRepo repo = TestRepo.init(repoDir)) {
      repo.commit("main", Specs.valid("", "main"));
      repo.checkoutNewBranch("feature");
      repo.commit("feature", Specs.valid("", "feature"));
      GitSource source =
          new GitSource(repoDir.toString(), Optional.of("feature"), Optional.empty(), work);
      source.fetch();
      repo.checkoutNewBranch("other");
      repo.deleteBranch("feature");
      SourceException e = assertThrows(SourceException.class, source::fetch);
      assertTrue(e.getMessage().contains("branch feature not found"), e.getMessage());
    }
  }

  @Test
  void aMissingRepositoryIsAFetchFailure() {
    GitSource source =
        new GitSource(
            repoDir.resolve("nowhere").toString(), Optional.empty(), Optional.empty(), work);
    SourceException e = assertThrows(SourceException.class, source::fetch);
    assertTrue(e.getMessage().startsWith("cannot clone"), e.getMessage());
  }

  @Test
  void retainOnlyDeletesOtherCheckouts() throws Exception {
    try (TestRepo repo = TestRepo.init(repoDir)) {
      repo.commit("first", Specs.valid("", "one"));
      GitSource source =
          new GitSource(repoDir.toString(), Optional.empty(), Optional.empty(), work);
      Revision first = source.fetch();
      repo.commit("second", Specs.valid("", "two"));
      Revision second = source.fetch();
      source.retainOnly(List.of(second));
      assertFalse(Files.exists(first.root()));
      assertTrue(Files.exists(second.root()));
    }
  }

  @Test
  void aPathOutsideTheRepositoryIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new GitSource("r", Optional.empty(), Optional.of("../x"), work));
  }

  @Test
  void repositoryNameIsTheLastElementWithoutDotGit() {
    assertEquals("specs", GitSource.repositoryName("https://example.org/ops/specs.git"));
    assertEquals("specs", GitSource.repositoryName("git@example.org:ops/specs.git"));
    assertEquals("specs", GitSource.repositoryName("/srv/git/specs/"));
  }
}
