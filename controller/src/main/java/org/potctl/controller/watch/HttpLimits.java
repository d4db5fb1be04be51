package org.potctl.controller.watch;

import java.util.Map;

/**
 * The limits of the JDK HTTP server that keep slow or many clients from stalling the watcher, set
 * as the system properties the {@code jdk.httpserver} module documents. The server reads them once
 * per JVM, when the first server is created, so {@link #install()} runs before that; a value the
 * operator gave on the command line ({@code JAVA_OPTS=-D…}) is kept.
 *
 * <p>Handlers run on virtual threads, one per exchange, so a client that sends slowly ties up no
 * shared thread; the request and response deadlines then close its connection.
 *
 * <p>The server looks at its deadlines on two timer threads, each waking every {@link
 * #CHECK_MILLIS}, so a connection past its deadline is closed up to one check later: with 7 s
 * deadlines and a 4 s check, 7 to 11 s after the deadline's start, the same worst case as 10 s
 * deadlines looked at every second, for a quarter of the wake-ups of an idle watcher
 * (docs/performance.md). The server's dispatcher thread also wakes once a second, which no property
 * governs.
 */
final class HttpLimits {

  /** The most open connections (active and idle); more are closed as soon as accepted. */
  static final int MAX_CONNECTIONS = 128;

  /**
   * Seconds a request (headers and body) may take from its first byte. The module documentation
   * says milliseconds, but the JDK 21 to 25 servers read the value as seconds ({@code
   * ServerImpl.getTimeMillis(secs)}); {@code WatchHttpLimitsTest} measures it.
   */
  static final int MAX_REQUEST_SECONDS = 7;

  /** Seconds a response may take to be sent (same unit as {@link #MAX_REQUEST_SECONDS}). */
  static final int MAX_RESPONSE_SECONDS = 7;

  /** Seconds an idle keep-alive connection, or one that never sends a byte, stays open. */
  static final int IDLE_SECONDS = 7;

  /** Milliseconds between two looks at the idle and the request/response deadlines. */
  static final int CHECK_MILLIS = 4000;

  /** The header section's size limit in bytes (the JDK's default is 384 KiB). */
  static final int MAX_HEADER_BYTES = 64 * 1024;

  static final Map<String, String> PROPERTIES =
      Map.of(
          "jdk.httpserver.maxConnections", Integer.toString(MAX_CONNECTIONS),
          "sun.net.httpserver.maxReqTime", Integer.toString(MAX_REQUEST_SECONDS),
          "sun.net.httpserver.maxRspTime", Integer.toString(MAX_RESPONSE_SECONDS),
          "sun.net.httpserver.idleInterval", Integer.toString(IDLE_SECONDS),
          // how often idle connections are looked at, in milliseconds (default 10 s)
          "sun.net.httpserver.clockTick", Integer.toString(CHECK_MILLIS),
          // how often the request and response deadlines are looked at (default 1 s)
          "sun.net.httpserver.timerMillis", Integer.toString(CHECK_MILLIS),
          "sun.net.httpserver.maxReqHeaders", "100",
          "sun.net.httpserver.maxReqHeaderSize", Integer.toString(MAX_HEADER_BYTES));

  private HttpLimits() {}

  /** Sets every limit the operator did not set; idempotent. */
  static synchronized void install() {
    PROPERTIES.forEach(
        (name, value) -> {
          if (System.getProperty(name) == null) {
            System.setProperty(name, value);
          }
        });
  }
}
