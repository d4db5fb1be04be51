package org.potctl.state.sim;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Set;
import org.potctl.state.StateException;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.CommandResult;
import org.potctl.state.exec.CommandRunner;
import org.potctl.state.exec.CommandTimeoutException;
import org.potctl.state.exec.ProgramAllowlist;
import org.potctl.state.statedir.NoFollowFiles;

/**
 * The simulated pot host: runs {@code pot}, {@code zfs}, {@code jls} and {@code pfctl} argv against
 * a model persisted in {@link SimOptions#dir()}, the way the real programs would (reference/pot.md,
 * traps included). Thread-safe and safe across processes: every command runs under a lock on the
 * directory and saves the model atomically; pot's create-like commands also take pot's global lock.
 *
 * <p>Every command is appended to {@code DIR/commands.log} (argv joined by single spaces). Mutating
 * commands first sleep {@link SimOptions#latency()}; those whose line matches {@link
 * SimOptions#fail()} fail like pot would and change nothing. Flavour files are written with {@code
 * tee PATH} (content on stdin) and removed with {@code rm -f PATH}, PATH only in pot's flavour
 * directory ({@link FlavourFiles}); both count as mutating. Any other program or form is refused
 * before it is logged ({@link ProgramAllowlist}). With {@link SimOptions#halt()} the process dies
 * like {@code kill -9} at the chosen mutating command.
 */
public final class SimulatedHost implements CommandRunner {

  private static final Set<String> ZFS_READS = Set.of("list", "get", "version", "help", "");

  private final SimOptions options;
  private final InstantSource clock;
  private final SimPaths paths;
  private final SimStore store;
  private final RealZfs realZfs;
  private volatile boolean initialised;

  /** A simulated host on the system clock. */
  public SimulatedHost(SimOptions options) {
    this(options, InstantSource.system());
  }

  /** A simulated host whose snapshot names and creation times come from {@code clock}. */
  public SimulatedHost(SimOptions options, InstantSource clock) {
    this.options = options;
    this.clock = clock;
    String zfsRoot =
        options.realZfsPool().map(p -> p + "/pot").orElse(SimPaths.MODEL_POOL + "/pot");
    this.paths = new SimPaths(options.dir().toAbsolutePath().normalize(), zfsRoot);
    this.store = new SimStore(paths.dir());
    this.realZfs = options.realZfsPool().isPresent() ? new RealZfs(paths) : null;
  }

  /** The options this host was built from. */
  public SimOptions options() {
    return options;
  }

  /** pot's {@code POT_FS_ROOT} on this host: {@code DIR/fsroot}. */
  public Path fsRoot() {
    return paths.fsRoot();
  }

  /** pot's {@code POT_ZFS_ROOT} on this host: {@code zroot/pot} or {@code POOL/pot}. */
  public String zfsRoot() {
    return paths.zfsRoot();
  }

  @Override
  public CommandResult run(Command command) {
    ProgramAllowlist.require(command);
    Instant start = clock.instant();
    String program = Path.of(command.program()).getFileName().toString();
    List<String> args = command.argv().subList(1, command.argv().size());
    boolean mutating = mutating(program, args);
    boolean halt = mutating && options.halt().map(h -> h.reached(paths.dir())).orElse(false);
    if (halt && !options.halt().orElseThrow().middle()) {
      SimHalt.die();
    }
    AtomicFiles.appendLine(paths.commandsLog(), command.display());
    if (mutating && options.fail().map(p -> p.matcher(command.display()).find()).orElse(false)) {
      return failed(program, args, command.display());
    }
    boolean globalLock =
        program.equals("pot") && !args.isEmpty() && PotCommands.GLOBAL_LOCK.contains(args.get(0));
    CommandResult result;
    if (globalLock) {
      result =
          store.underCreateLock(
              () -> {
                delay(command, mutating);
                return execute(program, args, command.stdin(), start, halt);
              });
    } else {
      delay(command, mutating);
      result = execute(program, args, command.stdin(), start, halt);
    }
    if (halt) {
      SimHalt.die();
    }
    return result;
  }

  private CommandResult execute(
      String program, List<String> args, String stdin, Instant start, boolean halt) {
    return store.transact(
        state -> {
          Out out = new Out();
          ZfsBackend zfs = realZfs != null ? realZfs : new ModelZfs(state, paths, clock);
          initialise(zfs);
          Runnable midpoint =
              halt
                  ? () -> {
                    store.checkpoint(state);
                    SimHalt.die();
                  }
                  : () -> {};
          int status =
              switch (program) {
                case "zfs" -> {
                  CommandResult r = zfs.zfs(args);
                  out.print(r.stdout());
                  out.err(r.stderr());
                  yield r.exitCode();
                }
                case "jls" -> new Jls(state, out).run(args);
                case "pfctl" -> new Pfctl(state, out).run(args);
                case "tee" -> new FlavourFiles(paths, out).tee(args, stdin);
                case "rm" -> new FlavourFiles(paths, out).rm(args);
                case "mkdir" -> mkdir(paths, args, out);
                case "fetch" -> new SimFetch(paths, out).run(args);
                case "od" -> new SimFetch(paths, out).od(args);
                case "chmod" -> new FlavourFiles(paths, out).chmod(args);
                case "ifconfig" ->
                    new Ifconfig(new PotEnv(state, paths, zfs, clock, out, midpoint)).run(args);
                default ->
                    new PotCommands(new PotEnv(state, paths, zfs, clock, out, midpoint)).run(args);
              };
          return out.result(status, Duration.between(start, clock.instant()));
        });
  }

  private void initialise(ZfsBackend zfs) {
    if (realZfs == null || !initialised) {
      // 0700 whatever the umask, and never a link: everything below is private to this user
      NoFollowFiles.privateDir(paths.dir());
      NoFollowFiles.privateDir(paths.fsRoot());
      if (zfs.ensureInitialised()) {
        PotEnv.mkdirs(paths.fsRoot().resolve("jails")); // the jails dataset's mountpoint
      }
      PotEnv.mkdirs(paths.bridges());
      PotEnv.mkdirs(paths.tmp());
      PotEnv.mkdirs(paths.flavours());
      Path conf = paths.dir().resolve("etc/pot/pot.conf");
      if (!conf.toFile().exists()) {
        AtomicFiles.write(
            conf,
            "POT_ZFS_ROOT="
                + paths.zfsRoot()
                + "\nPOT_FS_ROOT="
                + paths.fsRoot()
                + "\nPOT_TMP="
                + paths.tmp()
                + "\nPOT_CACHE="
                + paths.cache()
                + "\nPOT_EXTIF="
                + PotPorts.EXTIF
                + "\n");
      }
      initialised = true;
    }
  }

  /**
   * Whether the simulator treats {@code argv} as a mutating command (latency, {@code fail=}): every
   * {@code pot} sub-command but the read-only ones, {@code zfs} but {@code list}/{@code get},
   * {@code pfctl} loading rules, {@code tee}, {@code rm} and {@code mkdir}. Tests use it on {@code
   * commands.log}.
   */
  public static boolean mutating(List<String> argv) {
    if (argv.isEmpty()) {
      return false;
    }
    String program = Path.of(argv.get(0)).getFileName().toString();
    return mutating(program, argv.subList(1, argv.size()));
  }

  static boolean mutating(String program, List<String> args) {
    String sub = args.isEmpty() ? "" : args.get(0);
    return switch (program) {
      case "pot" -> !PotCommands.READ_ONLY.contains(sub);
      case "zfs" -> !ZFS_READS.contains(sub);
      case "pfctl" -> Pfctl.mutates(args);
      case "tee", "rm", "chmod", "mkdir", "fetch" -> true;
      default -> false;
    };
  }

  /**
   * {@code mkdir -p DIR} (the form the runner allows) on the simulated host ({@link
   * SimPaths#host}).
   */
  private static int mkdir(SimPaths paths, List<String> args, Out out) {
    if (args.size() != 2 || !args.get(0).equals("-p")) {
      out.errln("usage: mkdir [-pv] [-m mode] directory_name ...");
      return 64;
    }
    try {
      java.nio.file.Files.createDirectories(paths.host(args.get(1)));
      return 0;
    } catch (java.nio.file.FileAlreadyExistsException e) {
      out.errln("mkdir: " + args.get(1) + ": Not a directory");
      return 1;
    } catch (java.io.IOException e) {
      out.errln("mkdir: " + args.get(1) + ": " + e.getMessage());
      return 1;
    }
  }

  private void delay(Command command, boolean mutating) {
    Duration latency = options.latency();
    if (!mutating || latency.isZero()) {
      return;
    }
    try {
      Thread.sleep(latency.compareTo(command.timeout()) > 0 ? command.timeout() : latency);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StateException("interrupted while simulating latency", e);
    }
    if (latency.compareTo(command.timeout()) > 0) {
      throw new CommandTimeoutException(command, command.timeout());
    }
  }

  private static CommandResult failed(String program, List<String> args, String line) {
    String why = "simulated failure ('" + line + "' matches fail=)";
    if (program.equals("pot")) {
      return new CommandResult(1, "###>  " + why + "\n", "", Duration.ZERO);
    }
    if (program.equals("tee") || program.equals("rm") || program.equals("chmod")) {
      String path = args.isEmpty() ? program : args.get(args.size() - 1);
      return new CommandResult(1, "", program + ": " + path + ": " + why + "\n", Duration.ZERO);
    }
    String verb = args.isEmpty() ? program : args.get(0);
    return new CommandResult(
        1, "", program + ": cannot " + verb + ": " + why + "\n", Duration.ZERO);
  }
}
