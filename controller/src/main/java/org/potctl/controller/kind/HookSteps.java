package org.potctl.controller.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.potctl.controller.plan.FieldChange;
import org.potctl.controller.plan.Risk;
import org.potctl.controller.plan.StepKind;
import org.potctl.schema.model.FlavourScript;
import org.potctl.schema.model.Hooks;
import org.potctl.schema.model.PotSpec;
import org.potctl.state.exec.Command;
import org.potctl.state.model.Fingerprints;
import org.potctl.state.model.Pot;
import org.potctl.state.pot.PotArguments;
import org.potctl.state.pot.PotSetCommands;

/**
 * A pot's {@code hooks}, compared by the digest of {@code conf/<type>.sh}. A changed or new hook is
 * staged in pot's flavour directory as {@code .potctl-hook-POT-TYPE.sh} ({@code tee}, {@code chmod
 * 0700}: set-hook takes only an executable file), copied by {@code pot set-hook} and the staged
 * copy removed; a hook the spec no longer lists is removed with {@code rm -f .../conf/TYPE.sh} (pot
 * has no unset). pot reads the file at each start and stop, so nothing restarts. A pot whose spec
 * has no {@code hooks} field keeps whatever hooks it has.
 */
final class HookSteps {

  private HookSteps() {}

  static List<FieldDiff> diff(PlanContext ctx, PotSpec spec, Pot pot) {
    Optional<Hooks> hooks = spec.options().hooks();
    if (hooks.isEmpty()) {
      return List.of();
    }
    Map<String, FlavourScript> want = hooks.get().scripts();
    List<FieldDiff> diffs = new ArrayList<>();
    TreeSet<String> types = new TreeSet<>(want.keySet());
    types.addAll(pot.hooks().keySet());
    for (String type : types) {
      String have = pot.hooks().get(type);
      FlavourScript script = want.get(type);
      String digest = script == null ? null : Fingerprints.sha256(script.content());
      if (digest != null && digest.equals(have)) {
        continue;
      }
      FieldChange field = new FieldChange("hooks." + type, Json.text(have), Json.text(digest));
      diffs.add(
          script == null
              ? new FieldDiff(
                  field,
                  Effect.NOW,
                  List.of(
                      StepDraft.of(
                          StepKind.REMOVE_HOOK,
                          Command.of("rm", "-f", hookFile(ctx, spec.name(), type)))),
                  Risk.NONE,
                  "the "
                      + type
                      + " hook is no longer in the spec; pot has no unset, so it is removed")
              : new FieldDiff(
                  field,
                  Effect.NOW,
                  install(ctx, spec.name(), type, script),
                  Risk.NONE,
                  "set-hook copies the "
                      + type
                      + " script; pot runs it at the next start or stop"));
    }
    return diffs;
  }

  /** The steps that give a new pot its hooks. */
  static List<StepDraft> create(PlanContext ctx, PotSpec spec) {
    List<StepDraft> steps = new ArrayList<>();
    spec.options()
        .hooks()
        .ifPresent(
            h -> h.scripts().forEach((t, s) -> steps.addAll(install(ctx, spec.name(), t, s))));
    return steps;
  }

  /** The fields a create shows for the hooks (their digests). */
  static List<FieldChange> createFields(PotSpec spec) {
    List<FieldChange> f = new ArrayList<>();
    spec.options()
        .hooks()
        .ifPresent(
            h ->
                h.scripts()
                    .forEach(
                        (t, s) ->
                            f.add(
                                new FieldChange(
                                    "hooks." + t,
                                    null,
                                    Json.text(Fingerprints.sha256(s.content()))))));
    return f;
  }

  private static List<StepDraft> install(
      PlanContext ctx, String pot, String type, FlavourScript script) {
    String staged =
        ctx.flavourDir() + "/.potctl-hook-" + PotArguments.name("pot", pot) + "-" + type + ".sh";
    return List.of(
        StepDraft.withStdin(StepKind.STAGE_HOOK, List.of("tee", staged), script.content()),
        StepDraft.of(StepKind.STAGE_HOOK, Command.of("chmod", "0700", staged)),
        StepDraft.of(StepKind.SET_HOOK, PotSetCommands.setHook(pot, type, staged)),
        StepDraft.of(StepKind.REMOVE_HOOK, Command.of("rm", "-f", staged)));
  }

  private static String hookFile(PlanContext ctx, String pot, String type) {
    String root = ctx.host().config().fsRoot();
    return (root.endsWith("/") ? root : root + "/")
        + "jails/"
        + PotArguments.name("pot", pot)
        + "/conf/"
        + type
        + ".sh";
  }
}
