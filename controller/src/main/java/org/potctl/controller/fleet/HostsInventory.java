package org.potctl.controller.fleet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * {@code hosts.yaml}: the hosts {@code --all} plans and applies, each with its address, spec
 * directory and spec id.
 *
 * <pre>
 * version: 1
 * hosts:
 *   pot1:
 *     address: ssh://ops@pot1.example.org
 *     spec: envs/prod          # below this file's directory (else --allow-hosts-local)
 *     spec_id: prod            # optional; default: the spec directory's name
 * </pre>
 *
 * Every problem is reported at once ({@link InventoryException}); hosts keep the file's order.
 *
 * @param file the inventory file
 * @param hosts the hosts, in file order
 */
public record HostsInventory(Path file, List<InventoryHost> hosts) {

  /** The largest inventory read. */
  public static final int MAX_BYTES = 1 << 20;

  private static final Pattern NAME = Pattern.compile("^[A-Za-z][A-Za-z0-9_-]{0,54}$");
  private static final Pattern SPEC_ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$");
  private static final Set<String> HOST_KEYS = Set.of("address", "spec", "spec_id");

  public HostsInventory {
    hosts = List.copyOf(hosts);
  }

  /**
   * Reads and checks {@code file}.
   *
   * @throws InventoryException listing every problem, or that the file cannot be read
   */
  public static HostsInventory load(Path file) {
    String text;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new InventoryException(file, List.of("larger than " + MAX_BYTES + " bytes"));
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InventoryException(file, List.of("cannot read: " + e.getMessage()));
    }
    return parse(file, text);
  }

  /** Parses {@code text} as the content of {@code file} (for relative spec directories). */
  public static HostsInventory parse(Path file, String text) {
    Object doc;
    try {
      doc =
          new Load(LoadSettings.builder().setMaxAliasesForCollections(16).build())
              .loadFromString(text);
    } catch (YamlEngineException e) {
      throw new InventoryException(
          file, Optional.of(text), List.of("not valid YAML: " + e.getMessage()));
    }
    List<String> problems = new ArrayList<>();
    List<InventoryHost> hosts = new ArrayList<>();
    if (!(doc instanceof Map<?, ?> top)) {
      throw new InventoryException(
          file, Optional.of(text), List.of("expected a mapping with version and hosts"));
    }
    if (!Integer.valueOf(1).equals(top.get("version"))) {
      problems.add("version: must be 1");
    }
    for (Object key : top.keySet()) {
      if (!"version".equals(key) && !"hosts".equals(key)) {
        problems.add(key + ": unknown key (expected version, hosts)");
      }
    }
    if (!(top.get("hosts") instanceof Map<?, ?> entries) || entries.isEmpty()) {
      problems.add("hosts: must map host names to {address, spec, spec_id}");
    } else {
      Path base = file.toAbsolutePath().getParent();
      entries.forEach((name, value) -> host(base, name, value, problems).ifPresent(hosts::add));
    }
    if (!problems.isEmpty()) {
      throw new InventoryException(file, Optional.of(text), problems);
    }
    return new HostsInventory(file, hosts);
  }

  private static Optional<InventoryHost> host(
      Path base, Object name, Object value, List<String> problems) {
    String at = "hosts." + name;
    int before = problems.size();
    if (!(name instanceof String n) || !NAME.matcher(n).matches()) {
      problems.add(at + ": a host name is a letter then letters, digits, _ or - (at most 55)");
      return Optional.empty();
    }
    if (!(value instanceof Map<?, ?> fields)) {
      problems.add(at + ": expected a mapping with address, spec and optionally spec_id");
      return Optional.empty();
    }
    for (Object key : fields.keySet()) {
      if (!HOST_KEYS.contains(key)) {
        problems.add(at + "." + key + ": unknown key (expected address, spec, spec_id)");
      }
    }
    String address = string(fields.get("address"), at + ".address", problems);
    if (address != null) {
      try {
        address = InventoryAddresses.resolve(base, address);
      } catch (IllegalArgumentException e) {
        problems.add(at + ".address: " + e.getMessage());
      }
    }
    String spec = string(fields.get("spec"), at + ".spec", problems);
    String specId = null;
    if (fields.get("spec_id") != null) {
      specId = string(fields.get("spec_id"), at + ".spec_id", problems);
      if (specId != null && !SPEC_ID.matcher(specId).matches()) {
        problems.add(at + ".spec_id: letters, digits, . _ - (at most 64), not starting with . _ -");
      }
    }
    if (problems.size() > before || address == null || spec == null) {
      return Optional.empty();
    }
    Path dir = base.resolve(spec).normalize();
    String id = specId != null ? specId : String.valueOf(dir.getFileName());
    return Optional.of(new InventoryHost(n, address, dir, id));
  }

  private static String string(Object value, String at, List<String> problems) {
    if (!(value instanceof String s) || s.isBlank()) {
      problems.add(at + ": required, a non-empty string");
      return null;
    }
    return s;
  }

  /**
   * The hosts whose address names an OpenSSH client configuration ({@code ssh://…?config=FILE}),
   * each as a problem: {@code --all} takes them only with the operator's {@code
   * --allow-hosts-ssh-config} ({@link InventoryAddresses}).
   */
  public List<String> sshConfigProblems() {
    return hosts.stream().flatMap(h -> InventoryAddresses.sshConfigProblem(h).stream()).toList();
  }

  /**
   * The hosts whose address acts on the machine running potctl ({@code local}, a {@code sim:}
   * directory outside this file's directory, {@code sim:…?zfs=real:POOL}), each as a problem:
   * {@code --all} takes them only with the operator's {@code --allow-hosts-local} ({@link
   * InventoryAddresses}).
   */
  public List<String> localProblems() {
    Path base = file.toAbsolutePath().getParent();
    return hosts.stream().flatMap(h -> InventoryAddresses.localProblem(base, h).stream()).toList();
  }

  /**
   * The hosts whose spec directory is not below this file's directory once links are resolved, each
   * as a problem: {@code --all} takes them only with the operator's {@code --allow-hosts-local}
   * ({@link InventoryAddresses}).
   */
  public List<String> specProblems() {
    Path base = file.toAbsolutePath().getParent();
    return hosts.stream().flatMap(h -> InventoryAddresses.specProblem(base, h).stream()).toList();
  }

  /** The hosts named in {@code names}, in inventory order; all of them when it is empty. */
  public List<InventoryHost> select(List<String> names) {
    if (names.isEmpty()) {
      return hosts;
    }
    List<String> unknown = new ArrayList<>(names);
    unknown.removeAll(hosts.stream().map(InventoryHost::name).toList());
    if (!unknown.isEmpty()) {
      throw new InventoryException(file, List.of("no host named " + String.join(", ", unknown)));
    }
    return hosts.stream().filter(h -> names.contains(h.name())).toList();
  }
}
