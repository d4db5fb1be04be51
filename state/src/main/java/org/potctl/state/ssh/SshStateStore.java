package org.potctl.state.ssh;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.potctl.state.StateException;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.ProcessCommandRunner.RawResult;
import org.potctl.state.files.HostFiles;
import org.potctl.state.statedir.LockHolder;
import org.potctl.state.statedir.LockProcess;
import org.potctl.state.statedir.StateStore;

/**
 * The state directory on the remote host ({@code /var/db/potctl}, or {@code state=DIR} of the ssh
 * address), reached over the runner's one connection: files are read with {@link #READ} and the
 * {@link RemoteFileScript} (one command each), replaced through a temp file and {@code mv} (one
 * command, content on standard input), journals appended through one long-lived {@link
 * RemoteAppender} session, and the lock held by a long-lived {@link LockProcess} session ({@code
 * lockf(1)} or {@code flock(1)} on the host) that ends, releasing the lock, when potctl exits or
 * the connection drops.
 */
public final class SshStateStore implements StateStore {

  /** Replaces {@code $2} with standard input: temp file beside it, then {@code mv}. */
  static final String REPLACE =
      LockProcess.PRIVATE_SH
          + """
      d=${2%/*}
      privatedir "$d"
      private "$2"
      t=$(mktemp "$d/.${2##*/}.XXXXXX") || exit 1
      if cat > "$t" && mv -f -- "$t" "$2"; then exit 0; fi
      rm -f -- "$t"
      exit 1
      """;

  /** Deletes {@code $2…}, refusing a linked or foreign directory above a file. */
  static final String DELETE =
      LockProcess.PRIVATE_SH
          + """
      shift
      for f; do
        private "${f%/*}"
        rm -f -- "$f" || exit 1
      done
      """;

  /**
   * Reads through {@link RemoteFileScript} ({@code $4}, operation {@code $2} on {@code $3} and on
   * every further argument, all in one run) after {@code private} held the state directory {@code
   * $1} itself, each target, the directory above it and, for a listing, every entry to the rules of
   * a local read: a link, a FIFO, socket or device, a hard-linked or another user's file, or a
   * listed name that is no directory, is an error naming it, and nothing is read.
   */
  static final String READ =
      LockProcess.PRIVATE_SH
          + """
      d=$1
      o=$2
      s=$4
      p=$3
      shift 4
      set -- "$p" "$@"
      private "$d"
      for p; do
        if [ "$p" != "$d" ] && [ "${p%/*}" != "$d" ]; then private "${p%/*}"; fi
        private "$p"
        if [ "$o" != f ] && [ -e "$p" ] && [ ! -d "$p" ]; then
          echo "$p is not a directory: potctl keeps files in it, and would take it for empty" >&2
          exit 1
        fi
        if [ "$o" != f ] && [ -d "$p" ]; then
          for e in "$p"/* "$p"/.*; do
            case ${e##*/} in .|..) continue ;; esac
            if [ -e "$e" ] || [ -L "$e" ]; then private "$e"; fi
          done
        fi
      done
      for p; do set -- "$@" "$o" "$p"; shift; done
      exec sh -c "$s" potctl-files "$@"
      """;

  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private final SshRunner runner;
  private final String dir;

  /** The state directory {@code dir} (absolute) on the host {@code runner} reaches. */
  public SshStateStore(SshRunner runner, String dir) {
    this.runner = Objects.requireNonNull(runner, "runner");
    this.dir = Objects.requireNonNull(dir, "dir");
    if (!dir.startsWith("/")) {
      throw new IllegalArgumentException("the remote state directory must be absolute: " + dir);
    }
  }

  /** The directory on the remote host. */
  public String dir() {
    return dir;
  }

  @Override
  public String location() {
    return runner.target().display() + ":" + dir;
  }

  @Override
  public Optional<String> read(String name) {
    return checked("f", path(name)).read(path(name));
  }

  @Override
  public List<String> list(String name) {
    return checked("l", path(name)).list(path(name)).stream().sorted().toList();
  }

  @Override
  public void replace(String name, String content) {
    RawResult r =
        runner.runRemote(
            Command.of(List.of("sh", "-c", REPLACE, "potctl-replace", "_", path(name)))
                .withTimeout(TIMEOUT)
                .withStdin(content));
    if (r.exitCode() != 0) {
      throw new StateException(
          "cannot write " + location() + "/" + name + ": " + r.stderr().strip());
    }
  }

  @Override
  public SortedMap<String, String> readAll(String name) {
    String d = path(name);
    HostFiles batch = checked("d", d);
    SortedMap<String, String> all = new TreeMap<>();
    for (String file : batch.list(d)) {
      batch.read(d + "/" + file).ifPresent(content -> all.put(file, content));
    }
    return all;
  }

  @Override
  public SortedMap<String, String> readEach(List<String> names) {
    SortedMap<String, String> found = new TreeMap<>();
    if (names.isEmpty()) {
      return found;
    }
    List<String> paths = names.stream().map(this::path).toList();
    HostFiles batch = checked("f", paths);
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      batch.read(paths.get(i)).ifPresent(content -> found.put(name, content));
    }
    return found;
  }

  @Override
  public void delete(List<String> names) {
    if (names.isEmpty()) {
      return;
    }
    List<String> argv = new ArrayList<>(List.of("sh", "-c", DELETE, "potctl-delete", "_"));
    names.forEach(n -> argv.add(path(n)));
    RawResult r = runner.runRemote(Command.of(argv).withTimeout(TIMEOUT));
    if (r.exitCode() != 0) {
      throw new StateException("cannot delete in " + location() + ": " + r.stderr().strip());
    }
  }

  @Override
  public Appender create(String name) {
    Process p = runner.startSession(RemoteAppender.argv(dir, name));
    return RemoteAppender.open(p, location() + "/" + name);
  }

  @Override
  public Optional<Lease> tryLock(LockHolder holder) {
    Process p = runner.startSession(LockProcess.argv(dir, holder));
    return LockProcess.await(p, location() + "/lock");
  }

  /**
   * One {@link #READ} of {@code target} ({@code f} a file, {@code l} a listing, {@code d} both).
   */
  private HostFiles checked(String operation, String target) {
    return checked(operation, List.of(target));
  }

  /** One {@link #READ} of every target of {@code targets} (at least one), one round trip. */
  private HostFiles checked(String operation, List<String> targets) {
    List<String> argv =
        new ArrayList<>(
            List.of(
                "sh",
                "-c",
                READ,
                "potctl-state-read",
                dir,
                operation,
                targets.get(0),
                RemoteFileScript.SCRIPT));
    argv.addAll(targets.subList(1, targets.size()));
    RawResult r = runner.runRemote(Command.of(argv).withTimeout(TIMEOUT));
    if (r.exitCode() != 0) {
      throw new StateException("cannot read " + location() + ": " + r.stderr().strip());
    }
    return FileSnapshot.parse(r.stdout(), "reading " + location(), Optional.empty());
  }

  private String path(String name) {
    if (name.startsWith("/") || name.contains("..")) {
      throw new IllegalArgumentException("not a name in the state directory: " + name);
    }
    return dir + "/" + name;
  }
}
