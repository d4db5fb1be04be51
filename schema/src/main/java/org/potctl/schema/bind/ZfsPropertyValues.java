package org.potctl.schema.bind;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.potctl.schema.model.Size;
import org.potctl.schema.yaml.Text;
import tools.jackson.databind.JsonNode;

/** The allowlisted ZFS properties of an fscomp and the normalisation of their values. */
public final class ZfsPropertyValues {

  private static final Set<String> ON_OFF = Set.of("atime", "exec", "setuid", "readonly");
  private static final Set<String> SIZES = Set.of("quota", "reservation");
  private static final String COMPRESSION = "compression";
  private static final String RECORDSIZE = "recordsize";
  private static final Pattern COMPRESSION_VALUES =
      Pattern.compile("on|off|lz4|zle|lzjb|gzip|gzip-[1-9]|zstd|zstd-([1-9]|1[0-9])");

  private ZfsPropertyValues() {}

  /** Every property name potctl accepts. */
  public static Set<String> names() {
    return Set.of(
        "atime", "exec", "setuid", "readonly", "quota", "reservation", COMPRESSION, RECORDSIZE);
  }

  /** The value potctl sets for {@code name}, or why {@code value} is not valid for it. */
  public static Outcome<String> normalise(String name, JsonNode value) {
    if (ON_OFF.contains(name)) {
      return Values.onOff(value);
    }
    if (SIZES.contains(name)) {
      return sizeOrNone(value);
    }
    if (COMPRESSION.equals(name)) {
      return compression(value);
    }
    if (RECORDSIZE.equals(name)) {
      return recordsize(value);
    }
    return Outcome.fail("unknown ZFS property " + Text.quote(name));
  }

  private static Outcome<String> compression(JsonNode value) {
    if (value.isBoolean()) {
      return Values.onOff(value);
    }
    String text = Values.scalarText(value).orElse("").toLowerCase(Locale.ROOT);
    return COMPRESSION_VALUES.matcher(text).matches()
        ? Outcome.ok(text)
        : Outcome.fail("must be on, off, lz4, zle, lzjb, gzip, gzip-1..9, zstd or zstd-1..19");
  }

  private static Outcome<String> sizeOrNone(JsonNode value) {
    if (value.isString() && value.stringValue().equalsIgnoreCase("none")) {
      return Outcome.ok("none");
    }
    Outcome<Size> size = Values.size(value);
    return size.isOk() ? Outcome.ok(size.get().text()) : Outcome.fail(size.problem() + ", or none");
  }

  private static Outcome<String> recordsize(JsonNode value) {
    Outcome<Size> size = Values.size(value);
    long bytes = size.value().map(Size::bytes).orElse(0L);
    boolean ok = bytes >= 512 && bytes <= (1 << 20) && Long.bitCount(bytes) == 1;
    return ok
        ? Outcome.ok(size.get().text())
        : Outcome.fail("must be a power of two from 512 to 1M");
  }
}
