package org.potctl.controller.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    Path port = root.resolve("dist/freebsd/port/sysutils/potctl");
    TreeSet<String> plist = new TreeSet<>();
    for (String line : Files.readAllLines(port.resolve("pkg-plist"))) {
      // "@sample FILE.sample" installs FILE.sample (and copies it to FILE when there is none)
      String entry = line.startsWith("@sample ") ? line.substring("@sample ".length()) : line;
      if (!entry.isBlank() && !entry.startsWith("@")) {
        plist.add(entry.strip().replace("%%DATADIR%%", "share/potctl"));
      }
    }
    Map<String, String> make = PortMakefile.variables(port.resolve("Makefile"));
    // USE_RC_SUBR installs files/NAME.in as etc/rc.d/NAME and lists it itself
    for (String rc : make.getOrDefault("USE_RC_SUBR", "").split("\\s+")) {
      if (!rc.isEmpty()) {
        assertTrue(Files.isRegularFile(port.resolve("files/" + rc + ".in")), rc);
        assertFalse(plist.contains("etc/rc.d/" + rc), "USE_RC_SUBR lists etc/rc.d/" + rc);
        plist.add("etc/rc.d/" + rc);
      }
    }
    TreeSet<String> files = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(tree)) {
      walk.filter(Files::isRegularFile).forEach(p -> files.add(prefix.relativize(p).toString()));
    }
    assertEquals(plist, files, "staged tree vs pkg-plist + USE_RC_SUBR");
    assertTrue(Files.isExecutable(prefix.resolve("bin/potctl")));
    assertTrue(Files.isExecutable(prefix.resolve("etc/rc.d/potctl_watch")));
    String rc = Files.readString(prefix.resolve("etc/rc.d/potctl_watch"));
    assertFalse(rc.contains("%%"), "USE_RC_SUBR's substitution left a %%...%%");
    assertTrue(rc.contains(":=/usr/local/bin/potctl}"), "the launcher path under PREFIX");
    assertTrue(Files.isExecutable(prefix.resolve("etc/rc.d/potctl_boot")));
    String boot = Files.readString(prefix.resolve("etc/rc.d/potctl_boot"));
    assertFalse(boot.contains("%%"), "USE_RC_SUBR's substitution left a %%...%%");
    assertTrue(boot.contains(":=/usr/local/bin/potctl}"), "the launcher path under PREFIX");
    String completion =
        Files.readString(prefix.resolve("share/bash-completion/completions/potctl"));
    assertTrue(completion.contains("complete -F"), "bash completion");
    for (String command : List.of("apply", "watch", "restore", "export")) {
      assertTrue(completion.contains(" " + command), "bash completion lacks " + command);
    }

    // From a copy outside the checkout, with a PATH that has no Maven: the installed layout only
    // (-Xshare:auto: no AOT training here, the next test checks it in a cache of its own).
    String version = installedRun(tmp, prefix, "--version");
    assertTrue(version.startsWith("potctl "), version);
    // a real command: plan a copy of an example on a simulated host of its own
    Path spec = Files.createDirectories(tmp.resolve("web-single"));
    Files.copy(
        root.resolve("examples/potfiles/web-single/potfile.yaml"), spec.resolve("potfile.yaml"));
    String plan =
        installedRun(tmp, prefix, "plan", spec.toString(), "--host", "sim:" + tmp.resolve("sim"));
    assertTrue(plan.contains("Plan: "), plan);
  }

  /**
   * The port's Makefile as a port maintainer checks it: USES=java (USE_JAVA is gone from the ports
   * framework), a JAVA_VERSION of 21 or newer, NO_BUILD and NO_ARCH (a jar), the launcher as
   * SUB_FILES with the JDK substituted, the watcher and the boot check as USE_RC_SUBR.
   */
  @Test
  void portMakefileUsesTheFrameworkAsPortsDo() throws Exception {
    Path port = ExternalTool.repoRoot().resolve("dist/freebsd/port/sysutils/potctl");
    Map<String, String> make = PortMakefile.variables(port.resolve("Makefile"));
    assertEquals("java", make.get("USES"), make.toString());
    assertFalse(make.containsKey("USE_JAVA"), "USE_JAVA is obsolete: USES=java");
    assertEquals("21+", make.get("JAVA_VERSION"));
    assertEquals("yes", make.get("NO_BUILD"));
    assertEquals("yes", make.get("NO_ARCH"));
    assertEquals("potctl_watch potctl_boot", make.get("USE_RC_SUBR"));
    assertEquals("potctl", make.get("SUB_FILES"));
    assertTrue(make.get("SUB_LIST").contains("JAVA=${JAVA}"), make.toString());
    assertTrue(Files.readString(port.resolve("files/potctl.in")).contains("%%JAVA%%"));
    for (String key : List.of("PORTNAME", "DISTVERSION", "CATEGORIES", "COMMENT", "LICENSE")) {
      assertFalse(make.getOrDefault(key, "").isEmpty(), key);
    }
    assertTrue(make.get("CATEGORIES").startsWith("sysutils"), "the port lives in sysutils/");
  }

  private static String installedRun(Path tmp, Path prefix, String... args) throws Exception {
    List<String> argv = new java.util.ArrayList<>(List.of(prefix.resolve("bin/potctl").toString()));
    argv.addAll(List.of(args));
    ProcessBuilder run = new ProcessBuilder(argv).directory(tmp.toFile()).redirectErrorStream(true);
    Map<String, String> env = run.environment();
    env.clear();
    env.put("PATH", "/usr/bin:/bin");
    env.put("JAVA_OPTS", "-Xshare:auto");
    Process process = run.start();
    String out = new String(process.getInputStream().readAllBytes());
    assertEquals(0, process.waitFor(), String.join(" ", argv) + ":\n" + out);
    return out;
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
