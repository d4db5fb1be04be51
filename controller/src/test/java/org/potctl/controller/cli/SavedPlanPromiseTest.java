package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.potctl.controller.testkit.Run;
import org.potctl.state.statedir.HostLock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A saved plan is a promise checked at apply time, never a script (DESIGN.md §4), and an apply
 * takes the host lock before it observes or plans (issue 13).
 */
class SavedPlanPromiseTest extends SavedWebPlanCase {

  @Test
  void theSavedPlanNamesItsSpecByAnAbsoluteCanonicalLocationAndDigest() throws IOException {
    JsonNode plan = JSON.readTree(Files.readString(planFile));
    assertEquals(spec.toRealPath().toString(), plan.get("spec").get("dir").asString());
    assertTrue(plan.get("spec").get("digest").asString().startsWith("sha256:"));
  }

  @Test
  void anUntamperedPlanApplies() {
    cli.expect(0, "apply", planFile.toString(), "--yes");
    cli.expect(0, "plan", spec.toString(), "--detailed-exitcode");
  }

  static Stream<Arguments> tampering() {
    return Stream.of(
        edit(
            "argv of a step",
            p ->
                firstStep(p)
                    .set("argv", strings("zfs", "destroy", "-r", "zroot/pot/fscomp/handmade"))),
        edit(
            "an extra step",
            p -> {
              ObjectNode extra = firstStep(p).deepCopy();
              extra.put("id", p.get("steps").size() + 1);
              extra.set("argv", strings("sh", "-c", "id"));
              ((ArrayNode) p.get("steps")).add(extra);
            }),
        edit("a risk", p -> ((ObjectNode) p.get("changes").get(0)).put("risk", "data-loss")),
        edit("the changes", p -> p.putArray("changes")),
        edit(
            "the changes and the summary to match",
            p -> {
              p.putArray("changes");
              ObjectNode summary = (ObjectNode) p.get("summary");
              summary.propertyNames().forEach(k -> summary.put(k, 0));
            }),
        edit("the summary", p -> ((ObjectNode) p.get("summary")).put("create", 0)),
        edit("a summary count added", p -> ((ObjectNode) p.get("summary")).put("adopt", 1)),
        edit("an unknown top-level field", p -> p.put("trusted", true)),
        edit("an unknown field of a step", p -> firstStep(p).put("shell", "sh -c id")),
        edit("a step's stdin", p -> firstStep(p).put("stdin", "#!/bin/sh\nid\n")),
        edit("a step's order", p -> ((ObjectNode) p.get("steps").get(1)).putArray("after")),
        edit(
            "a diagnostic added",
            p ->
                ((ArrayNode) p.get("diagnostics"))
                    .addObject()
                    .put("severity", "warning")
                    .putNull("file")
                    .putNull("line")
                    .putNull("column")
                    .put("path", "")
                    .put("message", "trust me")),
        edit("the steps", p -> p.putArray("steps")),
        edit(
            "an observed fingerprint",
            p -> {
              ObjectNode observed = (ObjectNode) p.get("observed");
              String key = observed.propertyNames().iterator().next();
              observed.put(key, "sha256:0000");
            }),
        edit(
            "the host fingerprint",
            p -> ((ObjectNode) p.get("host")).put("fingerprint", "sha256:0")),
        edit("the spec digest", p -> ((ObjectNode) p.get("spec")).put("digest", "sha256:0")),
        edit(
            "a reason",
            p -> {
              ((ArrayNode) p.get("changes").get(0).get("reasons")).add("trust me");
              ((ArrayNode) p.get("changes").get(0).get("reason_codes")).add("adopted");
            }),
        edit(
            "a reason code",
            p -> ((ArrayNode) p.get("changes").get(0).get("reason_codes")).set(0, "adopted")),
        edit(
            "a reason's sentence",
            p -> ((ArrayNode) p.get("changes").get(0).get("reasons")).set(0, "trust me")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tampering")
  void aTamperedPlanRunsNoStepAndSaysWhatDiffers(String what, Consumer<ObjectNode> tamper)
      throws IOException {
    rewrite(tamper);
    int logged = cli.log().size();
    Run r = cli.potctl("apply", planFile.toString(), "--yes");
    assertEquals(3, r.code(), what + ": " + r.all());
    assertTrue(r.err().contains("nothing of it was run (make a new plan)"), r.err());
    assertEquals(List.of(), cli.mutationsSince(logged), what);
  }

  @Test
  void aSummaryThatItsChangesDoNotGiveIsNamedByItsPointer() throws IOException {
    rewrite(p -> ((ObjectNode) p.get("summary")).put("create", 0).put("extra", 1));
    Run r = cli.potctl("apply", planFile.toString(), "--yes");
    assertEquals(3, r.code(), r.all());
    assertTrue(r.err().contains("is not as potctl wrote it"), r.err());
    assertTrue(
        r.err().contains("/summary/create is 0 where the rest of the file gives 2"), r.err());
    assertTrue(r.err().contains("/summary/extra is a field potctl does not write"), r.err());
    assertEquals(List.of(), cli.mutationsSince(0));
  }

  @Test
  void aTamperedSentenceIsShownBesideTheFreshOne() throws IOException {
    rewrite(p -> ((ArrayNode) p.get("changes").get(0).get("reasons")).set(0, "trust me"));
    Run r = cli.potctl("apply", planFile.toString(), "--yes");
    assertEquals(3, r.code(), r.all());
    assertTrue(r.err().contains("reason 1: saved 'trust me', now 'not on the host'"), r.err());
    assertFalse(r.err().contains("its details differ"), r.err());
  }

  @Test
  void aChangedSpecIsRefused() throws IOException {
    Files.writeString(
        spec.resolve("potfile.yaml"),
        Files.readString(spec.resolve("potfile.yaml")).replace("\"80:8080\"", "\"80:8081\""));
    int logged = cli.log().size();
    Run r = cli.potctl("apply", planFile.toString(), "--yes");
    assertEquals(3, r.code(), r.all());
    assertTrue(r.err().contains("spec.digest"), r.err());
    assertEquals(List.of(), cli.mutationsSince(logged));
  }

  @Test
  void aRelativeSpecDirIsRefused() throws IOException {
    rewrite(p -> ((ObjectNode) p.get("spec")).put("dir", "web-single"));
    Run r = cli.potctl("apply", planFile.toString(), "--yes");
    assertEquals(3, r.code(), r.all());
    assertTrue(r.err().contains("not an absolute path"), r.err());
    assertEquals(List.of(), cli.mutationsSince(0));
  }

  @Test
  void theFilesOwnTextIsShownEscapedNeverInterpretedByTheTerminal() throws IOException {
    String dir = spec.toRealPath() + "\u001b[2J\u202e";
    rewrite(p -> ((ObjectNode) p.get("spec")).put("dir", dir));
    Run r = cli.potctl("apply", planFile.toString(), "--yes");
    assertEquals(3, r.code(), r.all());
    assertTrue(
        r.out().contains("at " + spec.toRealPath() + "\\u001b[2J\\u202e, apply id "), r.out());
    assertTrue(r.err().contains(spec.toRealPath() + "\\u001b[2J\\u202e"), r.err());
    assertFalse(r.all().contains("\u001b") || r.all().contains("\u202e"), r.all());
    assertEquals(List.of(), cli.mutationsSince(0));
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        edit("steps as a string", p -> p.put("steps", "rm -rf /")),
        edit("argv as a string", p -> firstStep(p).put("argv", "rm -rf /")),
        edit(
            "an argv word as a number",
            p -> firstStep(p).set("argv", JSON.createArrayNode().add(1))),
        edit("a step id as a string", p -> firstStep(p).put("id", "1")),
        edit("observed as a list", p -> p.putArray("observed")),
        edit("changes as an object", p -> p.putObject("changes")),
        edit("diagnostics as a string", p -> p.put("diagnostics", "[]")),
        edit(
            "reason codes missing",
            p -> ((ObjectNode) p.get("changes").get(0)).remove("reason_codes")),
        edit(
            "a reason without a code",
            p -> ((ArrayNode) p.get("changes").get(0).get("reasons")).add("trust me")),
        edit(
            "an unknown reason code",
            p -> ((ArrayNode) p.get("changes").get(0).get("reason_codes")).set(0, "because")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void aMalformedPlanIsAnErrorNotZeroSteps(String what, Consumer<ObjectNode> tamper)
      throws IOException {
    rewrite(tamper);
    Run r = cli.potctl("apply", planFile.toString(), "--yes");
    assertEquals(1, r.code(), what + ": " + r.all());
    assertTrue(r.err().contains("not a usable plan"), r.err());
    assertEquals(List.of(), cli.mutationsSince(0));
  }

  @Test
  void aKeyTwiceInAnObjectIsMalformedNotTheLastOneWins() throws IOException {
    String json = Files.readString(planFile);
    Files.writeString(
        planFile,
        json.replaceFirst("\"argv\" :", "\"argv\" : [\"sh\", \"-c\", \"id\"],\n\"argv\" :"));
    Run r = cli.potctl("apply", planFile.toString(), "--yes");
    assertEquals(1, r.code(), r.all());
    assertTrue(r.err().contains("not a usable plan") && r.err().contains("argv"), r.err());
    assertEquals(List.of(), cli.mutationsSince(0));
  }

  @Test
  void aSecondApplyIsRefusedBeforeItObservesOrPlans() throws IOException {
    int logged = cli.log().size();
    try (HostLock.Held held =
        new HostLock(sim.resolve("state")).acquire("potctl apply other", Duration.ZERO)) {
      Run r = cli.potctl("apply", spec.toString(), "--yes");
      assertEquals(3, r.code(), r.all());
      assertTrue(r.err().contains("potctl apply other"), r.err());
      assertFalse(r.all().contains("pot.www"), "no plan is shown: " + r.all());
      assertEquals(List.of(), cli.log().subList(logged, cli.log().size()), "nothing observed");
      assertTrue(held.holder() != null);
    }
  }

  private static Arguments edit(String what, Consumer<ObjectNode> tamper) {
    return Arguments.of(what, tamper);
  }

  private static ObjectNode firstStep(ObjectNode plan) {
    return (ObjectNode) plan.get("steps").get(0);
  }

  private static ArrayNode strings(String... words) {
    ArrayNode a = JSON.createArrayNode();
    for (String w : words) {
      a.add(w);
    }
    return a;
  }
}
