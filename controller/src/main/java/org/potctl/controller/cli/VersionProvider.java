package org.potctl.controller.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code --version} lines: the version and build date Maven wrote into {@code
 * version.properties}, the git commit the build was made from ({@code git.properties}, "unknown"
 * outside a git checkout), and the Java runtime.
 */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() throws IOException {
    Properties version = load("version.properties");
    Properties git = load("git.properties");
    String commit = git.getProperty("commit", "");
    return new String[] {
      "potctl " + version.getProperty("version", "unknown"),
      "commit " + (commit.matches("[0-9a-f]{40}") ? commit : "unknown"),
      "built " + version.getProperty("build_date", "unknown"),
      "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name", "") + ")"
    };
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
