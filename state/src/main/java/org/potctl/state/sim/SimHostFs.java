package org.potctl.state.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.potctl.state.hostdir.HostDirResolver;
import org.potctl.state.hostdir.HostFileType;
import org.potctl.state.statedir.NoFollowFiles;

/**
 * The simulated host's own file system for host directories ({@code dir} mounts) and the host files
 * pot reads ({@code create/clone/prepare -d custom:FILE}): the host path {@code /srv/static} is
 * {@code DIR/hostfs/srv/static}. A sim user makes a host directory exist by creating it there
 * ({@code mkdir -p .potctl/sim/hostfs/srv/static}); the simulator never creates one. Symlinks in
 * the tree are followed as the host would follow them: an absolute target starts again at {@code
 * DIR/hostfs}, so no path resolved here leaves the tree.
 */
public final class SimHostFs implements HostDirResolver.RealPaths {

  /** The tree's directory under the simulator's {@code DIR}. */
  public static final String DIR_NAME = "hostfs";

  private static final int MAX_LINKS = 32;

  private final Path root;

  private SimHostFs(Path root) {
    this.root = root;
  }

  /** The host file system of the simulator in {@code simDir}. */
  public static SimHostFs of(Path simDir) {
    return new SimHostFs(simDir.toAbsolutePath().normalize().resolve(DIR_NAME));
  }

  /** Where the host path {@code hostPath} (absolute) lies on this machine, symlinks unresolved. */
  public Path onDisk(Path hostPath) {
    Path slash = Path.of("/");
    Path relative = slash.relativize(slash.resolve(hostPath).normalize());
    return relative.toString().isEmpty() ? root : root.resolve(relative.toString());
  }

  @Override
  public Optional<Path> realPath(Path path) {
    Deque<String> todo = new ArrayDeque<>();
    Path.of("/").resolve(path).forEach(name -> todo.addLast(name.toString()));
    Path current = Path.of("/");
    int links = 0;
    while (!todo.isEmpty()) {
      String name = todo.removeFirst();
      if (name.equals("..")) {
        current = current.getParent() == null ? current : current.getParent();
        continue;
      }
      Path next = current.resolve(name);
      Path disk = onDisk(next);
      if (Files.isSymbolicLink(disk)) {
        if (++links > MAX_LINKS) {
          return Optional.empty();
        }
        Path target = readLink(disk);
        for (int i = target.getNameCount() - 1; i >= 0; i--) {
          todo.addFirst(target.getName(i).toString());
        }
        current = target.isAbsolute() ? Path.of("/") : current;
      } else if (Files.exists(disk, LinkOption.NOFOLLOW_LINKS)) {
        current = next;
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(current);
  }

  @Override
  public HostFileType type(Path real) {
    return HostFileType.local(onDisk(real));
  }

  @Override
  public boolean isSymlink(Path path) {
    return Files.isSymbolicLink(onDisk(path));
  }

  /** Whether the host path {@code hostPath} is a directory on the simulated host. */
  boolean isHostDirectory(Path hostPath) {
    return realPath(hostPath).map(this::type).orElse(HostFileType.MISSING)
        == HostFileType.DIRECTORY;
  }

  /**
   * {@code [ -r FILE ]} as pot tests it, as root (create.sh:556, clone.sh:322, prepare.sh:128): the
   * host path exists once its symlinks are followed (root reads any file; a directory passes too).
   * A relative path starts at {@code /}, pot's working directory under potctl's runners.
   */
  boolean readable(String hostPath) {
    if (staged(hostPath)) {
      return Files.isRegularFile(Path.of(hostPath), LinkOption.NOFOLLOW_LINKS);
    }
    return !hostPath.isEmpty() && realPath(Path.of(hostPath)).isPresent();
  }

  /**
   * Whether {@code hostPath} is a file potctl staged in pot's flavour directory, which the
   * simulator keeps in its own directory ({@code DIR/etc/pot/flavours}, as {@code pot config}
   * reports it) and not in this tree.
   */
  private boolean staged(String hostPath) {
    Path p = Path.of(hostPath).normalize();
    return p.isAbsolute()
        && SimPaths.flavours(root.getParent()).equals(p.getParent())
        && p.getFileName().toString().startsWith(".potctl-");
  }

  /**
   * {@code cp FILE TO} (create.sh:361, clone.sh:186), FILE a host path: a regular file's bytes are
   * written to {@code to} (in pot's tree); a directory is not copied and cp's {@code cp: FILE is a
   * directory (not copied).} goes to stderr; any other kind (FIFO, socket, device) is copied as an
   * empty file. Whatever cp answers, pot goes on.
   */
  void copy(String hostPath, Path to, Out out) {
    boolean staged = staged(hostPath) && readable(hostPath);
    Optional<Path> real =
        staged || hostPath.isEmpty() ? Optional.empty() : realPath(Path.of(hostPath));
    if (!staged && real.isEmpty()) {
      out.errln("cp: " + hostPath + ": No such file or directory");
      return;
    }
    HostFileType type = staged ? HostFileType.REGULAR_FILE : type(real.get());
    if (type == HostFileType.DIRECTORY) {
      out.errln("cp: " + hostPath + " is a directory (not copied).");
      return;
    }
    byte[] content = new byte[0];
    if (type == HostFileType.REGULAR_FILE) {
      try {
        content = Files.readAllBytes(staged ? Path.of(hostPath) : onDisk(real.get()));
      } catch (IOException e) {
        out.errln("cp: " + hostPath + ": " + e.getMessage());
        return;
      }
    }
    NoFollowFiles.check(to.toAbsolutePath().getParent());
    NoFollowFiles.replace(to, content, false);
  }

  private static Path readLink(Path link) {
    try {
      return Files.readSymbolicLink(link);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the symlink " + link, e);
    }
  }
}
