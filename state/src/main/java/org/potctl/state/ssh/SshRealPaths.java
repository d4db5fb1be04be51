package org.potctl.state.ssh;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.potctl.state.StateException;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.ProcessCommandRunner.RawResult;
import org.potctl.state.hostdir.HostDirResolver;
import org.potctl.state.hostdir.HostFileType;

/**
 * Real paths on the remote host for {@link HostDirResolver}: {@link #prefetch} resolves a set of
 * paths and all their ancestors in one remote command ({@code realpath(1)} per existing path), and
 * the resolver's questions are answered from that; a path outside the set costs one more command.
 */
public final class SshRealPaths implements HostDirResolver.RealPaths {

  /**
   * For each argument: {@code TAG LEN1 LEN2\n}, the path and the data; tags {@code d} (exists, a
   * directory; data: the real path), {@code f} (a regular file), {@code p} (a FIFO), {@code S} (a
   * socket), {@code c}/{@code b} (a character/block device), {@code o} (anything else), {@code L}
   * (a dangling symlink), {@code M} (missing), {@code E} (cannot resolve; data: the message).
   */
  static final String SCRIPT =
      """
      out() { printf '%s %s %s\\n%s%s' "$1" "${#2}" "${#3}" "$2" "$3"; }
      for p do
        if [ -e "$p" ]; then
          if r=$(realpath -- "$p" 2>&1 && printf x); then
            r=${r%x}
            r=${r%?}
            if [ -d "$r" ]; then t=d; elif [ -f "$r" ]; then t=f; elif [ -p "$r" ]; then t=p
            elif [ -S "$r" ]; then t=S; elif [ -c "$r" ]; then t=c; elif [ -b "$r" ]; then t=b
            else t=o; fi
            out "$t" "$p" "$r"
          else
            out E "$p" "$r"
          fi
        elif [ -L "$p" ]; then out L "$p" ''
        else out M "$p" ''
        fi
      done
      """;

  private static final Duration TIMEOUT = Duration.ofMinutes(1);

  private record Answer(char tag, String data) {}

  private final SshHostFiles.RawExec exec;
  private final String where;
  private final Map<String, Answer> answers = new HashMap<>();
  private final Map<String, HostFileType> types = new HashMap<>();

  SshRealPaths(SshHostFiles.RawExec exec, String where) {
    this.exec = exec;
    this.where = where;
  }

  /** Real paths on the host {@code runner} reaches, {@code paths} and their ancestors resolved. */
  public static SshRealPaths prefetch(SshRunner runner, List<String> paths) {
    SshRealPaths p = new SshRealPaths(runner::runRemote, runner.target().display());
    p.ask(paths);
    return p;
  }

  /** Resolves {@code paths} and their ancestors in one command. */
  void ask(List<String> paths) {
    Set<String> all = new LinkedHashSet<>();
    for (String given : paths) {
      for (Path p = Path.of(given); p != null; p = p.getParent()) {
        if (!answers.containsKey(p.toString())) {
          all.add(p.toString());
        }
      }
    }
    if (all.isEmpty()) {
      return;
    }
    List<String> argv = new ArrayList<>(List.of("sh", "-c", SCRIPT, "potctl-realpath"));
    argv.addAll(all);
    RawResult raw = exec.run(Command.of(argv).withTimeout(TIMEOUT));
    if (raw.exitCode() != 0) {
      throw new StateException(
          "resolving paths on "
              + where
              + " failed (exit "
              + raw.exitCode()
              + "): "
              + raw.stderr().strip());
    }
    parse(raw.stdout());
  }

  @Override
  public Optional<Path> realPath(Path path) {
    Answer a = answer(path.toString());
    return switch (a.tag()) {
      case 'd', 'f', 'p', 'S', 'c', 'b', 'o' -> Optional.of(Path.of(a.data()));
      case 'E' ->
          throw new StateException("cannot resolve " + path + " on " + where + ": " + a.data());
      default -> Optional.empty();
    };
  }

  @Override
  public HostFileType type(Path real) {
    HostFileType t = types.get(real.toString());
    return t != null ? t : typeOf(answer(real.toString()).tag());
  }

  private static HostFileType typeOf(char tag) {
    return switch (tag) {
      case 'd' -> HostFileType.DIRECTORY;
      case 'f' -> HostFileType.REGULAR_FILE;
      case 'p' -> HostFileType.FIFO;
      case 'S' -> HostFileType.SOCKET;
      case 'c' -> HostFileType.CHARACTER_DEVICE;
      case 'b' -> HostFileType.BLOCK_DEVICE;
      case 'o' -> HostFileType.OTHER;
      default -> HostFileType.MISSING;
    };
  }

  @Override
  public boolean isSymlink(Path path) {
    return answer(path.toString()).tag() == 'L';
  }

  private Answer answer(String path) {
    if (!answers.containsKey(path)) {
      ask(List.of(path));
    }
    Answer a = answers.get(path);
    if (a == null) {
      throw new StateException("resolving " + path + " on " + where + ": no answer");
    }
    return a;
  }

  private void parse(byte[] out) {
    int i = 0;
    while (i < out.length) {
      int nl = i;
      while (nl < out.length && out[nl] != '\n') {
        nl++;
      }
      String[] head = new String(out, i, nl - i, StandardCharsets.US_ASCII).split(" ");
      if (nl >= out.length || head.length != 3 || head[0].length() != 1) {
        throw new StateException("resolving paths on " + where + ": malformed answer");
      }
      int l1 = Integer.parseInt(head[1]);
      int l2 = Integer.parseInt(head[2]);
      if (nl + 1 + l1 + l2 > out.length) {
        throw new StateException("resolving paths on " + where + ": truncated answer");
      }
      String path = new String(out, nl + 1, l1, StandardCharsets.UTF_8);
      String data = new String(out, nl + 1 + l1, l2, StandardCharsets.UTF_8);
      char tag = head[0].charAt(0);
      answers.put(path, new Answer(tag, data));
      if ("dfpScbo".indexOf(tag) >= 0) {
        types.put(data, typeOf(tag));
        answers.putIfAbsent(data, new Answer(tag, data));
      }
      i = nl + 1 + l1 + l2;
    }
  }
}
