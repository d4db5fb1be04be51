package org.potctl.state.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.potctl.state.StateException;
import org.potctl.state.exec.CommandResult;

/**
 * {@code zfs} passed to the real program ({@code zfs=real:POOL}); pot's root is {@code POOL/pot},
 * mounted at the simulator's {@code DIR/fsroot}, so the files the simulator writes really live on
 * ZFS.
 */
final class RealZfs implements ZfsBackend {

  private static final Duration TIMEOUT = Duration.ofMinutes(5);
  private static final int BUSY_RETRIES = 20;
  private static final long BUSY_PAUSE_MS = 250;

  private final SimPaths paths;

  RealZfs(SimPaths paths) {
    this.paths = paths;
  }

  @Override
  public boolean ensureInitialised() {
    String zr = paths.zfsRoot();
    String fsRoot = paths.fsRoot().toString();
    CommandResult mp = zfs(List.of("get", "-H", "-o", "value", "mountpoint", zr));
    if (!mp.succeeded()) {
      require(List.of("create", "-p", "-o", "canmount=off", "-o", "mountpoint=" + fsRoot, zr));
    } else if (!mp.stdout().strip().equals(fsRoot)) {
      require(List.of("set", "mountpoint=" + fsRoot, zr));
    }
    for (String child : List.of("bases", "jails", "fscomp")) {
      if (!zfs(List.of("list", "-H", "-o", "name", zr + "/" + child)).succeeded()) {
        require(List.of("create", zr + "/" + child));
      }
    }
    return true;
  }

  private void require(List<String> args) {
    CommandResult r = zfs(args);
    if (!r.succeeded()) {
      throw new StateException("zfs " + String.join(" ", args) + " failed: " + r.stderr().strip());
    }
  }

  @Override
  public CommandResult zfs(List<String> args) {
    CommandResult r = once(args);
    // zfs-fuse reports a just-mounted dataset as busy for a moment; FreeBSD does not
    for (int i = 0; i < BUSY_RETRIES && isBusyDestroy(args, r); i++) {
      pause();
      r = once(args);
    }
    return r;
  }

  private static boolean isBusyDestroy(List<String> args, CommandResult r) {
    return !r.succeeded()
        && !args.isEmpty()
        && args.get(0).equals("destroy")
        && r.stderr().contains("dataset is busy");
  }

  private static void pause() {
    try {
      Thread.sleep(BUSY_PAUSE_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StateException("interrupted while waiting for zfs", e);
    }
  }

  private CommandResult once(List<String> args) {
    List<String> argv = new ArrayList<>();
    argv.add("zfs");
    argv.addAll(args);
    Instant start = Instant.now();
    try {
      Process p = new ProcessBuilder(argv).redirectInput(ProcessBuilder.Redirect.PIPE).start();
      p.getOutputStream().close();
      CompletableFuture<String> out = drain(p.getInputStream());
      CompletableFuture<String> err = drain(p.getErrorStream());
      if (!p.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        throw new StateException("zfs " + String.join(" ", args) + " timed out");
      }
      return new CommandResult(
          p.exitValue(), out.join(), err.join(), Duration.between(start, Instant.now()));
    } catch (IOException e) {
      throw new StateException("cannot run zfs: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StateException("interrupted while running zfs", e);
    }
  }

  private static CompletableFuture<String> drain(InputStream in) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
