package org.potctl.state.sim;

import java.nio.file.Files;
import java.util.Set;

/** {@code pot create}'s option checks in pot's order and with its messages (pot.md §6.2). */
final class CreateValidation {

  /** pot's {@code _POT_NETWORK_TYPES}, what create, clone and prepare accept for {@code -N}. */
  static final Set<String> NETWORK_TYPES =
      Set.of("inherit", "alias", "public-bridge", "private-bridge");

  /** The network stacks {@code -S} accepts. */
  static final Set<String> STACKS = Set.of("ipv4", "ipv6", "dual");

  private final PotEnv env;

  CreateValidation(PotEnv env) {
    this.env = env;
  }

  CreateRequest validate(Getopts g) {
    String name = g.last('p');
    String type = g.last('t') == null ? "multi" : g.last('t');
    String network = g.last('N') == null ? "inherit" : g.last('N');
    String stack = g.last('S') == null ? "ipv4" : g.last('S');
    String dns = g.last('d') == null ? "inherit" : g.last('d');
    String ip = String.join(" ", g.all('i'));
    int level = levelAndBase(g, type);
    String base =
        g.last('b') != null
            ? g.last('b')
            : g.last('P') != null ? env.conf(g.last('P')).get("pot.base") : "";
    if (name == null || name.isEmpty()) {
      throw env.out.fail("pot name is missing");
    }
    return new CreateRequest(
        name,
        type,
        level,
        base,
        g.last('P') == null ? "" : g.last('P'),
        network,
        ip,
        g.last('B'),
        stack,
        dns,
        g.all('f'),
        g.has('k'));
  }

  private int levelAndBase(Getopts g, String type) {
    String b = g.last('b');
    String pb = g.last('P');
    String l = g.last('l');
    if (type.equals("single")) {
      if (l != null && !l.equals("0")) {
        throw env.out.fail("single pot level can only be zero (omit -l option)");
      }
      if (pb != null) {
        // create.sh:596-613: a single template, its base induced or matching -b
        if (!env.isPot(pb, true)) {
          throw env.out.fail("pot " + pb + " not found");
        }
        if (!env.conf(pb).get("pot.type").equals("single")) {
          throw env.out.fail("pot " + pb + " has the wrong type, it has to be of type single");
        }
        if (b != null && !env.conf(pb).get("pot.base").equals(b)) {
          throw env.out.fail("-b " + b + " and -P " + pb + " are not compatible");
        }
        return 0;
      }
      if (b == null) {
        throw env.out.fail("at least one of -b and -P has to be used");
      }
      if (!PotCreate.RELEASES.contains(b)) {
        throw env.out.fail(b + " is not a valid release");
      }
      return 0;
    }
    int level = l == null ? 1 : parseLevel(l);
    if (level == 0 || level == 1) {
      if (level == 0 && b == null) {
        throw env.out.fail("level 0 needs option -b");
      }
      if (level == 0 && pb != null) {
        throw env.out.fail("-P option is not allowed with level 0");
      }
      if (b == null && pb == null) {
        throw env.out.fail("at least one of -b and -P has to be used");
      }
      if (pb != null && !env.isPot(pb, false)) {
        throw env.out.fail("-P " + pb + " : is not a pot");
      }
      if (pb != null && !env.conf(pb).get("pot.level").equals("1")) {
        throw env.out.fail("-P " + pb + " : it has to be of level 1");
      }
      String base = b != null ? b : env.conf(pb).get("pot.base");
      if (pb != null && b != null && !b.equals(env.conf(pb).get("pot.base"))) {
        throw env.out.fail("-b " + b + " and -P " + pb + " are not compatible");
      }
      if (!isBase(base)) {
        throw env.out.fail(base + " is not a valid base");
      }
      return level;
    }
    if (pb == null) {
      throw env.out.fail("level 2 pots need another pot as reference");
    }
    if (!env.isPot(pb, false)) {
      throw env.out.fail("-P " + pb + " : is not a pot");
    }
    if (env.conf(pb).get("pot.level").equals("0")) {
      throw env.out.fail("-P " + pb + " : it has to be at least of level 1");
    }
    return level;
  }

  private int parseLevel(String l) {
    if (!Set.of("0", "1", "2").contains(l)) {
      throw env.out.fail("level " + l + " is not supported");
    }
    return Integer.parseInt(l);
  }

  boolean isBase(String base) {
    return Files.isDirectory(env.paths.fsRoot().resolve("bases").resolve(base))
        && env.datasetExists(env.paths.baseDataset(base));
  }
}
