package org.potctl.controller.apply;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.potctl.controller.plan.ImageStreamPolicy;
import org.potctl.controller.plan.Readiness;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.CommandResult;
import org.potctl.state.exec.CommandRunner;
import org.potctl.state.pot.PotImageCommands;
import org.potctl.state.zfs.SendStreamException;
import org.potctl.state.zfs.SendStreamHeader;

/**
 * {@link Readiness.ImageStreamChecked} through the host's own {@code od}: the head of the fetched
 * image file and of its {@code .meta} as hexadecimal text, the stream's first record read from it
 * ({@link SendStreamHeader}) and held to {@link ImageStreamPolicy}. Any problem, or a file that
 * cannot be read, fails the fetch step, so {@code pot import} never runs on it.
 */
final class ImageStreamCheck {

  private static final Duration TIMEOUT = Duration.ofMinutes(2);
  private static final int META_BYTES = 4096;
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  private final CommandRunner runner;

  ImageStreamCheck(CommandRunner runner) {
    this.runner = runner;
  }

  Optional<String> unmet(Readiness.ImageStreamChecked r) {
    String not = "the image " + r.stream() + " is not imported: ";
    Optional<byte[]> meta = head(r.stream() + ".meta", META_BYTES);
    Optional<byte[]> stream = head(r.stream(), PotImageCommands.HEAD_BYTES);
    if (meta.isEmpty() || stream.isEmpty()) {
      return Optional.of(not + "potctl cannot read it back (od)");
    }
    String origin = new String(meta.get(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
    if (!origin.isBlank() && !origin.strip().equals("-")) {
      return Optional.of(
          not
              + "its .meta layers it on "
              + origin.strip()
              + ", which pot import would fetch and receive unchecked; potctl imports only whole"
              + " images");
    }
    try {
      SendStreamHeader header = SendStreamHeader.fromXzPrefix(stream.get());
      List<String> problems = ImageStreamPolicy.problems(header, r.pot(), r.fsRoot());
      return problems.isEmpty()
          ? Optional.empty()
          : Optional.of(
              not
                  + "its ZFS stream sets "
                  + String.join(", ", problems)
                  + " (zfs receive would set and mount them before anything else could look)");
    } catch (SendStreamException e) {
      return Optional.of(not + e.getMessage());
    }
  }

  /** The first {@code bytes} of {@code file}, or empty when od cannot read it. */
  private Optional<byte[]> head(String file, int bytes) {
    Command od = PotImageCommands.head(file, bytes).withTimeout(TIMEOUT);
    CommandResult result = runner.run(od);
    return result.succeeded() ? Optional.of(hex(result.stdout())) : Optional.empty();
  }

  /** od's {@code -An -tx1} text: hexadecimal byte pairs separated by white space. */
  static byte[] hex(String text) {
    return HexFormat.of().parseHex(WHITE_SPACE.matcher(text).replaceAll(""));
  }
}
