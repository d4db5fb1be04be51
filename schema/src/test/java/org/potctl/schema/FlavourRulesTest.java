package org.potctl.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.schema.model.FlavourSpec;

class FlavourRulesTest {

  @TempDir Path root;

  private Path spec() throws IOException {
    return Files.createDirectories(root.resolve("spec"));
  }

  private List<String> commands(String command) throws IOException {
    return new Fixture(spec())
        .file("p.yaml", "version: 1\nflavours:\n  f:\n    commands:\n      - " + command + "\n")
        .lines();
  }

  @Test
  void onlyPotFlavourSubCommandsAreAllowed() throws IOException {
    assertEquals(
        List.of(
            "p.yaml:5:9: error: flavours.f.commands[0]: pot does not run \"set-attr\" in flavours; allowed: add-dep, copy-in, copy-in-flv, export-ports, mount-in, set-attribute, set-cmd, set-env, set-rss (did you mean set-attribute?)"),
        commands("set-attr -A persistent -V NO"));
  }

  @Test
  void commandsMustNotPassPotName() throws IOException {
    assertEquals(
        List.of(
            "p.yaml:5:9: error: flavours.f.commands[0]: flavour commands must not pass -p; pot adds the pot's name"),
        commands("set-rss -C 1 -p other"));
  }

  @Test
  void potNameOptionIsRejectedEvenWhenClustered() throws IOException {
    assertEquals(
        List.of(
            "p.yaml:5:9: error: flavours.f.commands[0]: flavour commands must not pass -p; pot adds the pot's name"),
        commands("set-rss -C 1 -vpother"));
  }

  @Test
  void setCmdMayPassMinusPToItsOwnCommand() throws IOException {
    assertEquals(List.of(), commands("set-cmd -c \"/usr/local/bin/app -p 8080\""));
  }

  @Test
  void shellMetacharactersOutsideSetCmdAreRejected() throws IOException {
    assertEquals(
        List.of(
            "p.yaml:5:9: error: flavours.f.commands[0]: shell metacharacters are only allowed in set-cmd; pot splits this line on spaces"),
        commands("\"copy-in -s /tmp/a -d /b;reboot\""));
  }

  @Test
  void setCmdMayQuote() throws IOException {
    assertEquals(List.of(), commands("set-cmd -c \"nginx -g 'daemon off;'\""));
  }

  @Test
  void missingScriptIsReported() throws IOException {
    List<String> lines =
        new Fixture(spec())
            .file("p.yaml", "version: 1\nflavours:\n  f:\n    script: f.sh\n")
            .lines();
    assertEquals(1, lines.size());
    assertTrue(
        lines
            .getFirst()
            .startsWith("p.yaml:4:13: error: flavours.f.script: script f.sh does not exist"),
        lines.getFirst());
  }

  @Test
  void scriptPathWithDotDotIsRejected() throws IOException {
    assertEquals(
        List.of(
            "p.yaml:4:13: error: flavours.f.script: script path must not contain '.' or '..' segments, got \"../outside.sh\""),
        new Fixture(spec())
            .file("p.yaml", "version: 1\nflavours:\n  f:\n    script: ../outside.sh\n")
            .lines());
  }

  @Test
  void scriptSymlinkedOutsideTheSpecIsRejected() throws IOException {
    Path outside = Files.writeString(root.resolve("outside.sh"), "echo hi\n");
    Fixture f =
        new Fixture(spec()).file("p.yaml", "version: 1\nflavours:\n  f:\n    script: f.sh\n");
    Files.createSymbolicLink(f.dir().resolve("f.sh"), outside);
    assertEquals(
        List.of(
            "p.yaml:4:13: error: flavours.f.script: script f.sh resolves outside the spec directory"),
        f.lines());
  }

  @Test
  void scriptInsideTheSpecIsReadRelativeToItsPotfile() throws IOException {
    Fixture f =
        new Fixture(spec())
            .file(
                "sub/p.yaml",
                "version: 1\nflavours:\n  f:\n    commands: [set-rss -C 1]\n    script: s/f.sh\n")
            .file("sub/s/f.sh", "#!/bin/sh\necho hi\n");
    LoadResult result = f.load();
    assertEquals(List.of(), f.lines(result));
    FlavourSpec flavour = result.spec().orElseThrow().flavours().get("f");
    assertEquals("#!/bin/sh\necho hi\n", flavour.script().orElseThrow().content());
    assertEquals(List.of("set-rss -C 1"), flavour.commands());
  }
}
