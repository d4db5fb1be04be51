package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Run;
import org.potctl.state.exec.Command;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ObserveCommandTest {

  @TempDir Path dir;

  private Run observe(String... extra) {
    String[] args = new String[extra.length + 3];
    args[0] = "observe";
    args[1] = "--host";
    args[2] = "sim:" + dir;
    System.arraycopy(extra, 0, args, 3, extra.length);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString().replace("\r", ""), err.toString().replace("\r", ""));
  }

  private void sim(String... argv) {
    SimulatedHost host = new SimulatedHost(SimOptions.of(dir));
    Command c = Command.of(argv);
    host.run(c).requireSuccess(c);
  }

  private void webWithDataRunning() {
    sim("pot", "create-fscomp", "-f", "data");
    sim(
        "pot",
        "create",
        "-p",
        "web",
        "-t",
        "single",
        "-b",
        "14.1",
        "-N",
        "public-bridge",
        "-i",
        "auto");
    sim("pot", "mount-in", "-p", "web", "-f", "data", "-m", "/data", "-r");
    sim("pot", "export-ports", "-p", "web", "-e", "80:30080");
    sim("pot", "start", "-p", "web");
  }

  @Test
  void emptyHostPrintsEmptySectionsAndTheBannerOnStderr() {
    Run r = observe();
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().startsWith("using simulated pot host at " + dir), r.err());
    assertTrue(
        r.out().startsWith("host: sim  zfs_root zroot/pot  fs_root " + dir.resolve("fsroot")),
        r.out());
    assertTrue(r.out().contains("\npots (0):\n"), r.out());
    assertTrue(r.out().contains("\nfscomps (0):\n"), r.out());
  }

  @Test
  void textShowsARunningPotWithItsMountPortAndRedirect() {
    webWithDataRunning();
    Run r = observe();
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.out()
            .matches(
                "(?s).*\n  web +running +single +14\\.1 +public-bridge 10\\.192\\.0\\.\\d+\n.*"),
        r.out());
    assertTrue(r.out().contains("      mount zroot/pot/fscomp/data -> /data (ro)\n"), r.out());
    assertTrue(r.out().contains("      port  tcp 80 <- 30080\n"), r.out());
    assertTrue(
        r.out().matches("(?s).*      rdr   tcp \\S+:30080 -> 10\\.192\\.0\\.\\d+:80\n.*"), r.out());
    assertTrue(r.out().contains("\nfscomps (1):\n  data "), r.out());
  }

  @Test
  void jsonHasStableFieldsForPotsAndRedirects() throws IOException {
    webWithDataRunning();
    Run r = observe("-o", "json");
    assertEquals(0, r.code(), r.err());
    JsonNode doc = JsonMapper.builder().build().readTree(r.out());
    assertEquals(1, doc.get("format_version").asInt());
    assertEquals("sim", doc.get("host").get("driver").asString());
    assertTrue(doc.get("host").get("fingerprint").asString().matches("sha256:[0-9a-f]{64}"));
    JsonNode web = doc.get("pots").get(0);
    assertEquals("web", web.get("name").asString());
    assertEquals("running", web.get("state").asString());
    assertEquals("public-bridge", web.get("network").get("type").asString());
    assertEquals("/data", web.get("mounts").get(0).get("target").asString());
    assertEquals("ro", web.get("mounts").get(0).get("option").asString());
    assertEquals(30080, web.get("ports").get(0).get("host").asInt());
    assertEquals(80, web.get("redirects").get(0).get("pot_port").asInt());
    assertEquals("data", doc.get("fscomps").get(0).get("name").asString());
    JsonNode settings = doc.get("config").get("settings");
    assertEquals(dir.resolve("fsroot").toString(), settings.get("POT_FS_ROOT").asString());
  }

  @Test
  void malformedPotFileFailsWithFileAndLine() throws IOException {
    webWithDataRunning();
    Path fscomp = dir.resolve("fsroot/jails/web/conf/fscomp.conf");
    Files.writeString(fscomp, "only-one-field\n");
    Run r = observe();
    assertEquals(1, r.code());
    assertTrue(r.err().contains("potctl: error: " + fscomp + ":1: expected"), r.err());
  }

  @Test
  void unknownHostIsAUsageError() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {"observe", "--host", "ftp://x"},
            new PrintWriter(out),
            new PrintWriter(err));
    assertEquals(64, code, err.toString());
    assertTrue(err.toString().contains("is not a host"), err.toString());
  }

  @Test
  void hostOptionMayComeBeforeTheCommand() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {"--host", "sim:" + dir, "observe", "-o", "json"},
            new PrintWriter(out),
            new PrintWriter(err));
    assertEquals(0, code, err.toString());
    assertTrue(out.toString().contains("\"driver\" : \"sim\""), out.toString());
  }
}
