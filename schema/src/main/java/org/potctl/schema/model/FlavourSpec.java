package org.potctl.schema.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.potctl.schema.address.ResourceAddress;

/**
 * A flavour potctl installs into pot's flavour directory.
 *
 * @param name the flavour name (file name in pot's flavour directory)
 * @param commands pot flavour command lines, each starting with an allowed sub-command, in order
 * @param script the optional bootstrap script ({@code <name>.sh})
 */
public record FlavourSpec(String name, List<String> commands, Optional<FlavourScript> script)
    implements ResourceSpec {

  /** Checks the name; copies the commands. */
  public FlavourSpec {
    Names.requireName(name);
    commands = List.copyOf(commands);
    Objects.requireNonNull(script, "script");
  }

  @Override
  public ResourceAddress address() {
    return ResourceAddress.flavour(name);
  }
}
