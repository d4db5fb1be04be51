package org.potctl.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.potctl.schema.bind.ImageUrlHost;

/**
 * http and https image URLs may not name the pot host's own addresses (issue 14): pot import
 * fetches them there as root, so a spec could reach its loopback services or cloud metadata.
 */
class ImageUrlHostTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "http://127.0.0.1/i | 127.0.0.1, a loopback address (127.0.0.0/8)",
        "http://127.1/i | 127.0.0.1, a loopback address (127.0.0.0/8)",
        "http://0x7f.1/i | 127.0.0.1, a loopback address (127.0.0.0/8)",
        "http://0177.0.0.1/i | 127.0.0.1, a loopback address (127.0.0.0/8)",
        "http://2130706433/i | 127.0.0.1, a loopback address (127.0.0.0/8)",
        "http://127.0.0.1.:8080/i | 127.0.0.1, a loopback address (127.0.0.0/8)",
        "https://127.254.3.9 | 127.254.3.9, a loopback address (127.0.0.0/8)",
        "http://[::ffff:127.0.0.1]/i | 127.0.0.1, a loopback address (127.0.0.0/8)",
        "http://[::ffff:7f00:1]/i | 127.0.0.1, a loopback address (127.0.0.0/8)",
        "http://[::127.0.0.1]/i | 127.0.0.1, a loopback address (127.0.0.0/8)",
        "http://[::1]:8080/i | 0:0:0:0:0:0:0:1, the loopback address ::1",
        "http://[0:0:0:0:0:0:0:1]/i | 0:0:0:0:0:0:0:1, the loopback address ::1",
        "http://169.254.169.254/latest | 169.254.169.254, a link-local address (169.254.0.0/16,"
            + " where cloud metadata answers)",
        "http://0xa9fea9fe/ | 169.254.169.254, a link-local address (169.254.0.0/16, where cloud"
            + " metadata answers)",
        "http://[fe80::1]/i | fe80:0:0:0:0:0:0:1, a link-local address (fe80::/10)",
        "http://[FEBF::1]/i | febf:0:0:0:0:0:0:1, a link-local address (fe80::/10)",
        "http://0.0.0.0/i | 0.0.0.0, an unspecified address (0.0.0.0/8)",
        "http://0/i | 0.0.0.0, an unspecified address (0.0.0.0/8)",
        "http://[::]/i | 0:0:0:0:0:0:0:0, the unspecified address ::",
        "http://224.0.0.1/i | 224.0.0.1, a multicast address (224.0.0.0/4)",
        "http://[ff02::1]/i | ff02:0:0:0:0:0:0:1, a multicast address (ff00::/8)",
        "http://255.255.255.255/i | 255.255.255.255, the broadcast address",
        "http://localhost/i | localhost, which names the host's own loopback (RFC 6761)",
        "http://LocalHost.:80/i | localhost, which names the host's own loopback (RFC 6761)",
        "http://images.localhost/i | images.localhost, which names the host's own loopback (RFC"
            + " 6761)",
      })
  void thePotHostsOwnAddressesAreRefused(String url, String what) {
    String canonical = what.substring(0, what.indexOf(','));
    assertEquals(
        Optional.of(
            "the host of an image URL is "
                + what
                + ": pot import fetches it on the pot host as root, where it would reach the"
                + " host's own services; the operator may allow it with --allow-image-host "
                + canonical),
        ImageUrlHost.problem(url, List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "https://images.example.org/pots",
    "http://10.0.0.5:8080/pots",
    "http://192.168.1.2/i",
    "http://[2001:db8::1]/i",
    "http://128.0.0.1/i",
    "http://localhost.example.org/i",
    "http://mylocalhost/i",
    "http://169.253.1.1/i",
  })
  void otherHostsHold(String url) {
    assertEquals(Optional.empty(), ImageUrlHost.problem(url, List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "http://example.org@127.0.0.1/i | example.org@127.0.0.1",
        "http://127.0.0.1?@example.org/i | 127.0.0.1?@example.org",
        "http://127.0.0.1#@example.org/i | 127.0.0.1#@example.org",
        "http://%31%32%37.0.0.1/i | %31%32%37.0.0.1",
        "http://[fe80::1%25em0]/i | [fe80::1%25em0]",
        "http:///i | ''",
      })
  void anAuthorityParsersSplitDifferentlyIsRefused(String url, String authority) {
    assertEquals(
        Optional.of(
            "the host of an http or https URL must be a DNS name, an IPv4 address or a bracketed"
                + " IPv6 address, with an optional :PORT and nothing else before the path (no"
                + " user, '@', '?', '#' or '%'), got \""
                + authority
                + "\""),
        ImageUrlHost.problem(url, List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "http://127.0.0.256/i | is neither an IPv4 address nor a DNS name, got \"127.0.0.256\"",
        "http://1.2.3.4.5/i | is neither an IPv4 address nor a DNS name, got \"1.2.3.4.5\"",
        "http://0x7f.0.0.0x1g/i | is neither an IPv4 address nor a DNS name, got \"0x7f.0.0.0x1g\"",
        "http://08.0.0.1/i | is neither an IPv4 address nor a DNS name, got \"08.0.0.1\"",
        "http://[1::2::3]/i | is not an IPv6 address, got \"[1::2::3]\"",
        "http://[1.2.3.4]/i | is not an IPv6 address, got \"[1.2.3.4]\"",
      })
  void aHostFetchMightReadAnotherWayIsRefused(String url, String problem) {
    assertEquals(
        Optional.of("the host of an http or https URL " + problem),
        ImageUrlHost.problem(url, List.of()));
  }

  @Test
  void theOperatorAllowsAHostInAnySpelling() {
    String allowed = ImageUrlHost.of("127.0.0.1").get().canonical();
    assertEquals(Optional.empty(), ImageUrlHost.problem("http://127.1:8080/i", List.of(allowed)));
    assertEquals(
        Optional.empty(), ImageUrlHost.problem("http://[::ffff:7f00:1]/i", List.of(allowed)));
    assertEquals(
        Optional.empty(),
        ImageUrlHost.problem("http://[::1]/i", List.of(ImageUrlHost.of("::1").get().canonical())));
    assertEquals(
        Optional.empty(),
        ImageUrlHost.problem(
            "http://LOCALHOST/i", List.of(ImageUrlHost.of("localhost.").get().canonical())));
    assertEquals(true, ImageUrlHost.problem("http://127.0.0.2/i", List.of(allowed)).isPresent());
  }

  @Test
  void validateLocatesTheRefusalAtTheUrl() {
    assertEquals(
        List.of(
            "p.yaml:4:18: error: pots.web.image.url: the host of an image URL is 127.0.0.1, a"
                + " loopback address (127.0.0.0/8): pot import fetches it on the pot host as root,"
                + " where it would reach the host's own services; the operator may allow it with"
                + " --allow-image-host 127.0.0.1",
            "p.yaml:6:18: error: pots.db.image.url: the host of an image URL is 169.254.169.254, a"
                + " link-local address (169.254.0.0/16, where cloud metadata answers): pot import"
                + " fetches it on the pot host as root, where it would reach the host's own"
                + " services; the operator may allow it with --allow-image-host 169.254.169.254"),
        new Fixture(dir)
            .file(
                "p.yaml",
                "version: 1\npots:\n  web:\n    image: {url: \"http://0x7f.1:8080/i\", name: w,"
                    + " tag: \"1\"}\n  db:\n    image: {url: \"http://169.254.169.254\", name: d,"
                    + " tag: \"1\"}\n")
            .lines());
  }
}
