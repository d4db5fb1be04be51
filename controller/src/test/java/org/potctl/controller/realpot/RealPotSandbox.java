package org.potctl.controller.realpot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.potctl.controller.cli.Main;

/**
 * One real-pot sandbox (docs/real-pot.md): pot 0.16.1's scripts copied in and run by bash, its ZFS
 * root on the zfs-fuse test pool, FreeBSD's programs replaced by the kit's recorders ({@code
 * src/test/resources/realpot/bin}), all inside a private mount namespace that a holder process
 * keeps alive. {@link #potctl} runs the potctl CLI in that namespace with the recorders first on
 * PATH, so {@code --host local} is potctl's local driver ({@code ProcessCommandRunner}) driving
 * real pot.
 */
final class RealPotSandbox implements AutoCloseable {

  /** What one command left: exit code and its output. */
  record Result(int exitCode, String stdout, String stderr) {
    String all() {
      return "exit " + exitCode + "\n" + stdout + stderr;
    }
  }

  private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(15);

  private final Path dir;
  private final Path kit;
  private final Process holder;
  private final KitScripts.RetryLog retries;

  private RealPotSandbox(Path dir, Path kit, Process holder) {
    this.dir = dir;
    this.kit = kit;
    this.holder = holder;
    this.retries = new KitScripts.RetryLog(dir);
  }

  /** Sets up a sandbox in {@code dir} (an empty directory) and enters its namespace. */
  static RealPotSandbox open(Path dir, Path potSource, String pool) throws IOException {
    Path kit = KitScripts.copy(dir.resolveSibling(dir.getFileName() + "-kit"));
    Result setup =
        exec(
            List.of(
                "bash",
                kit.resolve("sandbox.sh").toString(),
                "setup",
                dir.toString(),
                potSource.toString(),
                pool));
    if (setup.exitCode() != 0) {
      exec(List.of("bash", kit.resolve("sandbox.sh").toString(), "teardown", dir.toString()));
      throw new IllegalStateException("sandbox setup failed: " + setup.all());
    }
    ProcessBuilder b =
        new ProcessBuilder(
            "unshare",
            "-m",
            "--propagation",
            "slave",
            "bash",
            kit.resolve("sandbox.sh").toString(),
            "hold",
            dir.toString());
    b.redirectErrorStream(true);
    Process holder = b.start();
    BufferedReader r =
        new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
    String line;
    StringBuilder seen = new StringBuilder();
    while ((line = r.readLine()) != null && !line.equals("ready")) {
      seen.append(line).append('\n');
    }
    RealPotSandbox box = new RealPotSandbox(dir, kit, holder);
    if (line == null) {
      box.close();
      throw new IllegalStateException("sandbox namespace failed: " + seen);
    }
    return box;
  }

  Path fsRoot() {
    return dir.resolve("fsroot");
  }

  /** pot's {@code POT_CACHE} in the sandbox. */
  String cache() {
    return dir.resolve("cache").toString();
  }

  /** Where pot's tree is: its flavours are under {@code etc/pot/flavours} (the sim's too). */
  String potTree() {
    return dir.resolve("pot").toString();
  }

  String zfsRoot() throws IOException {
    return Files.readString(dir.resolve("zfs-root")).strip();
  }

  /** Every recorded call of a FreeBSD program, one a line. */
  String calls() throws IOException {
    Path log = dir.resolve("state/calls.log");
    return Files.exists(log) ? Files.readString(log) : "";
  }

  /** The potctl CLI in the sandbox's namespace: {@code args} as given (add {@code --host}). */
  Result potctl(List<String> args) {
    List<String> argv = new ArrayList<>(inside());
    argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    argv.add("-XX:TieredStopAtLevel=1");
    argv.add("-Xshare:auto");
    argv.add("-cp");
    argv.add(System.getProperty("java.class.path"));
    argv.add(Main.class.getName());
    argv.addAll(args);
    Result r = exec(argv);
    retries.print();
    return r;
  }

  /** A command (pot, zfs, …) in the sandbox's namespace with the recorders first on PATH. */
  Result run(List<String> command) {
    List<String> argv = new ArrayList<>(inside());
    argv.addAll(command);
    Result r = exec(argv);
    retries.print();
    return r;
  }

  private List<String> inside() {
    return List.of(
        "nsenter",
        "-t",
        String.valueOf(holder.pid()),
        "-m",
        "--",
        "env",
        "POTKIT=" + dir,
        "PATH=" + kit.resolve("bin") + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
  }

  private static Result exec(List<String> argv) {
    try {
      Path out = Files.createTempFile("potkit-out", ".txt");
      Path err = Files.createTempFile("potkit-err", ".txt");
      try {
        Process p =
            new ProcessBuilder(argv)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        if (!p.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
          p.descendants().forEach(ProcessHandle::destroyForcibly);
          p.destroyForcibly();
          throw new IllegalStateException("timed out: " + String.join(" ", argv));
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Leaves the namespace (its mounts go with it), destroys the ZFS root, unmounts the sandbox. */
  @Override
  public void close() throws IOException {
    holder.getOutputStream().close();
    try {
      if (!holder.waitFor(30, TimeUnit.SECONDS)) {
        holder.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    drain(holder.getInputStream());
    retries.print();
    Result down =
        exec(List.of("bash", kit.resolve("sandbox.sh").toString(), "teardown", dir.toString()));
    if (!down.stderr().isEmpty()) {
      System.err.println("real-pot kit: " + down.stderr().strip());
    }
  }

  private static void drain(InputStream in) throws IOException {
    in.transferTo(java.io.OutputStream.nullOutputStream());
  }
}
