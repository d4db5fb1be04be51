package org.potctl.state.observe;

import java.util.Objects;
import java.util.Optional;
import org.potctl.state.HostObserver;
import org.potctl.state.exec.CommandRunner;
import org.potctl.state.files.HostFiles;
import org.potctl.state.model.HostState;

/** The standard observer; create it with {@link HostObserver#create}. */
public final class DefaultHostObserver implements HostObserver {

  private final CommandRunner runner;
  private final HostFiles files;
  private final Optional<String> flavourDir;

  public DefaultHostObserver(CommandRunner runner, HostFiles files, Optional<String> flavourDir) {
    this.runner = Objects.requireNonNull(runner, "runner");
    this.files = Objects.requireNonNull(files, "files");
    this.flavourDir = Objects.requireNonNull(flavourDir, "flavourDir");
  }

  @Override
  public HostState observe() {
    throw new UnsupportedOperationException("not yet: " + runner + files + flavourDir);
  }
}
