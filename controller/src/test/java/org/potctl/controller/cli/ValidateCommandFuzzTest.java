package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validate command on seeded garbage: always exit 0 or 1, never a stack trace. */
class ValidateCommandFuzzTest {

  private static final String BASE =
      """
      version: 1
      bridges: {backend: {size: 6}}
      fscomps: {data: {properties: {quota: 10G}}}
      pots:
        web:
          base: "14.1"
          network: {type: private-bridge, bridge: backend, ip: 10.192.0.20}
          mounts: [{fscomp: data, at: /data, readonly: true}]
          ports: ["80:8080", {pot: 53, host: 5353, proto: udp}]
          depends_on: [db]
        db: {base: "14.1"}
      """;

  @TempDir Path root;

  @Test
  void garbageAlwaysEndsInExitZeroOrOneWithoutStackTrace() throws IOException {
    Random random = new Random(42);
    for (int i = 0; i < 300; i++) {
      Path dir = Files.createDirectories(root.resolve("c" + i));
      Files.write(dir.resolve("p.yaml"), mutate(random));
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      String format = i % 2 == 0 ? "text" : "json";
      int code =
          Main.run(
              new String[] {"validate", "-o", format, dir.toString()},
              new PrintWriter(out),
              new PrintWriter(err));
      assertTrue(code == 0 || code == 1, "case " + i + " exit " + code + ": " + err);
      assertFalse(err.toString().contains("Exception"), "case " + i + ": " + err);
      assertFalse(err.toString().contains("internal error"), "case " + i + ": " + err);
    }
  }

  private static byte[] mutate(Random random) {
    byte[] bytes = BASE.getBytes(StandardCharsets.UTF_8);
    int cut = random.nextInt(bytes.length + 1);
    byte[] out = java.util.Arrays.copyOf(bytes, random.nextBoolean() ? cut : bytes.length);
    for (int i = random.nextInt(6); i > 0 && out.length > 0; i--) {
      out[random.nextInt(out.length)] = (byte) random.nextInt(256);
    }
    return out;
  }
}
