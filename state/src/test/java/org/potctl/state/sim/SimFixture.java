package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.CommandResult;

/** A simulated host in a temp directory with helpers to run argv and read pot's files. */
final class SimFixture {

  final Path dir;
  final SimulatedHost host;

  SimFixture(Path dir) {
    this(SimOptions.of(dir));
  }

  SimFixture(SimOptions options) {
    this.dir = options.dir();
    this.host = new SimulatedHost(options);
  }

  CommandResult run(String... argv) {
    return host.run(Command.of(argv));
  }

  /** Runs and asserts exit status 0, showing the output otherwise. */
  CommandResult ok(String... argv) {
    CommandResult r = run(argv);
    assertEquals(0, r.exitCode(), () -> String.join(" ", argv) + " -> " + r);
    return r;
  }

  String potConf(String pot) {
    return read(host.fsRoot().resolve("jails/" + pot + "/conf/pot.conf"));
  }

  String fscompConf(String pot) {
    return read(host.fsRoot().resolve("jails/" + pot + "/conf/fscomp.conf"));
  }

  List<String> potConfLines(String pot, String key) {
    return potConf(pot).lines().filter(l -> l.startsWith(key + "=")).toList();
  }

  static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A base 14.1 and pots ready for tests. */
  SimFixture withBase() {
    ok("pot", "create-base", "-r", "14.1");
    return this;
  }
}
