package org.potctl.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Flavour lines are held to the rules of the Potfile fields they mirror (issue 14 item 1). */
class FlavourConfinementTest {

  /** The refusal of {@code mount-in -w} ("W" in the table). */
  private static final String REMOUNT =
      "mount-in -w is refused: pot would move the fscomp's own ZFS mountpoint into the pot, and"
          + " at every stop to jails/POT/FSCOMP (over the pot's conf or m directory for a"
          + " fscomp named so); with -d pot refuses it. Mount without -w";

  @TempDir Path dir;

  private List<String> commands(String command) {
    return new Fixture(dir)
        .file(
            "p.yaml",
            "version: 1\nfscomps: {data: {}}\nflavours:\n  f:\n    commands:\n      - "
                + command
                + "\npots:\n  db: {base: \"14.1\"}\n")
        .lines();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "mount-in -d / -m /host | -d must not be /",
        "mount-in -d /etc -m /host | -d /etc is not under an allowed root (/srv); add one with"
            + " --allow-host-dir",
        "mount-in -d /srv/../etc -m /x | -d must not contain '.' or '..' segments",
        "mount-in -z zroot/pot/fscomp/other -m /x | mount-in -z is refused: a dataset cannot be"
            + " shown to belong to this spec; use -f with a fscomp of this spec",
        "mount-in -f other -m /x | mount-in -f \"other\" is not a fscomp of this spec",
        "mount-in -f data -d /srv/x -m /x | mount-in needs exactly one of -f FSCOMP, -d DIR",
        "mount-in -f data | mount-in needs -m",
        "mount-in -f data -m relative | -m must be an absolute path",
        // the jail's devfs and procfs (issue 14): pot would mount or copy over the kernel's trees
        "mount-in -f data -m /dev | -m must not be /dev or below it (the jail's devfs, managed by"
            + " the kernel)",
        "mount-in -d /srv/x -m /dev/fd | -m must not be /dev or below it (the jail's devfs,"
            + " managed by the kernel)",
        "mount-in -f data -m /proc | -m must not be /proc or below it (the jail's procfs, managed"
            + " by the kernel)",
        "mount-in -f data -m / | -m must not be /",
        "copy-in -s /srv/mem -d /dev/mem | -d must not be /dev or below it (the jail's devfs,"
            + " managed by the kernel)",
        "copy-in-flv -s /srv/x -d /proc/curproc/x | -d must not be /proc or below it (the jail's"
            + " procfs, managed by the kernel)",
        "mount-in -f data -m /x -q | mount-in has no option -q (pot getopts f:d:z:m:wr)",
        "mount-in -f data -m /x extra | mount-in takes no operands; pot would ignore [extra]",
        "copy-in -s /etc/shadow -d /root/shadow | -s /etc/shadow is not under an allowed root"
            + " (/srv); add one with --allow-host-dir",
        "copy-in -s ../secret -d /x | -s \"../secret\" is relative: pot resolves it on the host"
            + " (against its working directory, or the flavour directory for copy-in-flv), not in"
            + " the spec; use an absolute path under an allowed root",
        "copy-in -s files/index.html -d /x | -s \"files/index.html\" is relative: pot resolves"
            + " it on the host (against its working directory, or the flavour directory for"
            + " copy-in-flv), not in the spec; use an absolute path under an allowed root",
        "add-dep -P other | add-dep -P \"other\" is not a pot of this spec",
        "set-attribute -A enforce_statfs -V 3 | attribute enforce_statfs must be 0, 1 or 2"
            + " (jail(8) enforce_statfs)",
        "copy-in-flv -s /etc/passwd -d /x | -s /etc/passwd is not under an allowed root (/srv);"
            + " add one with --allow-host-dir",
        "copy-in -s files/a | copy-in needs -d",
        "set-attribute -A devfs_ruleset -V 0 | attribute devfs_ruleset=0 is a privileged jail"
            + " setting; the operator must pass --allow-privileged-attributes",
        "set-attribute -A children -V 5 | attribute children=5 is a privileged jail setting; the"
            + " operator must pass --allow-privileged-attributes",
        "set-attribute -A enforce_statfs -V 0 | attribute enforce_statfs=0 is a privileged jail"
            + " setting; the operator must pass --allow-privileged-attributes",
        "set-attribute -A mount -V YES | attribute mount=YES is a privileged jail setting; the"
            + " operator must pass --allow-privileged-attributes",
        "set-attribute -A raw_sockets -V on | attribute raw_sockets=YES is a privileged jail"
            + " setting; the operator must pass --allow-privileged-attributes",
        "set-attribute -A allow.mount -V 1 | unknown attribute \"allow.mount\"",
        "set-attribute -A persistent | set-attribute needs -V",
        "set-attribute -A stop_timeout -V x | attribute stop_timeout must be a whole number",
        "export-ports -e 99999 | -e ports must be between 1 and 65535",
        "export-ports -e 0:80 | -e ports must be between 1 and 65535",
        "set-rss -C 0 | -C must be a number of CPUs, at least 1, got \"0\"",
        "set-rss -M lots | -M must be a size in B, K, M or G, got \"lots\"",
        "set-rss | set-rss needs -C CPUS or -M MEMORY",
        "add-dep -P ../x | -P must be a pot name, got \"../x\"",
        "add-dep | add-dep needs -P",
        "set-env -E 1BAD=x | -E must be NAME=VALUE, got \"1BAD=x\"",
        "set-cmd nginx | set-cmd must be written set-cmd -c COMMAND",
        // pot removes exactly the prefix "set-cmd -c " (common-flv.sh:66-80): two spaces fail
        "set-cmd  -c nginx | set-cmd must be written set-cmd -c COMMAND",
        "set-cmd -c  | set-cmd must be written set-cmd -c COMMAND",
        "set-attribute -A persistent -V NO -A persistent -V YES | set-attribute option -A is"
            + " given twice",
        // -w: pot sets the fscomp's ZFS mountpoint to the pot's, and at stop to
        // jails/POT/<fscomp> (common.sh:1184-1186): a fscomp named conf lands on the pot's conf
        "mount-in -f data -m /mnt -w | W",
        "mount-in -f data -m /mnt -rw | W",
        "mount-in -f data -wm/mnt | W",
        "mount-in -d /srv/static -m /static -wr | W",
        "set-attribute -A devfs_ruleset -V 5 | attribute devfs_ruleset=5 is a privileged jail"
            + " setting (only rulesets 4, devfsrules_jail, and 1, devfsrules_hide_all, hide the"
            + " host's devices: a ruleset the host does not define is created empty and hides"
            + " nothing, and 2, 3 and 5 unhide more); the operator must pass"
            + " --allow-privileged-attributes",
        "set-attribute -A devfs_ruleset -V 0099 | attribute devfs_ruleset=99 is a privileged jail"
            + " setting (only rulesets 4, devfsrules_jail, and 1, devfsrules_hide_all, hide the"
            + " host's devices: a ruleset the host does not define is created empty and hides"
            + " nothing, and 2, 3 and 5 unhide more); the operator must pass"
            + " --allow-privileged-attributes",
        "set-attribute -A no-tmpfs -V yes | attribute no-tmpfs=YES is a privileged jail setting"
            + " (the jail's /tmp then outlives a stop, and at every start pot writes"
            + " /tmp/environment.sh and /tmp/tinirc into it as root on the host, following any link"
            + " the jail left there to a host file: start.sh:467, 525, 453); the operator must pass"
            + " --allow-privileged-attributes",
        "set-attribute -A sysvshm -V inherit | attribute sysvshm=inherit is a privileged jail"
            + " setting (the jail sees the System V objects of the host and of every other jail);"
            + " the operator must pass --allow-privileged-attributes",
      })
  void hostileFlavourLinesAreRefused(String line, String problem) {
    String expected = problem.equals("W") ? REMOUNT : problem;
    assertEquals(
        List.of("p.yaml:6:9: error: flavours.f.commands[0]: " + expected), commands(line.strip()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "mount-in -f data -m /data -r",
        "mount-in -d /srv/static -m /static -r",
        "set-attribute -A devfs_ruleset -V 1",
        "set-attribute -A sysvshm -V new",
        "set-attribute -A sysvmsg -V disable",
        "set-attribute -A no-tmpfs -V NO",
        "copy-in -s/srv/conf/app.conf -d/etc/app.conf -F",
        "set-attribute -A persistent -V NO",
        "set-attribute -A devfs_ruleset -V 4",
        "set-attribute -A children -V 0",
        "export-ports -e tcp:80:30080",
        "set-rss -C 2 -M 512M",
        "add-dep -P db",
        "set-env -E APP_ENV=production",
      })
  void flavourLinesWithinTheSpecAreAccepted(String line) {
    assertEquals(List.of(), commands(line.strip()));
  }

  /**
   * pot's {@code read -r line} trims only spaces and tabs, and its word splitting splits on them
   * only: a Unicode space at either end stays part of the first or the last word. {@code -d
   * /srv}+U+2003 names a sibling of {@code /srv}, not {@code /srv}, and a line starting with U+3000
   * is one pot ignores, so neither may be judged as if the space were not there.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "mount-in -m /mnt -d /srv\\u2003 | -d may only contain letters, digits and . _ - + @ , ="
            + " between slashes",
        "mount-in -m /mnt -d /srv/a\\u3000 | -d may only contain letters, digits and . _ - + @ ,"
            + " = between slashes",
        "copy-in -d /x -s /srv/a\\u2009 | -s may only contain letters, digits and . _ - + @ , ="
            + " between slashes",
        "add-dep -P db\\u1680 | -P must be a pot name, got \"db\u1680\"",
      })
  void unicodeSpacesAtTheEndsStayInTheWordLikeInPot(String line, String problem) {
    assertEquals(
        List.of("p.yaml:6:9: error: flavours.f.commands[0]: " + problem),
        commands("\"" + line.strip() + "\""));
  }

  @Test
  void aLineStartingWithAUnicodeSpaceIsNotAFlavourCommand() {
    List<String> lines = commands("\"\\u3000set-attribute -A mount -V YES\"");
    assertEquals(1, lines.size(), lines::toString);
    assertTrue(
        lines.get(0).startsWith("p.yaml:6:9: error: flavours.f.commands[0]: pot does not run"),
        lines.get(0));
  }

  @Test
  void privilegedPotAttributesNeedTheOperatorsOptIn() {
    Fixture f =
        new Fixture(dir)
            .file(
                "p.yaml",
                "version: 1\npots:\n  a:\n    base: \"14.1\"\n    attributes: {devfs_ruleset: 0}\n");
    assertEquals(
        List.of(
            "p.yaml:5:33: error: pots.a.attributes.devfs_ruleset: attribute devfs_ruleset=0 is a"
                + " privileged jail setting; the operator must pass --allow-privileged-attributes"),
        f.lines());
    LoadResult allowed =
        new SpecLoader().load(dir, LoadOptions.defaults().withPrivilegedAttributes(true));
    assertEquals(List.of(), f.lines(allowed));
  }

  @Test
  void hardLinkedScriptIsRefused() throws IOException {
    Path outside = Files.writeString(dir.getParent().resolve("outside-secret"), "secret\n");
    Files.createDirectories(dir.resolve("flavours"));
    Files.createLink(dir.resolve("flavours/x.sh"), outside);
    List<String> lines =
        new Fixture(dir)
            .file("p.yaml", "version: 1\nflavours:\n  x:\n    script: flavours/x.sh\n")
            .lines();
    assertEquals(
        List.of(
            "p.yaml:4:13: error: flavours.x.script: script flavours/x.sh has 2 hard links; it"
                + " must be a file with one link"),
        lines);
  }
}
