package org.potctl.state.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * signify(1) as pot uses it ({@code export -S}: {@code signify -S -s SECKEY -m FILE.skein}; {@code
 * import -C}: {@code signify -V -p PUBKEY -x FILE.skein.sig -m FILE.skein}), with signify's own
 * file formats: an {@code untrusted comment:} line and the base64 of {@code "Ed"}, an 8-byte key
 * number and the Ed25519 public key (64-byte signature, or for a secret key {@code "BK"}, KDF
 * rounds, salt, checksum, key number and the 64-byte secret key). Only keys without a passphrase
 * ({@code signify -G -n}, KDF rounds 0) are modelled. Files written here are read by the real
 * signify and the other way round (checked by a test against signify-openbsd).
 */
public final class SimSignify {

  private static final int PUB_LEN = 2 + 8 + 32;
  private static final int SIG_LEN = 2 + 8 + 64;
  private static final int SEC_LEN = 2 + 2 + 4 + 16 + 8 + 8 + 64;

  private SimSignify() {}

  /** {@code signify -G -n -p PUB -s SEC}: a new key pair without passphrase. */
  public static void generate(Path pub, Path sec) {
    try {
      KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      byte[] seed = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow();
      byte[] raw = encode((EdECPublicKey) pair.getPublic());
      byte[] keynum = new byte[8];
      new SecureRandom().nextBytes(keynum);
      byte[] secret = concat(seed, raw);
      byte[] checksum = Arrays.copyOf(MessageDigest.getInstance("SHA-512").digest(secret), 8);
      write(
          pub, "signify public key", concat("Ed".getBytes(StandardCharsets.US_ASCII), keynum, raw));
      write(
          sec,
          "signify secret key",
          concat(
              "EdBK".getBytes(StandardCharsets.US_ASCII),
              new byte[4 + 16],
              checksum,
              keynum,
              secret));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * {@code signify -S -s SEC -m MSG}: writes {@code MSG.sig}; the error signify prints, else empty.
   */
  static Optional<String> sign(Path sec, Path message) {
    byte[] key = decode(sec, SEC_LEN);
    if (key == null || key[0] != 'E' || key[1] != 'd' || key[2] != 'B' || key[3] != 'K') {
      return Optional.of("signify: invalid key " + sec);
    }
    if (key[4] != 0 || key[5] != 0 || key[6] != 0 || key[7] != 0) {
      return Optional.of(
          "signify: " + sec + " has a passphrase (the simulator models only signify -G -n keys)");
    }
    byte[] secret = Arrays.copyOfRange(key, SEC_LEN - 64, SEC_LEN);
    try {
      byte[] checksum = Arrays.copyOf(MessageDigest.getInstance("SHA-512").digest(secret), 8);
      if (!Arrays.equals(checksum, Arrays.copyOfRange(key, 24, 32))) {
        return Optional.of("signify: incorrect passphrase");
      }
      Signature s = Signature.getInstance("Ed25519");
      s.initSign(
          KeyFactory.getInstance("Ed25519")
              .generatePrivate(
                  new EdECPrivateKeySpec(NamedParameterSpec.ED25519, Arrays.copyOf(secret, 32))));
      s.update(Files.readAllBytes(message));
      String name = sec.getFileName().toString();
      String pub = name.endsWith(".sec") ? name.substring(0, name.length() - 4) + ".pub" : name;
      byte[] keynum = Arrays.copyOfRange(key, 32, 40);
      write(
          Path.of(message + ".sig"),
          "verify with " + pub,
          concat("Ed".getBytes(StandardCharsets.US_ASCII), keynum, s.sign()));
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of("signify: can't open " + message + " for reading");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * {@code signify -V -p PUB -x SIG -m MSG}: empty when the signature is good, else signify's error
   * ({@code signature verification failed}, {@code checked against wrong key}, …).
   */
  static Optional<String> verify(Path pub, Path sig, Path message) {
    byte[] key = decode(pub, PUB_LEN);
    if (key == null) {
      return Optional.of("signify: invalid public key " + pub);
    }
    byte[] signature = decode(sig, SIG_LEN);
    if (signature == null) {
      return Optional.of("signify: invalid signature " + sig);
    }
    if (!Arrays.equals(Arrays.copyOfRange(key, 2, 10), Arrays.copyOfRange(signature, 2, 10))) {
      return Optional.of("signify: verification failed: checked against wrong key");
    }
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initVerify(publicKey(Arrays.copyOfRange(key, 10, PUB_LEN)));
      s.update(Files.readAllBytes(message));
      return s.verify(Arrays.copyOfRange(signature, 10, SIG_LEN))
          ? Optional.empty()
          : Optional.of("signify: signature verification failed");
    } catch (IOException e) {
      return Optional.of("signify: can't open " + message + " for reading");
    } catch (GeneralSecurityException e) {
      return Optional.of("signify: signature verification failed");
    }
  }

  /** The base64 line after the comment, decoded, when it has {@code length} bytes and "Ed". */
  private static byte[] decode(Path file, int length) {
    try {
      String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
      if (lines.length < 2 || !lines[0].startsWith("untrusted comment: ")) {
        return null;
      }
      byte[] b = Base64.getDecoder().decode(lines[1].strip());
      return b.length == length && b[0] == 'E' && b[1] == 'd' ? b : null;
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }

  private static void write(Path file, String comment, byte[] body) {
    try {
      Files.writeString(
          file,
          "untrusted comment: " + comment + "\n" + Base64.getEncoder().encodeToString(body) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** RFC 8032 encoding: y little-endian, the top bit of the last byte x's parity. */
  private static byte[] encode(EdECPublicKey key) {
    EdECPoint p = key.getPoint();
    byte[] be = p.getY().toByteArray();
    byte[] le = new byte[32];
    for (int i = 0; i < be.length && i < 32; i++) {
      le[i] = be[be.length - 1 - i];
    }
    if (p.isXOdd()) {
      le[31] |= (byte) 0x80;
    }
    return le;
  }

  private static PublicKey publicKey(byte[] le) throws GeneralSecurityException {
    boolean xOdd = (le[31] & 0x80) != 0;
    byte[] be = new byte[32];
    for (int i = 0; i < 32; i++) {
      be[i] = le[31 - i];
    }
    be[0] &= 0x7f;
    EdECPoint point = new EdECPoint(xOdd, new BigInteger(1, be));
    return KeyFactory.getInstance("Ed25519")
        .generatePublic(new EdECPublicKeySpec(NamedParameterSpec.ED25519, point));
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}
