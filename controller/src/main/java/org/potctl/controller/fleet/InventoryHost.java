package org.potctl.controller.fleet;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One host of {@code hosts.yaml}.
 *
 * @param name the host's name in the inventory (a Potfile-style name)
 * @param address its {@code --host} value: {@code ssh://…}, {@code sim:DIR} or {@code local}
 * @param specDir the spec directory applied to it, resolved against the inventory's directory
 * @param specId the owner id stamped on what potctl creates there
 */
public record InventoryHost(String name, String address, Path specDir, String specId) {

  public InventoryHost {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(specDir, "specDir");
    Objects.requireNonNull(specId, "specId");
  }
}
