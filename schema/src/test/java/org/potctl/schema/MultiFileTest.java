package org.potctl.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultiFileTest {

  @TempDir Path dir;

  @Test
  void everyErrorOfEveryFileComesOutInOneRunSortedByFileAndLine() {
    Fixture f =
        new Fixture(dir)
            .file(
                "a-infra.yaml",
                """
                version: 1
                bridges:
                  backend: {size: 1}
                fscomps:
                  data:
                    properties: {quota: lots}
                    protect: false
                """)
            .file(
                "b-pots.yaml",
                """
                version: 1
                pots:
                  db:
                    base: "14.1"
                    network: {type: private-bridge, bridge: backend, ip: 10.192.0.18}
                    mounts: [{fscomp: dta, at: /var/db}]
                    depends_on: [web]
                  web:
                    base: "14.1"
                    network: {type: public-bridge}
                    ports: ["80:8080", "443:8080"]
                    depends_on: [db]
                """)
            .file(
                "nested/c-more.yaml",
                """
                version: 1
                pots:
                  web:
                    base: "14.1"
                    colour: blue
                flavours:
                  f:
                    commands: [rm -rf /]
                """);
    String first = dir.resolve("b-pots.yaml").toString();
    assertEquals(
        List.of(
            "a-infra.yaml:3:19: error: bridges.backend.size: must be at least 2, got number 1",
            "a-infra.yaml:6:25: error: fscomps.data.properties.quota: must be a size such as 512M or 10G (a number and B, K, M, G or T), or none, got \"lots\"",
            "b-pots.yaml:6:23: error: pots.db.mounts[0].fscomp: unknown fscomp \"dta\" (did you mean data?)",
            "b-pots.yaml:7:17: error: pots.db.depends_on: dependency cycle: db -> web -> db",
            "b-pots.yaml:11:24: error: pots.web.ports[1]: host port 8080 is already exported by this pot ("
                + first
                + ":11:13)",
            "nested/c-more.yaml:3:3: error: pots.web: pot web is already defined at "
                + first
                + ":8:3",
            "nested/c-more.yaml:5:5: error: pots.web.colour: unknown key \"colour\"",
            "nested/c-more.yaml:8:16: error: flavours.f.commands[0]: pot does not run \"rm\" in flavours; allowed: add-dep, copy-in, copy-in-flv, export-ports, mount-in, set-attribute, set-cmd, set-env, set-rss"),
        f.lines());
  }
}
