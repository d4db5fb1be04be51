package org.potctl.state.observe;

import java.util.Optional;
import org.potctl.state.exec.CommandRunner;
import org.potctl.state.files.HostFiles;
import org.potctl.state.model.HostState;

/**
 * Observes a pot host in one batch (DESIGN §3.1): at most five commands ({@code pot config} twice,
 * one {@code zfs list}, one {@code jls}, one {@code pfctl}) whatever the number of pots, plus
 * direct reads of pot's files below {@code POT_FS_ROOT} and its flavour directory.
 */
@FunctionalInterface
public interface HostObserver {

  /** The most commands one observation runs, whatever the number of pots. */
  int MAX_COMMANDS = 5;

  /**
   * Observes the host now.
   *
   * @throws org.potctl.state.StateException if a command fails, or a file or an output line is
   *     malformed (the message names the file or command and the line)
   */
  HostState observe();

  /**
   * The standard observer: commands through {@code runner}, pot's files through {@code files}. The
   * flavour directory is found next to {@code POT_FS_ROOT} ({@code <fs_root>/../etc/pot/flavours},
   * the simulated host's layout) or else at {@code /usr/local/etc/pot/flavours}.
   */
  static HostObserver create(CommandRunner runner, HostFiles files) {
    return new DefaultHostObserver(runner, files, Optional.empty());
  }

  /**
   * pot's flavour directory as the standard observer finds it: {@code configured} when given, else
   * {@code <parent of fsRoot>/etc/pot/flavours} when that directory exists (the simulated host's
   * layout), else {@code /usr/local/etc/pot/flavours}.
   */
  static String flavourDirectory(HostFiles files, String fsRoot, Optional<String> configured) {
    if (configured.isPresent()) {
      return configured.get();
    }
    String root =
        fsRoot.length() > 1 && fsRoot.endsWith("/")
            ? fsRoot.substring(0, fsRoot.length() - 1)
            : fsRoot;
    int slash = root.lastIndexOf('/');
    String besideFsRoot = (slash > 0 ? root.substring(0, slash) : "") + "/etc/pot/flavours";
    return files.isDirectory(besideFsRoot) ? besideFsRoot : "/usr/local/etc/pot/flavours";
  }

  /** The standard observer with an explicit flavour directory. */
  static HostObserver create(CommandRunner runner, HostFiles files, String flavourDir) {
    return new DefaultHostObserver(runner, files, Optional.of(flavourDir));
  }
}
