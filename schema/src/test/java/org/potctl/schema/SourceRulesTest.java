package org.potctl.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.schema.model.FscompSpec;
import org.potctl.schema.model.ImageRef;
import org.potctl.schema.model.PotSpec;
import org.potctl.schema.model.Spec;

class SourceRulesTest {

  @TempDir Path dir;

  private Fixture pots(String body) {
    return new Fixture(dir).file("p.yaml", "version: 1\npots:\n" + body + "\n");
  }

  @Test
  void imageAndTemplatePotsBind() {
    Spec spec =
        pots("  tpl:\n    base: \"14.1\"\n"
                + "  web:\n    template: tpl\n"
                + "  cache:\n    image: {url: \"https://img.example.org/pots\", name:"
                + " redis-single, tag: \"1.2\"}\n")
            .load()
            .spec()
            .orElseThrow();
    PotSpec cache = spec.pots().get("cache");
    assertEquals(
        Optional.of(new ImageRef("https://img.example.org/pots", "redis-single", "1.2")),
        cache.options().image());
    assertEquals(Optional.of("redis-single_1_2"), cache.options().clonedFrom());
    assertEquals("", cache.base());
    assertEquals(Optional.of("tpl"), spec.pots().get("web").options().clonedFrom());
    assertEquals(1, spec.bases().size(), "clones need no base: " + spec.bases());
  }

  @Test
  void exactlyOneSourceAndNoTypeOnAClone() {
    assertEquals(
        List.of(
            "p.yaml:3:3: error: pots.a: a pot needs one of base, image or template",
            "p.yaml:7:15: error: pots.b.template: template and base exclude each other",
            "p.yaml:10:11: error: pots.c.type: a pot cloned from an image or a template has the type"
                + " of what it is cloned from"),
        pots("  a:\n    state: running\n"
                + "  b:\n    base: \"14.1\"\n    template: a\n"
                + "  c:\n    template: a\n    type: multi\n")
            .lines());
  }

  @Test
  void imageFieldsAreCheckedAndLocated() {
    List<String> lines =
        pots("  c:\n    image:\n      url: \"ftp://x\"\n      name: \"a b\"\n"
                + "      tag: \"1;rm\"\n"
                + "  d:\n    image: {url: \"https://x\", name: r}\n"
                + "  e:\n    image: {url: \"file:///srv/i\", name: "
                + "a".repeat(50)
                + ", tag: \"1.2.3.4.5.6\"}\n")
            .lines();
    assertEquals(5, lines.size(), lines.toString());
    assertTrue(lines.get(0).startsWith("p.yaml:5:12: error: pots.c.image.url: must be an http"));
    assertTrue(lines.get(1).startsWith("p.yaml:6:13: error: pots.c.image.name: must be a pot"));
    assertTrue(lines.get(2).startsWith("p.yaml:7:12: error: pots.c.image.tag: must be letters"));
    assertEquals("p.yaml:9:12: error: pots.d.image: missing required key \"tag\"", lines.get(3));
    assertTrue(lines.get(4).startsWith("p.yaml:11:12: error: pots.e.image: pot import names"));
  }

  @Test
  void templateChainsHaveNoCycleAndTemplatesAreSingle() {
    List<String> lines =
        pots("  a:\n    template: b\n  b:\n    template: a\n"
                + "  m:\n    base: \"14.1\"\n    type: multi\n  n:\n    template: m\n")
            .lines();
    assertEquals(
        List.of(
            "p.yaml:4:15: error: pots.a.template: the template chain comes back to pot a",
            "p.yaml:6:15: error: pots.b.template: the template chain comes back to pot b",
            "p.yaml:11:15: error: pots.n.template: template m must be a single pot"),
        lines);
  }

  @Test
  void fscompSnapshotBeforeChangeBinds() {
    FscompSpec f =
        new Fixture(dir)
            .file("p.yaml", "version: 1\nfscomps:\n  data:\n    snapshot_before_change: true\n")
            .load()
            .spec()
            .orElseThrow()
            .fscomps()
            .get("data");
    assertTrue(f.snapshotBeforeChange());
    assertTrue(f.protect());
  }
}
