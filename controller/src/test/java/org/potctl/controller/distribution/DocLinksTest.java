package org.potctl.controller.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link of README.md and the pages under docs/ names a file of the repository, and
 * every {@code #anchor} a heading of the page it points to (GitHub's heading slugs).
 */
class DocLinksTest {

  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final Pattern FENCE = Pattern.compile("(?s)```.*?```");

  @Test
  void everyLinkOfTheDocsNamesAFileAndHeadingThatExist() throws IOException {
    Path root = ExternalTool.repoRoot();
    List<Path> pages = new ArrayList<>(List.of(root.resolve("README.md")));
    try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Path page : pages) {
      String text = FENCE.matcher(Files.readString(page)).replaceAll("");
      Matcher m = LINK.matcher(text);
      while (m.find()) {
        String target = m.group(1);
        if (target.matches("^[a-z]+:.*")) {
          continue; // http(s), mailto: not checked here (no network)
        }
        checked++;
        String problem = problem(page, target);
        if (problem != null) {
          broken.add(root.relativize(page) + ": " + target + ": " + problem);
        }
      }
    }
    assertTrue(checked > 20, "links checked: " + checked);
    assertEquals(List.of(), broken);
  }

  @Test
  void slugsFollowGitHubsRule() {
    assertEquals("the-state-directory", slug("The state directory"));
    assertEquals(
        "spec-identity-one-origin-per-spec-id", slug("Spec identity: one origin per spec id"));
    assertEquals("undo-restore-gc-adopt-forget", slug("Undo: restore, gc, adopt, forget"));
    assertEquals(
        "dir-mounts-are-resolved-on-the-host", slug("`dir` mounts are resolved on the host"));
  }

  private static String problem(Path page, String target) throws IOException {
    int hash = target.indexOf('#');
    String file = hash < 0 ? target : target.substring(0, hash);
    Path linked = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
    if (!Files.exists(linked)) {
      return "no such file";
    }
    if (hash < 0 || !linked.toString().endsWith(".md")) {
      return null;
    }
    return anchors(linked).contains(target.substring(hash + 1)) ? null : "no such heading";
  }

  private static Set<String> anchors(Path page) throws IOException {
    String text = FENCE.matcher(Files.readString(page)).replaceAll("");
    return text.lines()
        .filter(l -> l.startsWith("#"))
        .map(l -> slug(l.replaceFirst("^#+\\s*", "")))
        .collect(Collectors.toSet());
  }

  /** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
  static String slug(String heading) {
    return heading
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}\\s_-]", "")
        .trim()
        .replace(' ', '-');
  }
}
