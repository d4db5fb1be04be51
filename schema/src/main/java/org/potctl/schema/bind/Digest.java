package org.potctl.schema.bind;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.potctl.schema.yaml.PotfileDocument;

/**
 * The spec digest: SHA-256 over every Potfile and flavour script, sorted by relative path, each as
 * {@code path NUL length NUL content}.
 */
final class Digest {

  private Digest() {}

  static String of(List<PotfileDocument> documents, Map<String, String> scripts) {
    TreeMap<String, String> files = new TreeMap<>(scripts);
    documents.forEach(d -> files.put(d.relative(), d.content()));
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      files.forEach(
          (path, content) -> {
            byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
            sha.update((path + "\0" + bytes.length + "\0").getBytes(StandardCharsets.UTF_8));
            sha.update(bytes);
          });
      return "sha256:" + HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }
}
