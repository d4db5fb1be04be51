package org.potctl.state.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code pot import} (import.sh): fetches {@code <url>/<name>_<tag>.xz} with {@code .skein} and
 * {@code .meta} into {@code POT_CACHE} (retrying once after removing them), checks the hash,
 * receives the stream as pot {@code <name>_<tag>} (dots made underscores), rewrites {@code
 * host.hostname} and gives public-bridge and alias pots a new IP. {@code file://} and {@code
 * http(s)://} URLs are fetched ({@link SimFetch}; a {@code file://} path and the key are host
 * paths, {@link SimPaths#host}). With {@code -C PUBKEY} the {@code .skein.sig} is fetched too and
 * the {@code .skein} verified against it ({@link SimSignify}) before the image is fetched.
 */
final class PotImport {

  private static final String SPEC = "hvp:t:U:C:";

  private final PotEnv env;
  private final PotCommands pot;

  PotImport(PotEnv env, PotCommands pot) {
    this.env = env;
    this.pot = pot;
  }

  int run(List<String> args) {
    Getopts g =
        pot.getopts( // import.sh:185-190, where the -U stands
            "import",
            args,
            SPEC,
            o -> {
              if (o.letter() == 'U' && o.arg().isEmpty()) {
                usage("Argument of -U cannot be empty");
              }
            });
    String name = g.last('p');
    String tag = g.last('t');
    if (name == null || name.isEmpty()) {
      usage("A remote pot name is mandatory");
    }
    if (tag == null || tag.isEmpty()) {
      usage("A tag name is mandatory");
    }
    String local = (name + "_" + tag).replace('.', '_');
    if (env.isPot(local, true)) {
      usage("pot " + local + " is already present");
    }
    String key = g.last('C') == null ? "" : g.last('C');
    if (!key.isEmpty() && !Files.isReadable(host(key))) {
      throw env.out.fail("Public key " + key + " not found");
    }
    env.out.info("importing " + name + " @ " + tag + " as " + local);
    String file = name + "_" + tag + ".xz";
    String url = g.last('U') == null ? "file://" : g.last('U');
    if (!fetchAll(url, file, key) && !(clear(file) && fetchAll(url, file, key))) {
      throw new Out.PotExit(1);
    }
    String meta = AtomicFiles.readOrEmpty(cache(file + ".meta")).lines().findFirst().orElse("");
    if (!meta.isEmpty() && !meta.equals("-")) {
      throw env.out.fail("importing a layered image (" + meta + ") is not simulated");
    }
    env.out.info("Pot " + local + " has no dependencies");
    receive(local, file);
    return 0;
  }

  private void usage(String message) {
    env.out.error(message);
    pot.help("import", SPEC);
    throw new Out.PotExit(1);
  }

  private Path cache(String name) {
    return env.paths.cache().resolve(name);
  }

  private boolean clear(String file) {
    for (String s : List.of("", ".meta", ".skein", ".skein.sig")) {
      ZfsMounts.delete(cache(file + s));
    }
    return true;
  }

  private boolean fetchAll(String url, String file, String key) {
    if (!fetch(url, file + ".skein") || !verified(url, file, key) || !fetch(url, file)) {
      return false;
    }
    if (!Files.exists(cache(file + ".meta")) && !fetch(url, file + ".meta")) {
      env.out.info("No " + cache(file + ".meta") + ", ignoring");
      AtomicFiles.write(cache(file + ".meta"), "");
    }
    byte[] image = read(cache(file));
    byte[] meta = read(cache(file + ".meta"));
    String hash = AtomicFiles.readOrEmpty(cache(file + ".skein"));
    String digest = SimImageFile.digest(image, meta);
    if (!digest.equals(hash)) {
      cmp(cache(file + ".skein").toString(), hash, digest);
      env.out.error("The image and its hash do not overlap");
      return false;
    }
    env.out.debug("Hash confirmed");
    return true;
  }

  /** With a key, {@code .skein.sig} fetched and {@code signify -V} of {@code .skein} against it. */
  private boolean verified(String url, String file, String key) {
    if (key.isEmpty()) {
      return true;
    }
    if (!fetch(url, file + ".skein.sig")) {
      return false;
    }
    var failure = SimSignify.verify(host(key), cache(file + ".skein.sig"), cache(file + ".skein"));
    if (failure.isPresent()) {
      env.out.errln(failure.get());
      env.out.error("Signature verification failed");
      return false;
    }
    env.out.println("Signature Verified"); // signify -V's own line on stdout
    env.out.debug("Signature verification succeeded");
    return true;
  }

  /**
   * What FreeBSD's {@code cmp FILE -} prints when the two differ (import.sh:96): the first
   * differing byte and its line on stdout, or that one ends first on stderr.
   */
  private void cmp(String file, String left, String right) {
    int line = 1;
    int n = Math.min(left.length(), right.length());
    for (int i = 0; i < n; i++) {
      if (left.charAt(i) != right.charAt(i)) {
        env.out.println(file + " - differ: char " + (i + 1) + ", line " + line);
        return;
      }
      line += left.charAt(i) == '\n' ? 1 : 0;
    }
    env.out.errln("cmp: EOF on " + (left.length() < right.length() ? file : "-"));
  }

  /** FreeBSD's {@code fetch URL --output CACHE/NAME}, skipped when the file is cached. */
  private boolean fetch(String url, String name) {
    Path target = cache(name);
    return Files.isReadable(target)
        || new SimFetch(env.paths, env.out).fetch(url + "/" + name, target);
  }

  /** A path on the simulated host ({@link SimPaths#host}), as file:// URLs are. */
  private Path host(String path) {
    return env.paths.host(path);
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  /** {@code xzcat | zfs receive}, then pot.conf's hostname and network rework. */
  private void receive(String local, String file) {
    SimImageFile image =
        SimImageFile.parse(read(cache(file)))
            .orElseThrow(() -> env.out.fail("cannot receive: invalid stream (bad magic number)"));
    String ds = env.paths.jailDataset(local);
    env.zfsOrFail("cannot receive " + ds, "create", ds);
    env.zfsOrFail("cannot receive " + ds + "/m", "create", ds + "/m");
    for (Map.Entry<String, Map<String, String>> p : image.properties().entrySet()) {
      p.getValue().forEach((k, v) -> env.zfsOrFail("receive", "set", k + "=" + v, ds + p.getKey()));
    }
    image.extract(env.paths.potDir(local));
    PotEnv.mkdirs(env.paths.potDir(local).resolve("m"));
    for (String snapshot : image.snapshots()) {
      env.zfsOrFail("receive", "snapshot", "-r", ds + "@" + snapshot);
    }
    ConfFile conf = env.conf(local);
    conf.removeAll("host.hostname");
    conf.append("host.hostname=\"" + local + "." + PotEnv.HOSTNAME + "." + PotEnv.HOSTNAME + "\"");
    switch (conf.get("network_type")) {
      case "inherit" -> env.out.debug("network_type set to inherit, nothing to rework");
      case "alias" -> {
        env.out.error("Static IP not supported by import. Moving the pot to the internal network");
        conf.replaceAll("vnet", "true");
        conf.replaceAll("ip", newIp());
        env.out.info("Assigning new IP: " + conf.get("ip"));
      }
      case "public-bridge" -> {
        conf.replaceAll("ip", newIp());
        env.out.info("Assigning new IP: " + conf.get("ip"));
      }
      default -> {}
    }
    conf.save();
  }

  /** {@code $(potnet next)}: empty when no address is free, and pot writes {@code ip=} so. */
  private String newIp() {
    return new PotNet(env).next().orElse("");
  }
}
