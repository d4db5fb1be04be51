package org.potctl.controller.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.potctl.schema.model.PotSpec;
import org.potctl.schema.model.PotType;
import org.potctl.schema.model.Spec;
import org.potctl.schema.validate.FlavourLine;
import org.potctl.state.model.Flavour;
import org.potctl.state.model.PotConfig;
import org.potctl.state.pot.PotLayout;

/**
 * The mounts a pot's flavours make ({@code mount-in} lines, run once by {@code pot create}), in
 * {@link PotValues}' comparable form: part of what the pot should have, so they are neither drift
 * nor a reason to replace it. A flavour not in the spec counts with the host flavour of that name,
 * as observed.
 */
final class FlavourMounts {

  private FlavourMounts() {}

  /**
   * One mount a flavour line makes: the flavour, the mount point as written, the mount compared.
   */
  record Entry(String flavour, String at, String comparable) {}

  static SortedSet<String> of(
      Spec spec, PotSpec pot, PotConfig config, Map<String, Flavour> hostFlavours) {
    SortedSet<String> out = new TreeSet<>();
    entries(spec, pot, config, hostFlavours).forEach(e -> out.add(e.comparable()));
    return out;
  }

  /** The mounts of the pot's flavours, in flavour and line order. */
  static List<Entry> entries(
      Spec spec, PotSpec pot, PotConfig config, Map<String, Flavour> hostFlavours) {
    List<Entry> out = new ArrayList<>();
    for (FlavourCommands.Named named : FlavourCommands.of(spec, pot, hostFlavours)) {
      FlavourLine l = named.line();
      if (l.sub().equals("mount-in") && l.get('m').isPresent()) {
        out.add(new Entry(named.flavour(), l.get('m').orElseThrow(), mount(l, pot, config)));
      }
    }
    return out;
  }

  private static String mount(FlavourLine l, PotSpec pot, PotConfig config) {
    String source =
        l.get('f')
            .map(f -> "fscomp:" + f)
            .or(() -> l.get('d').map(d -> "dir:" + d))
            .orElseGet(
                () -> {
                  String ds = l.get('z').orElse("");
                  return config.fscompName(ds).map(f -> "fscomp:" + f).orElse("dataset:" + ds);
                });
    String at = PotLayout.realPath(pot.type() == PotType.MULTI, l.get('m').orElseThrow());
    String option = l.get('r').isPresent() ? " ro" : l.get('w').isPresent() ? " zfs-remount" : "";
    return source + " " + at + option;
  }
}
