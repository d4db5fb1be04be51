package org.potctl.state.ssh;

import java.util.ArrayList;
import java.util.List;
import org.potctl.state.files.FileRequest;

/**
 * The fixed {@code sh} script that reads pot's files on the remote host in one command. Paths never
 * enter the script text: they are positional arguments, so the script is a constant and every path
 * reaches it as one single-quoted word.
 *
 * <p>Arguments are operations: {@code f PATH} (a file), {@code d DIR} (a listing and the regular
 * files in it), {@code s DIR REL} (a listing and {@code SUB/REL} for every subdirectory), {@code l
 * DIR} (a listing), {@code t PATH} (only the type). Output is a sequence of records {@code TAG LEN1
 * LEN2\n} followed by exactly {@code LEN1} bytes of path (or entry name) and {@code LEN2} bytes of
 * data, lengths in bytes ({@code LC_ALL=C}). Tags: {@code D} a listed directory, followed by its
 * entries {@code +} (data: {@code d}, {@code f}, {@code o} other, {@code l} symbolic link); {@code
 * d} a directory; {@code F} a file with its content; {@code f} a file not read; {@code M} missing;
 * {@code O} neither file nor directory; {@code L} a symbolic link; {@code E} unreadable (data: the
 * message). A NUL byte in a file is lost (shell variables cannot hold it); pot's files are text.
 *
 * <p>Symbolic links are never followed: every path is tested with {@code -L} before {@code -d},
 * {@code -f} or {@code cat}, a link is reported as {@code L} (or a listing entry {@code l}) and
 * neither read nor listed, and the {@code d} and {@code s} operations do not descend into linked
 * entries.
 */
final class RemoteFileScript {

  /** The script: constant text, {@code $0} is {@code potctl-files}, operations follow. */
  static final String SCRIPT =
      """
      out() { printf '%s %s %s\\n%s%s' "$1" "${#2}" "${#3}" "$2" "$3"; }
      file() {
        if [ -L "$1" ]; then out L "$1" ''
        elif [ -d "$1" ]; then out d "$1" ''
        elif [ ! -e "$1" ]; then out M "$1" ''
        elif [ ! -f "$1" ]; then out O "$1" ''
        elif [ "$2" = t ]; then out f "$1" ''
        elif c=$(cat -- "$1" 2>&1 && printf x); then out F "$1" "${c%x}"
        else out E "$1" "$c"; fi
      }
      list() {
        if [ -L "$1" ] || [ ! -d "$1" ]; then file "$1"; return 1; fi
        out D "$1" ''
        for e in "$1"/* "$1"/.*; do
          n=${e##*/}
          case $n in .|..) continue ;; esac
          if [ -L "$e" ]; then t=l; elif [ -d "$e" ]; then t=d; elif [ -f "$e" ]; then t=f
          elif [ -e "$e" ]; then t=o; else continue; fi
          out + "$n" "$t"
        done
        return 0
      }
      while [ $# -ge 2 ]; do
        case $1 in
        f) file "$2"; shift 2 ;;
        t) file "$2" t; shift 2 ;;
        l) list "$2"; shift 2 ;;
        d) if list "$2"; then
             for e in "$2"/* "$2"/.*; do
               case ${e##*/} in .|..) continue ;; esac
               if [ ! -L "$e" ] && [ -f "$e" ]; then file "$e"; fi
             done
           fi
           shift 2 ;;
        s) if list "$2"; then
             for e in "$2"/* "$2"/.*; do
               case ${e##*/} in .|..) continue ;; esac
               if [ ! -L "$e" ] && [ -d "$e" ]; then file "$e/$3"; fi
             done
           fi
           shift 3 ;;
        *) echo "potctl-files: unknown operation" >&2; exit 2 ;;
        esac
      done
      """;

  private RemoteFileScript() {}

  /** The argv running the script for {@code requests}. */
  static List<String> argv(List<FileRequest> requests) {
    List<String> argv = new ArrayList<>(List.of("sh", "-c", SCRIPT, "potctl-files"));
    for (FileRequest r : requests) {
      switch (r.kind()) {
        case FILE -> argv.addAll(List.of("f", r.path()));
        case DIRECTORY -> argv.addAll(List.of("d", r.path()));
        case EACH_SUBDIRECTORY -> argv.addAll(List.of("s", r.path(), r.relative()));
      }
    }
    return argv;
  }

  /** The argv listing one directory. */
  static List<String> listArgv(String dir) {
    return List.of("sh", "-c", SCRIPT, "potctl-files", "l", dir);
  }

  /** The argv telling the type of one path. */
  static List<String> typeArgv(String path) {
    return List.of("sh", "-c", SCRIPT, "potctl-files", "t", path);
  }
}
