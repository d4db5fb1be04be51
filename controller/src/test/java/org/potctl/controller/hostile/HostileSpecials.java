package org.potctl.controller.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The hostile cases that are not one value in one field: YAML bombs, deep nesting, enormous files,
 * unknown keys, wrong types, raw control bytes, bad encodings, tags, and escapes from the spec
 * directory or the allowed host roots through {@code ..} and symlinks.
 */
final class HostileSpecials {

  private static final String SCRIPT = "#!/bin/sh\n";

  private HostileSpecials() {}

  static List<HostileCase> all() {
    List<HostileCase> c = new ArrayList<>();
    bombs(c);
    nesting(c);
    enormous(c);
    unknownKeys(c);
    wrongTypes(c);
    rawBytes(c);
    scriptEscapes(c);
    mountEscapes(c);
    return c;
  }

  private static HostileCase spec(String name, Map<String, String> overrides) {
    return HostileCase.of(name, HostileCorpus.spec(overrides))
        .withFile("flavours/nginx.sh", SCRIPT);
  }

  private static void bombs(List<HostileCase> c) {
    StringBuilder laughs =
        new StringBuilder("version: 1\na: &a [lol, lol, lol, lol, lol, lol, lol]\n");
    for (char x = 'b'; x <= 'j'; x++) {
      laughs
          .append(x)
          .append(": &")
          .append(x)
          .append(" [")
          .append(String.join(", ", Collections.nCopies(9, "*" + (char) (x - 1))))
          .append("]\n");
    }
    c.add(HostileCase.of("yaml bomb: billion laughs", laughs.toString()));
    c.add(
        HostileCase.of(
            "yaml bomb: many aliases", "version: 1\na: &a x\nb: [" + "*a, ".repeat(500) + "*a]\n"));
    StringBuilder merge = new StringBuilder("version: 1\nm0: &m0 {k0: v}\n");
    for (int i = 1; i < 40; i++) {
      merge
          .append("m")
          .append(i)
          .append(": &m")
          .append(i)
          .append(" {<<: [*m")
          .append(i - 1)
          .append(", *m")
          .append(i - 1)
          .append("], k")
          .append(i)
          .append(": v}\n");
    }
    c.add(HostileCase.of("yaml bomb: merge keys", merge.toString()));
    c.add(
        HostileCase.of(
            "yaml bomb: aliases in pots",
            "version: 1\nx: &p {base: \"14.1\"}\npots:\n"
                + "  a: *p\n".repeat(1)
                + "  b: {<<: *p, base: [*p, *p, *p]}\n"));
    c.add(HostileCase.of("yaml: recursive alias", "version: 1\na: &a [*a]\n"));
    c.add(HostileCase.of("yaml: undefined alias", "version: 1\npots: *nope\n"));
  }

  private static void nesting(List<HostileCase> c) {
    c.add(
        HostileCase.of(
            "nesting: flow sequences",
            "version: 1\nx: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n"));
    c.add(
        HostileCase.of(
            "nesting: flow mappings",
            "version: 1\nx: " + "{a: ".repeat(5_000) + "b" + "}".repeat(5_000) + "\n"));
    StringBuilder block = new StringBuilder("version: 1\npots:\n");
    for (int i = 0; i < 200; i++) {
      block.append("  ".repeat(i + 1)).append("k").append(i).append(":\n");
    }
    c.add(HostileCase.of("nesting: block mappings", block.toString()));
    StringBuilder seq = new StringBuilder("version: 1\nx:\n");
    for (int i = 0; i < 200; i++) {
      seq.append("  ".repeat(i + 1)).append("-\n");
    }
    c.add(HostileCase.of("nesting: block sequences", seq.toString()));
  }

  private static void enormous(List<HostileCase> c) {
    int big = (4 << 20) + 1024;
    c.add(HostileCase.of("enormous: comments", "version: 1\n" + "# padding\n".repeat(big / 10)));
    c.add(HostileCase.of("enormous: one scalar", "version: 1\nx: " + "a".repeat(big) + "\n"));
    c.add(HostileCase.of("enormous: spaces", " ".repeat(big)));
    StringBuilder pots = new StringBuilder("version: 1\npots:\n");
    for (int i = 0; pots.length() < big; i++) {
      pots.append("  p").append(i).append(": {base: \"14.1\"}\n");
    }
    c.add(HostileCase.of("enormous: many pots", pots.toString()));
    c.add(HostileCase.of("enormous: long line", "version: 1\n# " + "x".repeat(big) + "\n"));
  }

  private static void unknownKeys(List<HostileCase> c) {
    c.add(HostileCase.of("unknown: top-level rm", HostileCorpus.spec(Map.of()) + "rm: -rf /\n"));
    c.add(spec("unknown: pot exec", Map.of("STATE", "running\n    exec: \"sh -c 'reboot'\"")));
    c.add(spec("unknown: pot command", Map.of("STATE", "running\n    command: [sh, -c, id]")));
    c.add(spec("unknown: network extra", Map.of("IP", "auto\n      gateway: 1.2.3.4")));
    c.add(spec("unknown: mount option", Map.of("MAT", "/data, options: \"rw,suid\"")));
    c.add(spec("unknown: fscomp mountpoint", Map.of("PROPVAL", "lz4\n    mountpoint: /etc")));
    c.add(spec("unknown: zfs property", Map.of("PROPKEY", "mountpoint", "PROPVAL", "/etc")));
    c.add(spec("unknown: zfs property sharenfs", Map.of("PROPKEY", "sharenfs", "PROPVAL", "on")));
    c.add(
        spec("unknown: attribute", Map.of("ATTRKEY", "exec.prestart", "ATTRVAL", "\"rm -rf /\"")));
    c.add(spec("unknown: flavour hook", Map.of("FSCRIPT", "flavours/nginx.sh\n    hook: x")));
    c.add(HostileCase.of("unknown: misspelt pots", "version: 1\npost:\n  web: {base: \"14.1\"}\n"));
    c.add(HostileCase.of("duplicate: key", "version: 1\nversion: 1\n"));
    c.add(
        HostileCase.of(
            "duplicate: pot", "version: 1\npots:\n  a: {base: \"14.1\"}\n  a: {base: \"13.2\"}\n"));
  }

  private static void wrongTypes(List<HostileCase> c) {
    String[][] cases = {
      {"VERSION", "\"1\""},
      {"VERSION", "[1]"},
      {"VERSION", "2"},
      {"VERSION", "null"},
      {"VERSION", "1.5"},
      {"BSIZE", "-1"},
      {"BSIZE", "1e309"},
      {"BSIZE", "\"6\""},
      {"BSIZE", "99999999999999999999"},
      {"CPUS", "0"},
      {"CPUS", "two"},
      {"CPUS", "-3"},
      {"CPUS", "[2]"},
      {"MEM", "-512M"},
      {"MEM", "512Q"},
      {"MEM", "{a: b}"},
      {"PORT", "70000"},
      {"PORT", "0"},
      {"PORT", "\"80:0\""},
      {"PORT", "[80, 80]"},
      {"PORT", "\"tcp:80:99999\""},
      {"PROTO", "icmp"},
      {"PROTO", "[udp]"},
      {"ATTRVAL", "[x]"},
      {"ATTRVAL", "{a: b}"},
      {"IP", "999.1.1.1"},
      {"IP", "10.0.0.1/8"},
      {"IP", "[10.0.0.1]"},
      {"HOSTVAL", "[1]"},
      {"HOSTVAL", "not-an-ip"},
      {"DEP", "[a, [b]]"},
      {"FREF", "{x: y}"},
      {"FCMD", "[set-attribute]"},
      {"FCMD", "null"},
      {"FSCRIPT", "[a]"},
      {"FSCRIPT", "42"},
      {"TYPE", "[single]"},
      {"TYPE", "true"},
      {"STATE", "42"},
      {"STATE", "destroyed"},
      {"NETTYPE", "host"},
      {"NETTYPE", "null"},
      {"BASE", "14.1"},
      {"BASE", "[14.1]"},
      {"MAT", "null"},
      {"MAT", "relative/path"},
      {"MDIR", "42"},
      {"MFSCOMP", "[data]"},
    };
    for (String[] w : cases) {
      c.add(spec("wrong type: " + w[0] + " = " + w[1], Map.of(w[0], w[1])));
    }
    c.add(HostileCase.of("wrong type: pots is a list", "version: 1\npots: [web]\n"));
    c.add(HostileCase.of("wrong type: pot is a string", "version: 1\npots: {web: \"rm -rf /\"}\n"));
    c.add(HostileCase.of("wrong type: document is a list", "- version: 1\n"));
    c.add(HostileCase.of("wrong type: document is a scalar", "rm -rf /\n"));
    c.add(HostileCase.of("wrong type: empty document", "\n"));
    c.add(HostileCase.of("yaml: two documents", "version: 1\n---\nversion: 1\n"));
    c.add(HostileCase.of("yaml: java tag", "version: !!java.lang.Runtime 1\n"));
    c.add(
        HostileCase.of(
            "yaml: binary tag", "version: 1\npots:\n  web:\n    base: !!binary MTQuMQ==\n"));
    c.add(HostileCase.of("yaml: syntax error", "version: 1\npots: [web\n"));
    c.add(HostileCase.of("yaml: tab indent", "version: 1\npots:\n\tweb: {}\n"));
  }

  private static void rawBytes(List<HostileCase> c) {
    String[][] raw = {
      {"raw nul", "\u0000"},
      {"raw escape", "\u001b[2J"},
      {"raw del", "\u007f"},
      {"raw bell", "\u0007"},
      {"raw backspace", "\b"},
      {"raw c1", "\u009b"},
      {"raw line separator", "\u2028"},
      {"raw bidi override", "\u202e"},
      {"raw bom inside", "\ufeff"},
    };
    for (String[] r : raw) {
      c.add(
          HostileCase.of(
              r[0] + " in pot name", "version: 1\npots:\n  we" + r[1] + "b: {base: \"14.1\"}\n"));
      c.add(
          HostileCase.of(
              r[0] + " in a value", "version: 1\npots:\n  web: {base: 14" + r[1] + ".1}\n"));
    }
    c.add(
        bytes(
            "encoding: invalid utf-8", new byte[] {'v', ':', ' ', (byte) 0xc3, (byte) 0x28, '\n'}));
    c.add(
        bytes(
            "encoding: overlong utf-8 slash",
            new byte[] {'x', ':', ' ', (byte) 0xc0, (byte) 0xaf, '\n'}));
    c.add(bytes("encoding: utf-16", "version: 1\n".getBytes(StandardCharsets.UTF_16)));
    c.add(
        bytes(
            "encoding: lone surrogate",
            new byte[] {'x', ':', ' ', (byte) 0xed, (byte) 0xa0, (byte) 0x80}));
  }

  private static HostileCase bytes(String name, byte[] content) {
    return new HostileCase(name, Map.of("hostile.yaml", content), Map.of());
  }

  private static void scriptEscapes(List<HostileCase> c) {
    String[] paths = {
      "../outside.sh", "../../../../etc/passwd", "/etc/passwd", "flavours/../../x.sh",
      "./flavours/nginx.sh", "flavours//nginx.sh", "flavours/-rf.sh", "flavours/missing.sh",
      "flavours", "\"\"",
    };
    for (String p : paths) {
      c.add(spec("flavour script: " + p, Map.of("FSCRIPT", p)));
    }
    c.add(
        spec("flavour script: symlink to /etc/passwd", Map.of("FSCRIPT", "flavours/evil.sh"))
            .withLink("flavours/evil.sh", "/etc/passwd"));
    c.add(
        spec("flavour script: symlink to ..", Map.of("FSCRIPT", "flavours/up.sh"))
            .withLink("flavours/up.sh", "../../outside.sh"));
    c.add(
        spec("flavour script: symlinked directory", Map.of("FSCRIPT", "lib/passwd"))
            .withLink("lib", "/etc"));
    c.add(spec("potfile: symlink to outside", Map.of()).withLink("other.yaml", "/etc/hostname"));
    c.add(spec("potfile: symlinked directory to /etc", Map.of()).withLink("etc", "/etc"));
  }

  private static void mountEscapes(List<HostileCase> c) {
    String[] dirs = {
      "/etc", "/", "/root/.ssh", "/srv/../etc", "/srv/x/../../etc", "/srv/./x", "/srv//x",
      "/srv/", "srv/x", "../srv", "/srvx/data", "/srv/-rf", "/var/db/potctl", "/usr/local/etc/pot",
      "\"/srv/a b\"", "\"/srv/$(id)\"", "\"/srv/`id`\"", "\"/srv/a;b\"", "~/x", "/dev/mem",
    };
    for (String d : dirs) {
      c.add(spec("mount dir: " + d, Map.of("MDIR", d)));
    }
    String[] targets = {"/", "relative", "/a/../etc", "/a//b", "/a/./b", "\"/a b\"", "/-rf", "/x/"};
    for (String t : targets) {
      c.add(spec("mount at: " + t, Map.of("MAT", t)));
    }
  }
}
