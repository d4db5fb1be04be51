package org.potctl.controller.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Sockets;

/** The watcher's HTTP layer on real sockets: replays, control bodies, slow clients. */
class WatchHttpTest {

  @TempDir Path tmp;

  private WatchHarness watch;
  private final List<Socket> slow = new ArrayList<>();
  private final AtomicBoolean feeding = new AtomicBoolean(true);

  @BeforeEach
  void start() throws IOException {
    Path spec = Files.createDirectories(tmp.resolve("spec"));
    Files.writeString(spec.resolve("pots.yaml"), "version: 1\npots:\n  web:\n    base: \"14.1\"\n");
    watch =
        WatchHarness.start(
            new DirectorySource(spec, tmp.resolve("work")),
            new RecordingReconciler(),
            WatchOptions.of("t", Duration.ofHours(1)));
  }

  @AfterEach
  void stop() throws IOException {
    feeding.set(false);
    for (Socket s : slow) {
      s.close();
    }
    watch.close();
  }

  @Test
  void aDeliveryIdOrHookBodySeenBeforeIsRefused() throws Exception {
    assertEquals(202, watch.postSigned("/hook", "{\"after\":\"a1\"}", "d-1").statusCode());
    HttpResponse<String> again = watch.postSigned("/hook", "{\"after\":\"a1\"}", "d-1");
    assertEquals(409, again.statusCode());
    assertTrue(again.body().contains("replayed: delivery d-1"), again.body());
    assertEquals(409, watch.postSigned("/hook", "{\"after\":\"a2\"}", "d-1").statusCode());
    assertEquals(409, watch.postSigned("/hook", "{\"after\":\"a1\"}", "d-2").statusCode());
    byte[] body = "{\"after\":\"a3\"}".getBytes(StandardCharsets.UTF_8);
    String hex = Signatures.signHex(WatchHarness.SECRET, body);
    assertEquals(
        202,
        watch
            .post("/hook", body, "X-Forgejo-Signature", hex, "X-Forgejo-Delivery", "f-1")
            .statusCode());
    assertEquals(
        409,
        watch
            .post("/hook", body, "X-Gitea-Signature", hex, "X-Gitea-Delivery", "f-2")
            .statusCode());
    assertEquals(400, watch.post("/hook", body, "X-Gitea-Signature", hex).statusCode());
    String metrics = watch.get("/metrics").body();
    assertTrue(
        metrics.contains(
            "potctl_watch_signed_requests_total{path=\"/hook\",result=\"replayed\"} 4.0"),
        metrics);
    assertTrue(
        metrics.contains(
            "potctl_watch_signed_requests_total{path=\"/hook\",result=\"accepted\"} 2.0"),
        metrics);
  }

  @Test
  void aBodySignedForAnotherPathIsRefused() throws Exception {
    HttpResponse<String> hook = watch.postSigned("/suspend", "{\"ref\":\"refs/heads/main\"}");
    assertEquals(400, hook.statusCode());
    assertTrue(hook.body().startsWith("malformed: the body must be exactly"), hook.body());
    String suspend = ControlBody.of("suspend", Instant.now());
    HttpResponse<String> other = watch.postSigned("/resume", suspend);
    assertEquals(400, other.statusCode());
    assertTrue(other.body().contains("names the action 'suspend', not 'resume'"), other.body());
    // a refused request is not remembered: the same body is still a first delivery for /hook
    assertEquals(202, watch.postSigned("/hook", "{\"ref\":\"refs/heads/main\"}").statusCode());
    assertFalse(watch.status().path("suspended").asBoolean());
    assertEquals(200, watch.postSigned("/suspend", suspend).statusCode());
    assertTrue(watch.status().path("suspended").asBoolean());
    HttpResponse<String> replay = watch.postSigned("/suspend", suspend);
    assertEquals(409, replay.statusCode());
    // a control body, spent or fresh, is not a delivery: /hook refuses it under any new id
    HttpResponse<String> spent = watch.postSigned("/hook", suspend, "c-1");
    assertEquals(400, spent.statusCode());
    assertTrue(spent.body().startsWith("malformed: this is a control body"), spent.body());
    String resume = ControlBody.of("resume", Instant.now());
    assertEquals(400, watch.postSigned("/hook", resume, "c-2").statusCode());
    assertEquals(200, watch.postSigned("/resume", resume).statusCode());
    assertFalse(watch.status().path("suspended").asBoolean());
    assertTrue(watch.get("/metrics").body().contains("result=\"malformed\"} 1.0"));
  }

  @Test
  void aTimestampOutsideFiveMinutesIsRefused() throws Exception {
    Instant now = Instant.now();
    for (Instant at : List.of(now.minusSeconds(301), now.plusSeconds(400))) {
      HttpResponse<String> r = watch.postSigned("/suspend", ControlBody.of("suspend", at));
      assertEquals(403, r.statusCode(), r.body());
      assertTrue(r.body().startsWith("stale: the timestamp " + at.getEpochSecond()), r.body());
    }
    assertFalse(watch.status().path("suspended").asBoolean());
    String late = "{\"action\":\"suspend\",\"timestamp\":" + now.minusSeconds(200).getEpochSecond();
    assertEquals(200, watch.postSigned("/suspend", late + "}").statusCode());
    assertEquals(400, watch.postSigned("/resume", "{\"action\":\"resume\"}").statusCode());
    String dup = "{\"action\":\"resume\",\"action\":\"resume\",\"timestamp\":1}";
    assertEquals(400, watch.postSigned("/resume", dup).statusCode());
    assertTrue(watch.get("/metrics").body().contains("result=\"stale\"} 2.0"));
  }

  @Test
  void fiftySlowClientsLeaveHealthzAndSignedHooksAnswering() throws Exception {
    long connected = System.nanoTime();
    for (int i = 0; i < 25; i++) {
      slowHeaders();
      slowBody();
    }
    long worst = 0;
    for (int i = 0; i < 5; i++) {
      long t0 = System.nanoTime();
      assertEquals("ok\n", watch.get("/healthz").body());
      worst = Math.max(worst, System.nanoTime() - t0);
    }
    long t0 = System.nanoTime();
    assertEquals(202, watch.postSigned("/hook", "{\"after\":\"slow\"}").statusCode());
    worst = Math.max(worst, System.nanoTime() - t0);
    // A server that served the slow clients first would answer only once its request deadline
    // had closed them: every slow client is still held open after the answers, so each answer
    // came beside all 50 (no clock in the assertion, which a loaded machine would break). The
    // latency itself is a figure here and a bench row (SlowClientsBench, target 1 s).
    System.out.println(
        "NOTICE: slowest answer beside 50 slow clients: "
            + worst / 1_000_000
            + " ms after "
            + (System.nanoTime() - connected) / 1_000_000
            + " ms held (target 1000 ms; load average "
            + java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage()
            + ")");
    for (Socket s : slow) {
      assertTrue(Sockets.heldOpen(s), "a slow client was answered or closed before the deadline");
    }
  }

  @Test
  void theRequestDeadlineClosesSlowAndSilentConnections() throws Exception {
    Socket headers = slowHeaders();
    Socket body = slowBody();
    Socket silent = connect();
    long t0 = System.nanoTime();
    // closed at the first check after the deadline: at most CHECK_MILLIS late, plus slack
    Duration limit =
        Duration.ofMillis(HttpLimits.MAX_REQUEST_SECONDS * 1000L + HttpLimits.CHECK_MILLIS + 4000);
    for (Socket s : List.of(headers, body, silent)) {
      assertClosedWithin(s, limit);
    }
    long took = (System.nanoTime() - t0) / 1_000_000;
    System.out.println("NOTICE: slow connections closed after " + took + " ms");
    assertTrue(took >= (HttpLimits.MAX_REQUEST_SECONDS - 2) * 1000L, took + " ms");
    assertTrue(watch.get("/metrics").body().contains("potctl_watch_http_aborted_total 1.0"));
  }

  private static void assertClosedWithin(Socket s, Duration limit) throws IOException {
    s.setSoTimeout((int) limit.toMillis());
    InputStream in = s.getInputStream();
    try {
      int b;
      do {
        b = in.read();
      } while (b >= 0);
    } catch (SocketTimeoutException e) {
      throw new AssertionError("connection still open after " + limit, e);
    } catch (IOException e) {
      // reset by the server: closed as well
    }
  }

  private Socket connect() throws IOException {
    Socket s = new Socket("127.0.0.1", watch.http.address().getPort());
    slow.add(s);
    return s;
  }

  /** Sends a request line and then one header byte every 100 ms, never ending the headers. */
  private Socket slowHeaders() throws IOException {
    Socket s = connect();
    feed(s, "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ", (byte) 'a');
    return s;
  }

  /** Sends a signed-looking POST's headers, then one body byte every 100 ms of 100,000. */
  private Socket slowBody() throws IOException {
    Socket s = connect();
    feed(
        s,
        "POST /hook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000\r\n"
            + "X-GitHub-Delivery: slow\r\nX-Hub-Signature-256: sha256="
            + "0".repeat(64)
            + "\r\n\r\n",
        (byte) '{');
    return s;
  }

  private void feed(Socket s, String head, byte each) throws IOException {
    OutputStream out = s.getOutputStream();
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    out.flush();
    Thread.ofVirtual()
        .start(
            () -> {
              try {
                while (feeding.get()) {
                  Thread.sleep(100);
                  out.write(each);
                  out.flush();
                }
              } catch (IOException | InterruptedException e) {
                // closed: by the server's deadline or by the test
              }
            });
  }
}
