package org.potctl.controller.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code --version} lines: the version and build date Maven wrote into {@code
 * version.properties}, the git commit the build was made from ({@code git.properties}, "unknown"
 * outside a git checkout; {@code -dirty} after it when tracked files were modified, from {@code
 * git-status.txt}), and the Java runtime.
 */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() throws IOException {
    Properties version = load("version.properties");
    Properties git = load("git.properties");
    String commit = git.getProperty("commit", "");
    return new String[] {
      "potctl " + version.getProperty("version", "unknown"),
      commitLine(commit, text("git-status.txt")),
      "built " + version.getProperty("build_date", "unknown"),
      "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name", "") + ")"
    };
  }

  /**
   * {@code commit <sha>}, with {@code -dirty} when the build's tree had modified tracked files
   * ({@code gitStatus}: {@code git status --porcelain} at build time), or {@code commit unknown}.
   */
  static String commitLine(String commit, String gitStatus) {
    if (!commit.matches("[0-9a-f]{40}")) {
      return "commit unknown";
    }
    return "commit " + commit + (gitStatus.isBlank() ? "" : "-dirty");
  }

  private static String text(String resource) throws IOException {
    try (InputStream in = VersionProvider.class.getResourceAsStream(resource)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Properties load(String resource) throws IOException {
    Properties props = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream(resource)) {
      if (in != null) {
        props.load(in);
      }
    }
    return props;
  }
}
