package org.potctl.controller.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.CommandRunner;
import org.potctl.state.files.HostFiles;
import org.potctl.state.observe.HostObserver;

/**
 * The I/O floor of an observation (issue 18): every command the observer ran, run again on the same
 * host, and every file and directory it read, read again with plain {@code java.nio}, in the same
 * order, with no parsing at all. What the observation costs on top of that is potctl's own work.
 */
final class ObserveFloor {

  /** One access the observation made. */
  private sealed interface Access {
    record Run(Command command) implements Access {}

    record Listing(String directory) implements Access {}

    record IsDirectory(String path) implements Access {}

    record Read(String path) implements Access {}
  }

  private final CommandRunner runner;
  private final List<Access> accesses;

  private ObserveFloor(CommandRunner runner, List<Access> accesses) {
    this.runner = runner;
    this.accesses = accesses;
  }

  /** Observes {@code host} once through recording wrappers and keeps what it ran and read. */
  static ObserveFloor record(CommandRunner host, HostFiles files) {
    List<Access> seen = Collections.synchronizedList(new ArrayList<>());
    CommandRunner runner =
        c -> {
          seen.add(new Access.Run(c));
          return host.run(c);
        };
    HostObserver.create(runner, new Recording(files, seen)).observe();
    return new ObserveFloor(host, List.copyOf(seen));
  }

  /** How many commands and file accesses the floor replays. */
  String describe() {
    long commands = accesses.stream().filter(a -> a instanceof Access.Run).count();
    return commands + " commands, " + (accesses.size() - commands) + " file and directory reads";
  }

  /** Replays every access; returns the bytes read (so the reads cannot be optimised away). */
  long replay() {
    long bytes = 0;
    for (Access a : accesses) {
      bytes +=
          switch (a) {
            case Access.Run r -> runner.run(r.command()).stdout().length();
            case Access.Listing l -> entries(Path.of(l.directory()));
            case Access.IsDirectory d -> Files.isDirectory(Path.of(d.path())) ? 1 : 0;
            case Access.Read r -> read(Path.of(r.path()));
          };
    }
    return bytes;
  }

  private static long entries(Path dir) {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    long n = 0;
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      for (Path ignored : s) {
        n++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n;
  }

  private static long read(Path file) {
    try {
      return Files.readAllBytes(file).length;
    } catch (NoSuchFileException e) {
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Local host files that note every access. */
  private record Recording(HostFiles files, List<Access> seen) implements HostFiles {
    @Override
    public List<String> list(String directory) {
      seen.add(new Access.Listing(directory));
      return files.list(directory);
    }

    @Override
    public boolean isDirectory(String path) {
      seen.add(new Access.IsDirectory(path));
      return files.isDirectory(path);
    }

    @Override
    public Optional<String> read(String path) {
      seen.add(new Access.Read(path));
      return files.read(path);
    }

    @Override
    public Optional<byte[]> readBytes(String path) {
      seen.add(new Access.Read(path));
      return files.readBytes(path);
    }
  }
}
