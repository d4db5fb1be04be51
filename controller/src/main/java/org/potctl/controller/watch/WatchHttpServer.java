package org.potctl.controller.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The watcher's HTTP endpoints (JDK {@code com.sun.net.httpserver}): {@code GET /healthz}, {@code
 * GET /metrics}, {@code GET /status}, and the signed {@code POST /hook}, {@code /suspend}, {@code
 * /resume} ({@link SignedRequests}: replays and bodies signed for another path are refused).
 * Request bodies over {@link #MAX_BODY} get 413; unknown paths 404; other methods 405. Each
 * exchange runs on its own virtual thread, under the deadlines and connection bound of {@link
 * HttpLimits}.
 */
public final class WatchHttpServer implements AutoCloseable {

  /** The largest request body read: 1 MiB. */
  public static final int MAX_BODY = 1 << 20;

  /** The most of a refused body read before the 413 (see {@link #drain}). */
  private static final long DRAIN_LIMIT = 4L * MAX_BODY;

  private static final Map<String, String> METHODS =
      Map.of(
          "/healthz", "GET",
          "/metrics", "GET",
          "/status", "GET",
          "/hook", "POST",
          "/suspend", "POST",
          "/resume", "POST");

  private final HttpServer server;
  private final ExecutorService executor;
  private final Watcher watcher;
  private final WatchMetrics metrics;
  private final SignedRequests signed;
  private final WatchLog log;

  private WatchHttpServer(
      HttpServer server,
      Watcher watcher,
      WatchMetrics metrics,
      SignedRequests signed,
      WatchLog log) {
    this.server = server;
    this.watcher = watcher;
    this.metrics = metrics;
    this.signed = signed;
    this.log = log;
    this.executor =
        Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("potctl-http-", 0).factory());
    server.setExecutor(executor);
    server.createContext("/", this::handle);
  }

  /**
   * Binds {@code address} (port 0 for any free port) and starts serving.
   *
   * @throws IOException when the address cannot be bound
   */
  public static WatchHttpServer start(
      InetSocketAddress address,
      Watcher watcher,
      WatchMetrics metrics,
      Signatures signatures,
      WatchLog log)
      throws IOException {
    return start(address, watcher, metrics, signatures, log, Clock.systemUTC());
  }

  /**
   * Binds {@code address} and starts serving; control bodies' timestamps are checked against {@code
   * clock}.
   *
   * @throws IOException when the address cannot be bound
   */
  public static WatchHttpServer start(
      InetSocketAddress address,
      Watcher watcher,
      WatchMetrics metrics,
      Signatures signatures,
      WatchLog log,
      Clock clock)
      throws IOException {
    HttpLimits.install();
    SignedRequests signed =
        new SignedRequests(signatures, clock, new ReplayGuard(ReplayGuard.DEFAULT_CAPACITY));
    WatchHttpServer http =
        new WatchHttpServer(HttpServer.create(address, 64), watcher, metrics, signed, log);
    http.server.start();
    return http;
  }

  /** The bound address (with the real port when 0 was asked for). */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      String allowed = METHODS.get(path);
      if (allowed == null) {
        send(exchange, 404, "text/plain", "not found\n");
      } else if (!allowed.equals(method)) {
        exchange.getResponseHeaders().set("Allow", allowed);
        send(exchange, 405, "text/plain", "method not allowed; use " + allowed + "\n");
      } else if (allowed.equals("GET")) {
        get(exchange, path);
      } else {
        post(exchange, path);
      }
    } catch (IOException e) {
      // a client that went away, or one whose connection the request deadline closed
      metrics.httpAborted();
      log.warn("http-aborted", "error", e.toString());
    } catch (RuntimeException e) {
      log.error("http-failed", "error", e.toString());
    }
  }

  private void get(HttpExchange exchange, String path) throws IOException {
    switch (path) {
      case "/healthz" -> send(exchange, 200, "text/plain", "ok\n");
      case "/metrics" ->
          send(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape());
      default -> send(exchange, 200, "application/json", StatusJson.render(watcher.status()));
    }
  }

  private void post(HttpExchange exchange, String path) throws IOException {
    byte[] body = readBounded(exchange);
    if (body == null) {
      metrics.request(path, "too-large");
      send(exchange, 413, "text/plain", "request body over " + MAX_BODY + " bytes\n");
      return;
    }
    SignedRequests.Verdict verdict = signed.check(path, exchange.getRequestHeaders(), body);
    metrics.request(path, verdict.result());
    if (!verdict.accepted()) {
      log.warn("request-refused", "path", path, "because", verdict.message());
      send(exchange, verdict.status(), "text/plain", verdict.message() + "\n");
      return;
    }
    switch (path) {
      case "/hook" -> hook(exchange);
      case "/suspend" -> {
        watcher.suspend();
        send(exchange, 200, "application/json", "{\"suspended\":true}\n");
      }
      default -> {
        watcher.resume();
        send(exchange, 200, "application/json", "{\"suspended\":false}\n");
      }
    }
  }

  private void hook(HttpExchange exchange) throws IOException {
    if ("ping".equals(exchange.getRequestHeaders().getFirst("X-GitHub-Event"))) {
      send(exchange, 200, "application/json", "{\"pong\":true}\n");
      return;
    }
    boolean accepted = watcher.trigger("hook");
    log.info("hook", "accepted", accepted);
    send(
        exchange,
        accepted ? 202 : 503,
        "application/json",
        accepted ? "{\"triggered\":true}\n" : "{\"triggered\":false}\n");
  }

  private static byte[] readBounded(HttpExchange exchange) throws IOException {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    long declared = -1;
    if (length != null) {
      try {
        declared = Long.parseLong(length.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    try (InputStream in = exchange.getRequestBody()) {
      if (declared > MAX_BODY) {
        drain(in, declared);
        return null;
      }
      byte[] body = in.readNBytes(MAX_BODY + 1);
      if (body.length > MAX_BODY) {
        drain(in, DRAIN_LIMIT);
        return null;
      }
      return body;
    }
  }

  /**
   * Reads and drops a refused body of up to {@link #DRAIN_LIMIT} bytes so the client gets to read
   * the 413 rather than a connection reset while it is still sending; a larger body is cut off. The
   * server's read timeout bounds a client that sends slowly.
   */
  private static void drain(InputStream in, long declared) throws IOException {
    if (declared > DRAIN_LIMIT) {
      return;
    }
    byte[] sink = new byte[8192];
    long left = declared;
    while (left > 0) {
      int n = in.read(sink, 0, (int) Math.min(sink.length, left));
      if (n < 0) {
        return;
      }
      left -= n;
    }
  }

  private static void send(HttpExchange exchange, int code, String type, String text)
      throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(code, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
