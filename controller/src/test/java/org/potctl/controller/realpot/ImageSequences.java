package org.potctl.controller.realpot;

import static org.potctl.controller.realpot.MoreSequences.words;

import java.util.ArrayList;
import java.util.List;

/**
 * The real-pot kit's sequence of images and hooks: export, import and prepare with each of their
 * options and refusals, set-hook with valid and invalid hooks, and exec's {@code -t}. {@code
 * /srv/images} is a host directory both sides have; {@code $POT} is pot's tree (where the flavours
 * the kit writes live); {@code !sleep} waits a second so two snapshots get two epoch names. And the
 * sequence of pot's own set-up: init and de-init with pf's anchors in {@code /srv/pf.conf} ({@code
 * !cat F} compares a host file; never the host's {@code /etc}: the kit's sysrc names {@code
 * /etc/pf.conf}, so every init has {@code -m} or {@code -s -p}). No base is created after a
 * de-init: de-init destroys the cache with the release tarball, and the kit cannot fetch one again.
 */
final class ImageSequences {

  private ImageSequences() {}

  static List<List<String>> images() {
    List<List<String>> s = new ArrayList<>();
    for (String line :
        List.of(
            "create -p s1 -b 14.1 -t single",
            "create -p m1 -b 14.1",
            "export",
            "export -p ghost",
            "export -p m1",
            "export -p s1",
            "export -p s1 -l 10",
            "export -p s1 -l x",
            "export -p s1 -D /nonexistent",
            "export -p s1 -D /srv/images -S /nonexistent/key",
            "export -p s1 -x",
            "snapshot -p s1",
            "export -p s1 -D /srv/images -t 1.0",
            "export -p s1 -D /srv/images -t 1.0 -c",
            "export -p s1 -D /srv/images -t 0.9 -c",
            "!sleep",
            "snapshot -p s1",
            "export -p s1 -D /srv/images -t 1.1",
            "export -p s1 -D /srv/images -t 1.1 -F -l 0",
            "export -p s1 -D /srv/images -t 1.2 -A -c",
            "ls -q",
            "import",
            "import -p s1",
            "import -t 1.0",
            "import -p s1 -t 1.0 -U",
            "import -p s1 -t 1.0 -C /nonexistent/key -U file:///srv/images",
            "import -p s1 -t 9.9 -U file:///srv/images",
            "import -p s1 -t 1.0 -U file:///srv/images",
            "import -p s1 -t 1.0 -U file:///srv/images",
            "import -p s1 -t 1.0 -x",
            "prepare",
            "prepare -p s1",
            "prepare -p s1 -t 1.0",
            "prepare -p s1 -t 1.0 -a 1 -e 0",
            "prepare -p s1 -t 1.0 -a 1 -N nosuch",
            "prepare -p s1 -t 1.0 -a 1 -S ipv5",
            "prepare -p s1 -t 1.0 -a 1 -d nosuch",
            "prepare -p s1 -t 1.0 -a 1 -d custom:/nonexistent",
            "prepare -p s1 -t 1.0 -a 1 -N private-bridge",
            "prepare -p s1 -t 1.0 -a 1 -U file:///srv/images",
            "prepare -p s1 -t 1.0 -a 2 -n web -N public-bridge -U file:///srv/images -s",
            "prepare -p s1 -t 1.1 -a 3 -U file:///srv/images",
            "ls -q",
            "set-hook",
            "set-hook -p s1",
            "set-hook -p ghost -s $POT/etc/pot/flavours/hook.sh",
            "set-hook -p s1 -s /nonexistent",
            "set-hook -p s1 -s $POT/etc/pot/flavours/broken",
            "set-hook -p s1 -s $POT/etc/pot/flavours/broken -S $POT/etc/pot/flavours/hook.sh",
            "set-hook -p s1 -t $POT/etc/pot/flavours/hook.sh -T /nonexistent",
            "set-hook -p s1 -x",
            "start s1",
            "exec -p s1 -t ls",
            "exec -p s1 -t -u root ls",
            "stop s1")) {
      s.add(words(line));
    }
    // a command with a space, as a Nomad job gives it
    s.add(
        s.indexOf(words("prepare -p s1 -t 1.0 -a 1 -U file:///srv/images")),
        List.of(
            "prepare",
            "-p",
            "s1",
            "-t",
            "1.0",
            "-a",
            "1",
            "-U",
            "file:///srv/images",
            "-c",
            "/bin/app -x",
            "-e",
            "80:30080"));
    return s;
  }

  /**
   * potctl's way of importing (docs/threat-model.md): the image's files fetched into pot's cache
   * first ({@code !fetch SRC DST}, potctl's {@code fetch -A -o}), then {@code pot import -U
   * file://POT_CACHE}; a stream that does not match its {@code .skein} makes pot remove the files
   * and fetch again from the cache, which then holds nothing, so the import fails; an import from
   * the image directory afterwards fetches afresh.
   */
  static List<List<String>> cacheImports() {
    List<List<String>> s = new ArrayList<>();
    for (String line :
        List.of(
            "create -p s1 -b 14.1 -t single",
            "snapshot -p s1",
            "export -p s1 -D /srv/images -t 1.0",
            "!fetch /srv/images/s1_1.0.xz.skein $CACHE/s1_1.0.xz.skein",
            "!fetch /srv/images/s1_1.0.xz.meta $CACHE/s1_1.0.xz.meta",
            "!fetch /srv/images/s1_1.0.xz $CACHE/s1_1.0.xz",
            "import -p s1 -t 1.0 -U file://$CACHE",
            "ls -q",
            "!sleep",
            "snapshot -p s1",
            "export -p s1 -D /srv/images -t 1.1 -F",
            "!fetch /srv/images/s1_1.1.xz.skein $CACHE/s1_1.1.xz.skein",
            "!fetch /srv/images/s1_1.1.xz.meta $CACHE/s1_1.1.xz.meta",
            "!sleep",
            "snapshot -p s1",
            "export -p s1 -D /srv/images -t 1.1 -F",
            "!fetch /srv/images/s1_1.1.xz $CACHE/s1_1.1.xz",
            "import -p s1 -t 1.1 -U file://$CACHE",
            "ls -q",
            "!fetch /srv/images/s1_1.1.xz $CACHE/s1_1.1.xz",
            "!fetch /srv/images/s1_9.xz $CACHE/s1_9.xz",
            "import -p s1 -t 1.1 -U file:///srv/images",
            "ls -q",
            "info -p s1_1_1")) {
      s.add(words(line));
    }
    return s;
  }

  /**
   * Signed images as potctl imports them with {@code --image-key}: export {@code -S} with a signify
   * secret key, the {@code .skein.sig} fetched with the rest, import {@code -C} with the right key,
   * another key, a key that is no file, no signature at all, and a signature of another image.
   */
  static List<List<String>> signedImages() {
    List<List<String>> s = new ArrayList<>();
    for (String line :
        List.of(
            "create -p s1 -b 14.1 -t single",
            "snapshot -p s1",
            "export -p s1 -D /srv/images -t 1.0 -S /srv/keys/img.sec",
            "export -p s1 -D /srv/images -t 2.0",
            "export -p s1 -D /srv/images -t 3.0 -S /srv/keys/nonexistent.sec",
            "ls -q",
            "import -p s1 -t 1.0 -U file:///srv/images -C /srv/keys/other.pub",
            "import -p s1 -t 1.0 -U file:///srv/images -C /srv/keys/nonexistent.pub",
            "import -p s1 -t 2.0 -U file:///srv/images -C /srv/keys/img.pub",
            "import -p s1 -t 3.0 -U file:///srv/images -C /srv/keys/img.pub",
            "ls -q",
            "!fetch /srv/images/s1_1.0.xz.skein $CACHE/s1_1.0.xz.skein",
            "!fetch /srv/images/s1_1.0.xz.skein.sig $CACHE/s1_1.0.xz.skein.sig",
            "!fetch /srv/images/s1_1.0.xz.meta $CACHE/s1_1.0.xz.meta",
            "!fetch /srv/images/s1_1.0.xz $CACHE/s1_1.0.xz",
            "import -p s1 -t 1.0 -U file://$CACHE -C /srv/keys/img.pub",
            "ls -q",
            "info -p s1_1_0",
            "prepare -p s1 -t 2.0 -a 1 -n p2 -U file:///srv/images -C /srv/keys/img.pub",
            "prepare -p s1 -t 1.0 -a 2 -n p1 -U file:///srv/images -C /srv/keys/img.pub",
            "ls -q")) {
      s.add(words(line));
    }
    return s;
  }

  /**
   * {@code pot prepare} as nomad-pot-driver runs it for each allocation, with every option: network
   * types with and without an address, ports (repeated, with protocols), stacks, dns modes, a
   * private bridge, a name, an immediate start, an allocation made twice and the imported pot
   * reused.
   */
  static List<List<String>> prepares() {
    List<List<String>> s = new ArrayList<>();
    for (String line :
        List.of(
            "create -p s1 -b 14.1 -t single",
            "snapshot -p s1",
            "export -p s1 -D /srv/images -t 1.0",
            "create-private-bridge -B pb -S 4",
            "prepare -p s1 -t 1.0 -a a1 -n web -U file:///srv/images -c /bin/sh",
            "prepare -p s1 -t 1.0 -a a1 -n web -U file:///srv/images -c /bin/sh",
            "prepare -p s1 -t 1.0 -a a2 -n web -U file:///srv/images -N public-bridge -e 80"
                + " -e udp:53:5353 -e tcp:8080:80",
            "prepare -p s1 -t 1.0 -a a3 -n web -U file:///srv/images -N public-bridge -i 10.192.0.40",
            "prepare -p s1 -t 1.0 -a a4 -n web -U file:///srv/images -N private-bridge -B pb",
            "prepare -p s1 -t 1.0 -a a5 -n web -U file:///srv/images -N private-bridge -B nosuch",
            "prepare -p s1 -t 1.0 -a a6 -n web -U file:///srv/images -N alias -i 10.1.2.3",
            "prepare -p s1 -t 1.0 -a a7 -n web -U file:///srv/images -N inherit -S dual",
            "prepare -p s1 -t 1.0 -a a8 -n web -U file:///srv/images -d off",
            "prepare -p s1 -t 1.0 -a a9 -n web -U file:///srv/images -d pot",
            "prepare -p s1 -t 1.0 -a b1 -n web -U file:///srv/images -e 99999",
            "prepare -p s1 -t 1.0 -a b2 -U file:///srv/images -s",
            "ls -q",
            "info -p web_a2",
            "show -p web_a2",
            "stop s1_1_0_b2",
            "destroy -p web_a1",
            "prepare -p s1 -t 1.0 -a a1 -n web -U file:///srv/images -c /bin/sh",
            "ls -q")) {
      s.add(words(line));
    }
    return s;
  }

  static List<List<String>> inits() {
    List<List<String>> s = new ArrayList<>();
    for (String line :
        List.of(
            "init -m",
            "init -x",
            "init -m -p",
            "init -s -p /srv/pf.conf",
            "!cat /srv/pf.conf",
            "init -s -p /srv/pf.conf",
            "!cat /srv/pf.conf.bkp-pot",
            "create -p web -b 14.1 -t single",
            "create-private-bridge -B net -S 4",
            "create-fscomp -f data",
            "de-init -x",
            "de-init -h",
            "de-init -p /srv/pf.conf",
            "!cat /srv/pf.conf",
            "ls -q",
            "ls -B",
            "info -p web",
            "create -p again -b 14.1 -t single",
            "create-fscomp -f data2",
            "de-init -m",
            "init -m",
            "ls -q",
            "init -s -p /srv/pf.conf",
            "!cat /srv/pf.conf",
            "!cat /srv/pf.conf.bkp-pot",
            "create-fscomp -f data3")) {
      s.add(words(line));
    }
    return s;
  }
}
