package org.potctl.controller.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The install tree dist/stage.sh builds (what {@code ./mvnw -Pdist package} puts in
 * controller/target/dist) holds exactly the files of the port's pkg-plist, and its launcher runs
 * from there without Maven or the source tree. An IT: it needs the packaged jar.
 */
class DistLayoutIT {

  @Test
  void stagedTreeMatchesPkgPlistAndItsLauncherRuns(@TempDir Path tmp) throws Exception {
    Path root = ExternalTool.repoRoot();
    Path jar = root.resolve("controller/target/potctl.jar");
    assertTrue(Files.isRegularFile(jar), "no " + jar + " (package first)");
    Path tree = tmp.resolve("tree");
    ExternalTool.Result staged =
        ExternalTool.run(
            root, List.of("sh", "dist/stage.sh", tree.toString(), jar.toString()), 300);
    assertEquals(0, staged.exit(), staged.output());

    Path prefix = tree.resolve("usr/local");
    TreeSet<String> plist = new TreeSet<>();
    for (String line :
        Files.readAllLines(root.resolve("dist/freebsd/port/sysutils/potctl/pkg-plist"))) {
      if (!line.isBlank() && !line.startsWith("@")) {
        plist.add(line.replace("%%DATADIR%%", "share/potctl"));
      }
    }
    TreeSet<String> files = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(tree)) {
      walk.filter(Files::isRegularFile).forEach(p -> files.add(prefix.relativize(p).toString()));
    }
    assertEquals(plist, files, "staged tree vs pkg-plist");
    assertTrue(Files.isExecutable(prefix.resolve("bin/potctl")));
    assertTrue(Files.isExecutable(prefix.resolve("etc/rc.d/potctl_watch")));
    String completion =
        Files.readString(prefix.resolve("share/bash-completion/completions/potctl"));
    assertTrue(completion.contains("complete -F"), "bash completion");
    for (String command : List.of("apply", "watch", "restore", "export")) {
      assertTrue(completion.contains(" " + command), "bash completion lacks " + command);
    }

    // From a copy outside the checkout, with a PATH that has no Maven: the installed layout only.
    ProcessBuilder run =
        new ProcessBuilder(prefix.resolve("bin/potctl").toString(), "--version")
            .directory(tmp.toFile())
            .redirectErrorStream(true);
    Map<String, String> env = run.environment();
    env.clear();
    env.put("PATH", "/usr/bin:/bin");
    Process process = run.start();
    String out = new String(process.getInputStream().readAllBytes());
    assertEquals(0, process.waitFor(), out);
    assertTrue(out.startsWith("potctl "), out);
  }

  /**
   * On JDK 25 and later the installed launcher trains an AOT cache in its cache directory in the
   * background (the command that found none still succeeds), and the next command runs with it.
   */
  @Test
  void installedLauncherTrainsAndUsesItsAotCache(@TempDir Path tmp) throws Exception {
    Path root = ExternalTool.repoRoot();
    Path jar = root.resolve("controller/target/potctl.jar");
    assertTrue(Files.isRegularFile(jar), "no " + jar + " (package first)");
    Path tree = tmp.resolve("tree");
    ExternalTool.Result staged =
        ExternalTool.run(
            root, List.of("sh", "dist/stage.sh", tree.toString(), jar.toString()), 300);
    assertEquals(0, staged.exit(), staged.output());
    Path launcher = tree.resolve("usr/local/bin/potctl");
    Path cache = tmp.resolve("cache");
    String spec = root.resolve("examples/potfiles/web-single").toString();
    List<String> validate = List.of(launcher.toString(), "validate", spec);
    assertEquals(0, installed(validate, cache, "").waitFor(), "the first run, without a cache");
    int major = Runtime.version().feature();
    if (major < 25) {
      System.out.println("NOTICE: JDK " + major + " < 25: no AOT cache to check");
      return;
    }
    Path aot = cache.resolve("potctl-jdk" + major + ".aot");
    long deadline = System.nanoTime() + 600_000_000_000L;
    while (Files.exists(cache.resolve(aot.getFileName() + ".lock"))
        && System.nanoTime() < deadline) {
      Thread.sleep(500);
    }
    assertTrue(Files.isRegularFile(aot), "no AOT cache after the training: " + log(cache, aot));
    Path classes = tmp.resolve("classes.log");
    Process second = installed(validate, cache, "-Xlog:class+load:file=" + classes);
    assertEquals(0, second.waitFor());
    String loaded = Files.readString(classes);
    assertTrue(loaded.contains("source: shared objects file"), "classes from the AOT cache");
  }

  private static Process installed(List<String> argv, Path cache, String javaOpts)
      throws Exception {
    ProcessBuilder run = new ProcessBuilder(argv).redirectErrorStream(true);
    run.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Map<String, String> env = run.environment();
    env.clear();
    env.put("PATH", "/usr/bin:/bin");
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("POTCTL_CACHE_DIR", cache.toString());
    if (!javaOpts.isEmpty()) {
      env.put("JAVA_OPTS", javaOpts);
    }
    return run.start();
  }

  private static String log(Path cache, Path aot) throws Exception {
    Path log = cache.resolve(aot.getFileName() + ".log");
    return Files.exists(log) ? Files.readString(log) : "(no log)";
  }
}
