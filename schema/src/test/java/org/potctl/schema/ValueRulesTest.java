package org.potctl.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValueRulesTest {

  @TempDir Path dir;

  private List<String> pot(String fields) {
    return new Fixture(dir).file("p.yaml", "version: 1\npots:\n  web:\n" + fields).lines();
  }

  @Test
  void baseMustBeAFreeBsdRelease() {
    assertEquals(
        List.of(
            "p.yaml:4:11: error: pots.web.base: must be a FreeBSD release such as \"14.1\", got \"latest\""),
        pot("    base: latest\n"));
  }

  @Test
  void memoryMustParseAsASize() {
    assertEquals(
        List.of(
            "p.yaml:5:25: error: pots.web.resources.memory: must be a size such as 512M or 10G (a number and B, K, M, G or T), got \"1.5G\""),
        pot("    base: \"14.1\"\n    resources: {memory: 1.5G}\n"));
  }

  @Test
  void memoryInTerabytesIsRefusedLikePotDoes() {
    assertEquals(
        List.of(
            "p.yaml:5:25: error: pots.web.resources.memory: pot accepts memory in B, K, M or G, got \"1T\""),
        pot("    base: \"14.1\"\n    resources: {memory: 1T}\n"));
  }

  @Test
  void cpusAtLeastOne() {
    assertEquals(
        List.of("p.yaml:5:23: error: pots.web.resources.cpus: must be at least 1, got number 0"),
        pot("    base: \"14.1\"\n    resources: {cpus: 0}\n"));
  }

  @Test
  void booleanAttributeTakesOnlyBooleanWords() {
    assertEquals(
        List.of(
            "p.yaml:5:30: error: pots.web.attributes.persistent: must be a boolean (true/false, yes/no, on/off), got \"maybe\""),
        pot("    base: \"14.1\"\n    attributes: {persistent: maybe}\n"));
  }

  @Test
  void unknownAttributeGetsHint() {
    assertEquals(
        List.of(
            "p.yaml:5:18: error: pots.web.attributes.start_at_boot: unknown key \"start_at_boot\" (did you mean start-at-boot?)"),
        pot("    base: \"14.1\"\n    attributes: {start_at_boot: true}\n"));
  }

  @Test
  void fscompPropertyValuesAreChecked() {
    assertEquals(
        List.of(
            "p.yaml:4:30: error: fscomps.data.properties.recordsize: must be a power of two from 512 to 1M, got \"3K\""),
        new Fixture(dir)
            .file("p.yaml", "version: 1\nfscomps:\n  data:\n    properties: {recordsize: 3K}\n")
            .lines());
  }

  @Test
  void envNamesAndValuesAreChecked() {
    assertEquals(
        List.of(
            "p.yaml:5:11: error: pots.web.env.1BAD: invalid variable name \"1BAD\": letters, digits and '_', not first a digit",
            "p.yaml:5:24: error: pots.web.env.OK: must be one line of at most 4096 characters, got \"a\\u000ab\""),
        pot("    base: \"14.1\"\n    env: {1BAD: x, OK: \"a\\nb\"}\n"));
  }

  @Test
  void envValuesCannotExpandInPotsShellScript() {
    assertEquals(
        List.of(
            "p.yaml:5:16: error: pots.web.env.CMD: must not contain $, `, \\ or \" (pot writes it into a shell script), got \"$(reboot)\""),
        pot("    base: \"14.1\"\n    env: {CMD: \"$(reboot)\"}\n"));
  }

  @Test
  void hostsMapNamesToIpv4() {
    assertEquals(
        List.of(
            "p.yaml:5:17: error: pots.web.hosts.db: must be an IPv4 address such as 10.192.0.10, got \"db.local\""),
        pot("    base: \"14.1\"\n    hosts: {db: db.local}\n"));
  }
}
