package org.potctl.schema.validate;

import java.util.List;
import org.potctl.schema.diag.Diagnostics;

/**
 * One family of semantic rules (DESIGN.md §2). Rules skip nodes of the wrong type: the schema
 * reports those.
 */
public interface SpecRule {

  /** Reports every violation in {@code ctx} to {@code out}. */
  void check(CheckContext ctx, Diagnostics.Builder out);

  /** Every semantic rule, in a fixed order. */
  static List<SpecRule> all() {
    return List.of(
        new NameRules(),
        new ValueRules(),
        new EnvSize(),
        new ReferenceRules(),
        new CycleRule(),
        new NetworkRules(),
        new PortRules(),
        new MountRules(),
        new NestedDirMounts(),
        new FlavourRules(),
        new SinglePotAttributes(),
        new ScriptedStarts(),
        new PotOptionRules(),
        new HookRules(),
        new SourceRules());
  }
}
