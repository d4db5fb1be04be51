package org.potctl.controller.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.schema.LoadOptions;
import org.potctl.schema.LoadResult;
import org.potctl.schema.SpecLoader;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.model.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class NomadExportTest {

  private static final NomadOptions OPTIONS =
      new NomadOptions("shop", "https://img.example/pots", "eu1", "/opt/pot");

  @TempDir Path dir;

  private Spec spec(String yaml) throws IOException {
    Files.writeString(dir.resolve("pots.yaml"), "version: 1\n" + yaml);
    LoadResult r =
        new SpecLoader().load(dir, LoadOptions.withExtraHostDirs(List.of()).withHooks(true));
    assertTrue(r.isValid(), r.diagnostics().toString());
    return r.spec().orElseThrow();
  }

  private static final String WEB =
      """
      fscomps:
        data: {properties: {quota: 1G}}
      pots:
        db:
          base: "14.1"
          network: {type: public-bridge}
          state: stopped
        web:
          base: "14.1"
          network: {type: public-bridge}
          mounts:
            - {fscomp: data, at: /var/data}
            - {dir: /srv/static, at: /static, readonly: true}
          ports: ["80:8080", "443", {pot: 53, host: 5353, proto: udp}]
          resources: {cpus: 2, memory: 512M}
          env: {APP_ENV: prod}
          hosts: {db: 10.1.2.3}
          cmd: "nginx -g 'daemon off;'"
          depends_on: [db]
      """;

  @Test
  void mapsPortsMountsEnvHostsMemoryAndState() throws IOException {
    NomadExport.Result r = NomadExport.export(spec(WEB), OPTIONS);
    assertEquals(List.of(), r.diagnostics().all());
    assertEquals(List.of("shop-db", "shop-web"), r.jobs().stream().map(NomadJob::name).toList());
    JsonNode db = r.jobs().get(0).json().path("Job");
    assertEquals(0, db.path("TaskGroups").get(0).path("Count").asInt());
    JsonNode job = r.jobs().get(1).json().path("Job");
    assertEquals("shop", job.path("Meta").path("potctl_spec_id").asString());
    assertTrue(job.path("Meta").path("potctl_spec_digest").asString().startsWith("sha256:"));
    assertEquals("eu1", job.path("Datacenters").get(0).asString());
    JsonNode group = job.path("TaskGroups").get(0);
    assertEquals(1, group.path("Count").asInt());
    JsonNode net = group.path("Networks").get(0);
    assertEquals(
        "[{\"Label\":\"tcp_80\",\"Value\":8080},{\"Label\":\"udp_53\",\"Value\":5353}]",
        net.path("ReservedPorts").toString());
    assertEquals("[{\"Label\":\"tcp_443\"}]", net.path("DynamicPorts").toString());
    JsonNode tasks = group.path("Tasks");
    assertEquals(2, tasks.size());
    JsonNode wait = tasks.get(0);
    assertEquals("prestart", wait.path("Lifecycle").path("Hook").asString());
    assertEquals("shop-db.service.consul", wait.path("Config").path("args").get(3).asString());
    JsonNode task = tasks.get(1);
    assertEquals("pot", task.path("Driver").asString());
    JsonNode c = task.path("Config");
    assertEquals(
        "[{\"tcp_80\":\"80\",\"tcp_443\":\"443\",\"udp_53\":\"udp:53\"}]",
        c.path("port_map").toString());
    assertEquals("[\"/opt/pot/fscomp/data:/var/data\"]", c.path("mount").toString());
    assertEquals("[\"/srv/static:/static\"]", c.path("mount_read_only").toString());
    assertEquals("[\"db:10.1.2.3\"]", c.path("extra_hosts").toString());
    assertEquals("public-bridge", c.path("network_mode").asString());
    assertEquals("nginx -g 'daemon off;'", c.path("command").asString());
    assertEquals("web", c.path("pot").asString());
    assertEquals("https://img.example/pots", c.path("image").asString());
    assertEquals(12, c.path("tag").asString().length());
    assertEquals("prod", task.path("Env").path("APP_ENV").asString());
    assertEquals(512, task.path("Resources").path("MemoryMB").asInt());
    assertEquals("[fscomp.data]", r.clientObjects().toString());
    for (NomadJob j : r.jobs()) {
      assertEquals(List.of(), DriverTaskConfigSpec.violations(j.json()));
    }
  }

  @Test
  void fieldsWithoutANomadEquivalentAreLocatedErrorsUnlessTheyAreLeftOut() throws IOException {
    Spec s =
        spec(
            """
            bridges:
              b: {size: 4}
            pots:
              a:
                base: "14.1"
                network: {type: private-bridge, bridge: b, ip: 10.192.0.5}
              m:
                base: "14.1"
                type: multi
              skipped:
                base: "14.1"
                type: multi
                nomad: false
              needs:
                base: "14.1"
                depends_on: [skipped]
              tpl:
                base: "14.1"
                nomad: false
              c:
                template: tpl
              quoted:
                base: "14.1"
                cmd: 'sh -c "echo hi"'
            """);
    NomadExport.Result r = NomadExport.export(s, OPTIONS);
    assertEquals(List.of(), r.jobs());
    assertEquals(List.of("skipped", "tpl"), r.skipped());
    List<String> paths = r.diagnostics().errors().stream().map(Diagnostic::path).sorted().toList();
    assertEquals(
        List.of(
            "pots.a.network.ip",
            "pots.a.network.type",
            "pots.c.template",
            "pots.m.type",
            "pots.needs.depends_on",
            "pots.quoted.cmd"),
        paths);
    assertTrue(
        r.diagnostics().errors().stream().anyMatch(d -> d.message().contains("potctl image build")),
        r.diagnostics().toString());
    for (Diagnostic d : r.diagnostics().errors()) {
      assertTrue(d.location().orElseThrow().file().endsWith("pots.yaml"), d.toString());
      assertTrue(d.location().orElseThrow().line() > 1, d.toString());
    }
  }

  @Test
  void aCmdThatNomadWouldInterpolateIsALocatedErrorAndADollarAloneIsNot() throws IOException {
    Spec s =
        spec(
            """
            pots:
              leaks:
                base: "14.1"
                cmd: "nginx -p ${NOMAD_ALLOC_DIR} ${attr.unique.hostname}"
              plain:
                base: "14.1"
                cmd: "nginx -g $HOME"
            """);
    NomadExport.Result r = NomadExport.export(s, OPTIONS);
    List<Diagnostic> errors = r.diagnostics().errors();
    assertEquals(List.of("pots.leaks.cmd"), errors.stream().map(Diagnostic::path).toList());
    assertTrue(errors.get(0).message().contains("Nomad replaces ${...}"), errors.toString());
    assertEquals(List.of(), r.jobs(), "a spec with an error exports nothing");
  }

  @Test
  void hooksAreAnErrorAtEachHookBecauseTheDriverHasNoHooks() throws IOException {
    Files.createDirectories(dir.resolve("hooks"));
    Files.writeString(dir.resolve("hooks/pre.sh"), "#!/bin/sh\n");
    Spec s =
        spec(
            """
            pots:
              web:
                base: "14.1"
                hooks:
                  prestart: hooks/pre.sh
                  poststop: hooks/pre.sh
              plain:
                base: "14.1"
                hooks: {}
            """);
    NomadExport.Result r = NomadExport.export(s, OPTIONS);
    assertEquals(List.of(), r.jobs());
    List<Diagnostic> errors = r.diagnostics().errors();
    assertEquals(
        List.of("pots.web.hooks.poststop", "pots.web.hooks.prestart"),
        errors.stream().map(Diagnostic::path).sorted().toList());
    Diagnostic pre =
        errors.stream().filter(d -> d.path().endsWith("prestart")).findFirst().orElseThrow();
    assertEquals(6, pre.location().orElseThrow().line(), pre.toString());
    assertEquals(17, pre.location().orElseThrow().column(), pre.toString());
    assertTrue(pre.message().contains("nomad-pot-driver has no hook setting"), pre.message());
    assertTrue(pre.message().contains("conf/prestart.sh"), pre.message());
    Spec without = spec("pots:\n  web: {base: \"14.1\", hooks: {}}\n");
    assertEquals(List.of(), NomadExport.export(without, OPTIONS).diagnostics().all());
  }

  @Test
  void theImageTagChangesWithWhatTheImageIsMadeOfOnly() throws IOException {
    Spec one = spec("pots:\n  p: {base: \"14.1\", env: {A: b}}\n");
    String tag = ImageTag.of(one, one.pots().get("p"));
    Spec env = spec("pots:\n  p: {base: \"14.1\", env: {A: c}}\n");
    assertEquals(tag, ImageTag.of(env, env.pots().get("p")));
    Spec base = spec("pots:\n  p: {base: \"13.2\", env: {A: b}}\n");
    assertTrue(!tag.equals(ImageTag.of(base, base.pots().get("p"))));
  }

  @Test
  void theDriverSpecCheckRejectsUnknownKeysWrongTypesAndMissingRequiredKeys() {
    JsonNode bad =
        JsonMapper.builder()
            .build()
            .readTree(
                "{\"Job\":{\"TaskGroups\":[{\"Tasks\":[{\"Name\":\"t\",\"Driver\":\"pot\","
                    + "\"Config\":{\"image\":\"u\",\"pot\":\"p\",\"cores\":2,"
                    + "\"mount\":\"/a:/b\"}}]}]}}");
    assertEquals(
        List.of(
            "t: key cores is not in the driver's task config spec",
            "t: key mount is not a list(string)",
            "t: required key tag is missing"),
        DriverTaskConfigSpec.violations(bad));
    assertEquals(
        "ac537ed2d883f318ddb7e815cac9ddc2db54d0c2",
        DriverTaskConfigSpec.SPEC.path("commit").asString());
    assertEquals(12, DriverTaskConfigSpec.SPEC.path("keys").size());
  }
}
