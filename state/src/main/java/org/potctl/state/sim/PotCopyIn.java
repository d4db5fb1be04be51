package org.potctl.state.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code pot copy-in}: pot's checks only. No files are copied (nothing runs inside simulated pots),
 * but a flavour that copies files in still gets pot's answers.
 */
final class PotCopyIn {

  private final PotEnv env;
  private final PotCommands pot;

  PotCopyIn(PotEnv env, PotCommands pot) {
    this.env = env;
    this.pot = pot;
  }

  int run(List<String> args) {
    Getopts g = pot.getopts("copy-in", args, "hvs:d:p:Fc");
    String p = g.last('p');
    String source = g.last('s');
    String dest = g.last('d');
    if (p == null) {
      throw env.out.fail("A pot name is mandatory");
    }
    if (source == null) {
      throw env.out.fail("A source is mandatory");
    }
    if (dest == null) {
      throw env.out.fail("A destination is mandatory");
    }
    if (!dest.startsWith("/")) {
      throw env.out.fail("The destination has to be an absolute pathname");
    }
    if (!Files.exists(Path.of(source))) {
      throw env.out.fail(source + " not valid");
    }
    if (!Files.isReadable(Path.of(source))) {
      throw env.out.fail(source + " not readable");
    }
    if (!env.isPot(p, false)) {
      throw env.out.fail("pot " + p + " is not valid");
    }
    if (env.running(p) && !g.has('F')) {
      env.out.error(
          "Copying files on a running pot is discouraged, it can partially expose the host file system to the jail");
      env.out.info("Using the -F flag, the operation can be executed anyway, but we disagree");
      throw new Out.PotExit(1);
    }
    return 0;
  }
}
