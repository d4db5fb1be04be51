package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;

/**
 * potctl against a simulated host in a temp directory: the test kit's {@link Potctl}, plus expect.
 */
final class SimCli {

  private final Potctl potctl;

  SimCli(Path sim) {
    this.potctl = Potctl.onSim(sim);
  }

  /** {@code potctl --host sim:DIR ARGS...}. */
  Run potctl(String... args) {
    return potctl.run(args);
  }

  /** Runs {@code potctl ARGS...} and checks the exit code. */
  Run expect(int code, String... args) {
    Run r = potctl(args);
    assertEquals(code, r.code(), r.all());
    return r;
  }

  /** Runs one command on the simulated host directly, as an operator would without potctl. */
  void raw(String... argv) {
    potctl.raw(argv);
  }

  /** The lines of commands.log. */
  List<String> log() {
    return potctl.log();
  }

  /** The mutating commands logged from line {@code from} on. */
  List<String> mutationsSince(int from) {
    return potctl.mutationsSince(from);
  }

  /** The kit's host, for its assertions. */
  Potctl host() {
    return potctl;
  }

  /** The simulated pot's {@code /etc/hosts} on the host, where pot start writes as root. */
  Path jailHosts(String pot) {
    return dir().resolve("fsroot/jails/" + pot + "/m/etc/hosts");
  }

  /** Plants what the jail's root could leave: {@code pot}'s {@code /etc/hosts} as a link. */
  void plantHostsLink(String pot, Path target) throws java.io.IOException {
    Path at = jailHosts(pot);
    java.nio.file.Files.createDirectories(at.getParent());
    java.nio.file.Files.deleteIfExists(at);
    java.nio.file.Files.createSymbolicLink(at, target);
  }

  /** The simulator's directory. */
  Path dir() {
    return potctl.dir();
  }
}
