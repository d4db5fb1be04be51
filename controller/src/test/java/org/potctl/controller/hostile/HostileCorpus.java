package org.potctl.controller.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates the combinatorial part of the hostile Potfile corpus: every hostile value in every
 * string field of an otherwise valid spec ({@link #BASE}). The named cases (YAML bombs, deep
 * nesting, enormous files, unknown keys, wrong types, raw bytes, file types, escapes, flavour
 * lines, attributes) are data with their exact errors: {@link HostileDataCase}.
 */
final class HostileCorpus {

  /** A valid spec with a {@code <<SLOT>>} marker for every field a hostile value can go in. */
  static final String BASE =
      """
      version: <<VERSION>>
      bridges:
        <<BRIDGE>>:
          size: <<BSIZE>>
      fscomps:
        <<FSCOMP>>:
          properties:
            <<PROPKEY>>: <<PROPVAL>>
      flavours:
        <<FLAVOUR>>:
          commands:
            - <<FCMD>>
          script: <<FSCRIPT>>
      pots:
        db:
          base: "14.1"
        <<POT>>:
          base: <<BASE>>
          type: <<TYPE>>
          network:
            type: <<NETTYPE>>
            bridge: <<NETBRIDGE>>
            ip: <<IP>>
          mounts:
            - {fscomp: <<MFSCOMP>>, at: <<MAT>>}
            - {dir: <<MDIR>>, at: /static}
          ports:
            - <<PORT>>
            - {pot: 53, host: 5353, proto: <<PROTO>>}
          flavours: [<<FREF>>]
          resources: {cpus: <<CPUS>>, memory: <<MEM>>}
          attributes: {<<ATTRKEY>>: <<ATTRVAL>>}
          env: {<<ENVKEY>>: production}
          hosts: {<<HOSTKEY>>: <<HOSTVAL>>}
          depends_on: [<<DEP>>]
          state: <<STATE>>
      """;

  /** The valid value of every slot. */
  static final Map<String, String> DEFAULTS = defaults();

  private HostileCorpus() {}

  private static Map<String, String> defaults() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("VERSION", "1");
    d.put("BRIDGE", "backend");
    d.put("BSIZE", "6");
    d.put("FSCOMP", "data");
    d.put("PROPKEY", "compression");
    d.put("PROPVAL", "lz4");
    d.put("FLAVOUR", "nginx");
    d.put("FCMD", "set-attribute -A start-at-boot -V YES");
    d.put("FSCRIPT", "flavours/nginx.sh");
    d.put("POT", "web");
    d.put("BASE", "\"14.1\"");
    d.put("TYPE", "single");
    d.put("NETTYPE", "private-bridge");
    d.put("NETBRIDGE", "backend");
    d.put("IP", "auto");
    d.put("MFSCOMP", "data");
    d.put("MAT", "/data");
    d.put("MDIR", "/srv/static");
    d.put("PORT", "\"80:30080\"");
    d.put("PROTO", "udp");
    d.put("FREF", "nginx");
    d.put("CPUS", "2");
    d.put("MEM", "512M");
    d.put("ATTRKEY", "start-at-boot");
    d.put("ATTRVAL", "true");
    d.put("ENVKEY", "APP_ENV");
    d.put("HOSTKEY", "db");
    d.put("HOSTVAL", "10.192.1.2");
    d.put("DEP", "db");
    d.put("STATE", "running");
    return Map.copyOf(d);
  }

  /** The base spec with {@code overrides} (slot → YAML text) and defaults elsewhere. */
  static String spec(Map<String, String> overrides) {
    String text = BASE;
    for (String slot : DEFAULTS.keySet()) {
      text = text.replace("<<" + slot + ">>", overrides.getOrDefault(slot, DEFAULTS.get(slot)));
    }
    return text;
  }

  /** The valid base spec as a case (it must validate: the corpus is only meaningful if so). */
  static HostileCase valid() {
    return HostileCase.of("valid base", spec(Map.of()))
        .withFile("flavours/nginx.sh", "#!/bin/sh\n");
  }

  /**
   * Slot and value pairs that are legitimate, not hostile: a 56-character environment variable or
   * host name, and {@code /etc/passwd} as a mount target inside the pot.
   */
  static final Set<String> LEGITIMATE =
      Set.of("ENVKEY: long-56", "HOSTKEY: long-56", "MAT: absolute-etc");

  /** Every case: each hostile value in each slot. */
  static List<HostileCase> all() {
    List<HostileCase> cases = new ArrayList<>();
    for (String slot : DEFAULTS.keySet()) {
      for (Map.Entry<String, String> value : HostileValues.all().entrySet()) {
        if (LEGITIMATE.contains(slot + ": " + value.getKey())) {
          continue;
        }
        String potfile = spec(Map.of(slot, HostileValues.quoted(value.getValue())));
        cases.add(
            HostileCase.of(slot + ": " + value.getKey(), potfile)
                .withFile("flavours/nginx.sh", "#!/bin/sh\n"));
      }
    }
    return cases;
  }
}
