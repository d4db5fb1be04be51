package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;

/**
 * A pot made by hand (no {@code potctl:owner}) is the host's data: {@code pot clone} would copy its
 * file system into the spec's pot, so a spec clones it (as a {@code template}, or as the {@code
 * <name>_<tag>} pot of an {@code image}) only when the operator allows it: {@code --allow-template
 * POT}, {@code '*'} for every one, or {@code allow-template = POT} in potctl.conf (threat model).
 */
class UnmanagedTemplatesTest {

  private static final String CLONE =
      "version: 1\npots:\n  copy:\n    template: tpl\n    network:\n"
          + "      type: public-bridge\n";

  @TempDir Path dir;

  private Potctl sim;

  @BeforeEach
  void handMadePot() {
    sim = Potctl.onSim(dir.resolve("sim"));
    sim.raw("pot", "create-base", "-r", "14.1");
    sim.raw("pot", "create", "-p", "tpl", "-b", "14.1");
  }

  private Path spec(String name, String potfile) throws IOException {
    Path spec = Files.createDirectories(dir.resolve(name));
    Files.writeString(spec.resolve("potfile.yaml"), potfile);
    return spec.toRealPath();
  }

  @Test
  void aHandMadePotIsNoTemplateWithoutTheOperatorsAllowance() throws IOException {
    Path spec = spec("clones", CLONE);
    int before = sim.mark();
    for (String command : new String[] {"plan", "apply"}) {
      Run r = command.equals("plan") ? sim.run("plan", spec.toString()) : apply(spec);
      assertEquals(1, r.code(), r.all());
      assertTrue(
          r.err()
              .contains(
                  spec.resolve("potfile.yaml")
                      + ":4:15: error: pots.copy.template: pot tpl is not managed by potctl, and"
                      + " pot clone would copy its file system into this pot; a spec clones only"
                      + " its own pots, or those the operator allows every spec to read:"
                      + " --allow-template tpl (or allow-template = tpl in potctl.conf)"),
          r.err());
      if (command.equals("apply")) {
        assertFalse(r.out().contains("pot clone"), "no clone step is promised: " + r.out());
      } else {
        assertTrue(r.out().contains("apply refuses it"), r.out());
      }
    }
    assertEquals(java.util.List.of(), sim.mutationsSince(before), "no snapshot of tpl, no clone");
  }

  @Test
  void theOperatorAllowsOneTemplateByName() throws IOException {
    Path spec = spec("clones", CLONE);
    Run other = apply(spec, "--allow-template", "other");
    assertEquals(1, other.code(), "another pot's allowance is not this one's: " + other.all());
    Run r = apply(spec, "--allow-template", "tpl");
    assertEquals(0, r.code(), r.all());
    assertTrue(
        sim.log().stream().anyMatch(l -> l.contains("pot clone -P tpl -p copy")), "" + sim.log());
    Run again = sim.run("plan", "--detailed-exitcode", spec.toString(), "--allow-template", "tpl");
    assertEquals(0, again.code(), "converged: " + again.all());
  }

  @Test
  void aStarAllowsEveryHandMadePot() throws IOException {
    Run r = apply(spec("clones", CLONE), "--allow-template", "*");
    assertEquals(0, r.code(), r.all());
  }

  @Test
  void theConfigFileAllowsTemplatesToo() throws IOException {
    Path conf = Files.writeString(dir.resolve("potctl.conf"), "allow-template = tpl\n");
    Run r = apply(spec("clones", CLONE), "--config", conf.toString());
    assertEquals(0, r.code(), r.all());
  }

  @Test
  void aMalformedAllowanceIsAUsageError() throws IOException {
    Path spec = spec("clones", CLONE);
    Run r = apply(spec, "--allow-template", "tpl;rm");
    assertEquals(64, r.code(), r.all());
    assertTrue(r.err().contains("invalid template pot name 'tpl;rm'"), r.err());
    Path conf = Files.writeString(dir.resolve("bad.conf"), "allow-template = ../x\n");
    Run c = apply(spec, "--config", conf.toString());
    assertTrue(c.err().contains(conf + ":1: invalid template pot name '../x'"), c.all());
    assertTrue(c.code() != 0, c.all());
  }

  @Test
  void aHandMadePotNamedLikeAnImageIsNotClonedEither() throws IOException {
    sim.raw("pot", "create", "-p", "web_1", "-b", "14.1");
    Path spec =
        spec(
            "images",
            "version: 1\npots:\n  a:\n    image: {url: \"file:///srv\", name: web, tag: \"1\"}\n");
    Run r = sim.run("plan", spec.toString());
    assertEquals(1, r.code(), r.all());
    assertTrue(
        r.err().contains("error: pots.a.image.name: pot web_1 is not managed by potctl"), r.err());
    assertEquals(0, sim.run("plan", spec.toString(), "--allow-template", "web_1").code());
  }

  private Run apply(Path spec, String... more) {
    String[] args = new String[3 + more.length];
    args[0] = "apply";
    args[1] = "--yes";
    args[2] = spec.toString();
    System.arraycopy(more, 0, args, 3, more.length);
    return sim.run(args);
  }
}
