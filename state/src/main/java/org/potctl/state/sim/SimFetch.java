package org.potctl.state.sim;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * FreeBSD's {@code fetch URL --output FILE} (pot import's form; potctl's is {@code fetch -A -o FILE
 * URL}) and POSIX {@code od -An -v -tx1 -N BYTES FILE} on the simulated host. A {@code file://} URL
 * and every FILE are host paths ({@link SimPaths#host}); {@code http(s)://} URLs are fetched for
 * real.
 */
final class SimFetch {

  private final SimPaths paths;
  private final Out out;

  SimFetch(SimPaths paths, Out out) {
    this.paths = paths;
    this.out = out;
  }

  /**
   * {@code fetch -A -o FILE URL} (potctl's form; a redirect is never followed here, as {@code -A}
   * asks); exit 1 when it cannot.
   */
  int run(List<String> args) {
    if (args.size() != 4 || !args.get(0).equals("-A") || !args.get(1).equals("-o")) {
      out.errln("usage: fetch [-A] [-o file] URL ...");
      return 1;
    }
    return fetch(args.get(3), paths.host(args.get(2))) ? 0 : 1;
  }

  /** Fetches {@code url} into {@code target} (on disk), with fetch's messages on failure. */
  boolean fetch(String url, Path target) {
    try {
      byte[] body;
      if (url.startsWith("file://")) {
        body = Files.readAllBytes(paths.host(url.substring("file://".length())));
      } else {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<byte[]> r =
            http.send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() / 100 == 3) {
          out.errln("fetch: " + url + ": Moved Temporarily");
          return false;
        }
        if (r.statusCode() != 200) {
          out.errln(
              "fetch: " + url + ": " + (r.statusCode() == 404 ? "Not Found" : r.statusCode()));
          return false;
        }
        body = r.body();
      }
      PotEnv.mkdirs(target.getParent());
      Files.write(target, body);
      return true;
    } catch (IOException | IllegalArgumentException e) {
      out.errln("fetch: " + url + ": No such file or directory");
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** {@code od -An -v -tx1 -N BYTES FILE}: sixteen bytes a line, each as two hex digits. */
  int od(List<String> args) {
    if (args.size() != 6
        || !args.subList(0, 4).equals(List.of("-An", "-v", "-tx1", "-N"))
        || !args.get(4).matches("[0-9]{1,9}")) {
      out.errln("usage: od [-aBbcDdeFfHhIiLlOosvXx] [-A base] [-j skip] [-N length] [file ...]");
      return 1;
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(paths.host(args.get(5)))) {
      head = in.readNBytes(Integer.parseInt(args.get(4)));
    } catch (IOException e) {
      out.errln("od: " + args.get(5) + ": No such file or directory");
      return 1;
    }
    HexFormat hex = HexFormat.of();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < head.length; i++) {
      b.append(' ').append(hex.toHexDigits(head[i]));
      if (i % 16 == 15 || i == head.length - 1) {
        b.append('\n');
      }
    }
    out.print(b.toString());
    return 0;
  }
}
