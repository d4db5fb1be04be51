package org.potctl.controller.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.potctl.schema.model.FlavourSpec;
import org.potctl.schema.model.PotSpec;
import org.potctl.schema.model.Spec;

/**
 * The default tag of a pot's image: the first 12 hex digits of a SHA-256 over what the image is
 * made of (base, type, and each flavour's name, commands and script in order). A change to any of
 * them gives a new tag; a change elsewhere in the spec (ports, mounts, env) does not.
 */
public final class ImageTag {

  private static final int LENGTH = 12;

  private ImageTag() {}

  /** The default image tag of {@code pot} in {@code spec}. */
  public static String of(Spec spec, PotSpec pot) {
    StringBuilder made = new StringBuilder();
    line(made, "base", pot.base());
    line(made, "type", pot.type().name());
    for (String name : pot.flavours()) {
      line(made, "flavour", name);
      FlavourSpec f = spec.flavours().get(name);
      if (f != null) {
        f.commands().forEach(c -> line(made, "command", c));
        f.script().ifPresent(s -> line(made, "script", s.content()));
      }
    }
    return HexFormat.of().formatHex(sha256(made.toString())).substring(0, LENGTH);
  }

  private static void line(StringBuilder out, String key, String value) {
    out.append(key).append(' ').append(value.length()).append(' ').append(value).append('\n');
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
