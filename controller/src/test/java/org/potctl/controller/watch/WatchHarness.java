package org.potctl.controller.watch;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A watcher with its HTTP server on 127.0.0.1 (ephemeral port), and a client for it. */
final class WatchHarness implements AutoCloseable {

  static final byte[] SECRET = "test-secret".getBytes(StandardCharsets.UTF_8);

  private static final JsonMapper JSON = JsonMapper.builder().build();

  final Watcher watcher;
  final WatchHttpServer http;
  private final StringWriter log = new StringWriter();
  private final HttpClient client = HttpClient.newHttpClient();

  WatchHarness(Source source, Reconciler reconciler, WatchOptions options, Signatures signatures)
      throws IOException {
    WatchMetrics metrics = new WatchMetrics();
    WatchLog watchLog = new WatchLog(new PrintWriter(log), Clock.systemUTC());
    watcher =
        new Watcher(
            source, reconciler, options, metrics, watchLog, Clock.systemUTC(), new Random(7));
    http =
        WatchHttpServer.start(
            new InetSocketAddress("127.0.0.1", 0), watcher, metrics, signatures, watchLog);
    watcher.start();
  }

  static WatchHarness start(Source source, Reconciler reconciler, WatchOptions options)
      throws IOException {
    return new WatchHarness(source, reconciler, options, Signatures.withSecret(SECRET));
  }

  String log() {
    synchronized (log) {
      return log.toString();
    }
  }

  long logCount(String event) {
    return log()
        .lines()
        .filter(l -> l.contains(" event=" + event + " ") || l.endsWith(" event=" + event))
        .count();
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  JsonNode status() throws IOException, InterruptedException {
    return JSON.readTree(get("/status").body());
  }

  /** POSTs {@code body} with the given header pairs. */
  HttpResponse<String> post(String path, byte[] body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** POSTs {@code body} signed GitHub-style with {@link #SECRET}, with a fresh delivery id. */
  HttpResponse<String> postSigned(String path, String body)
      throws IOException, InterruptedException {
    return postSigned(path, body, UUID.randomUUID().toString());
  }

  /** POSTs {@code body} signed GitHub-style with {@link #SECRET} as delivery {@code id}. */
  HttpResponse<String> postSigned(String path, String body, String id)
      throws IOException, InterruptedException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return post(
        path,
        bytes,
        "X-Hub-Signature-256",
        "sha256=" + Signatures.signHex(SECRET, bytes),
        "X-GitHub-Delivery",
        id);
  }

  /** POSTs a signed, current control body to {@code /suspend} or {@code /resume}. */
  HttpResponse<String> control(String action) throws IOException, InterruptedException {
    return postSigned("/" + action, ControlBody.of(action, Instant.now()));
  }

  private URI uri(String path) {
    InetSocketAddress a = http.address();
    return URI.create("http://127.0.0.1:" + a.getPort() + path);
  }

  @Override
  public void close() {
    http.close();
    watcher.stop(Duration.ofSeconds(30));
  }
}
