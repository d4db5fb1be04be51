package org.potctl.controller.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code potctl validate DIR}: placeholder until the schema module lands. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check a spec directory; report every error at FILE:LINE:COL.")
final class ValidateCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DIR", description = "The spec directory.")
  Path dir;

  @Override
  public Integer call() {
    return ExitCode.OK.code();
  }
}
