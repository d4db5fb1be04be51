package org.potctl.controller;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.potctl.controller.apply.BootStartCheck;
import org.potctl.controller.kind.StepDraft;
import org.potctl.controller.ownership.Verdict;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.ChangeReason;
import org.potctl.controller.plan.FieldChange;
import org.potctl.controller.plan.Risk;
import org.potctl.controller.plan.StepKind;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.state.StateException;
import org.potctl.state.host.Host;
import org.potctl.state.model.Dataset;
import org.potctl.state.model.HostState;
import org.potctl.state.model.Pot;
import org.potctl.state.pot.PotSetCommands;

/**
 * The plan of {@code boot-check}, run by the {@code potctl_boot} rc script before pot's own ({@code
 * BEFORE: pot_early pot}): pot's rc scripts run {@code pot start P} for every pot whose {@code
 * start-at-boot} ({@code pot}) or {@code early-start-at-boot} ({@code pot_early}) is exactly {@code
 * YES}, as they compare it, and each such start writes the jail's tree as root on the host and
 * starts P's stopped {@code pot.depend} pots first. So each stopped one gets the check potctl runs
 * before its own starts ({@link BootStartCheck}); an unsafe pot of a spec gets {@code pot
 * set-attribute … -V NO} for each of the two that is {@code YES}, so that pot's scripts leave it
 * stopped. The next apply of its spec sees the attribute drift back and the pot stopped; its start
 * step then fails naming the entry until the operator removes it. An unsafe pot of no spec is only
 * warned about (potctl touches only owned objects); a running pot is not started by pot's scripts.
 */
final class BootCheckDraft {

  private static final List<String> BOOT_ATTRIBUTES =
      List.of("start-at-boot", "early-start-at-boot");

  private BootCheckDraft() {}

  static Drafted draft(Host host, HostState state, String id) {
    HostPlanBuilder b = new HostPlanBuilder("boot-check", host, state);
    String fsRoot = state.config().fsRoot();
    int atBoot = 0;
    int safe = 0;
    int unsafe = 0;
    for (Pot pot : state.pots().values()) {
      List<String> on = startsAtBoot(pot);
      if (on.isEmpty()) {
        continue;
      }
      atBoot++;
      ResourceAddress address = ResourceAddress.pot(pot.name());
      if (state.isRunning(pot.name())) {
        b.note(address + " runs: pot's rc script does not start it again; not checked");
        continue;
      }
      Optional<String> problem = problem(host, fsRoot, pot.name());
      if (problem.isEmpty()) {
        safe++;
        continue;
      }
      unsafe++;
      Optional<String> owner =
          Optional.ofNullable(state.datasets().get(Verdict.dataset(state, address)))
              .flatMap(Dataset::owner);
      if (owner.isEmpty()) {
        b.warning(
            address.toString(),
            "pot's rc script will start pot "
                + pot.name()
                + " at boot, and "
                + why(pot.name(), problem.get())
                + "; it belongs to no spec, so potctl leaves it alone (pot set-attribute -p "
                + pot.name()
                + " -A "
                + on.get(0)
                + " -V NO keeps it stopped)");
        continue;
      }
      b.touches(owner.get());
      List<FieldChange> fields = new ArrayList<>();
      List<StepDraft> steps = new ArrayList<>();
      for (String attribute : on) {
        fields.add(HostPlanBuilder.field("attributes." + attribute, "YES", "NO"));
        steps.add(
            StepDraft.of(
                StepKind.CONFIGURE, PotSetCommands.setAttribute(pot.name(), attribute, "NO")));
      }
      b.change(
          address,
          Action.UPDATE,
          Risk.NONE,
          ChangeReason.BOOT_UNSAFE.because(
              "pot's rc script would start pot "
                  + pot.name()
                  + " at boot, and "
                  + why(pot.name(), problem.get())
                  + "; its start at boot is turned off (the next apply of spec '"
                  + owner.get()
                  + "' turns it on again, and starts the pot once its tree is safe)"),
          fields,
          steps);
    }
    b.note(
        atBoot == 0
            ? "No pot starts at boot."
            : atBoot
                + (atBoot == 1 ? " pot starts" : " pots start")
                + " at boot: "
                + safe
                + " safe, "
                + unsafe
                + " unsafe, "
                + (atBoot - safe - unsafe)
                + " running.");
    return new Drafted.Ready(b.build("", "", "", id));
  }

  /** The boot attributes of {@code pot} that pot's rc scripts read as on (exactly {@code YES}). */
  private static List<String> startsAtBoot(Pot pot) {
    return BOOT_ATTRIBUTES.stream()
        .filter(a -> pot.attribute(a).filter("YES"::equals).isPresent())
        .toList();
  }

  /** The start check's {@code problem} without its "pot P is not started: " head. */
  private static String why(String pot, String problem) {
    String head = "pot " + pot + " is not started: ";
    return problem.startsWith(head) ? problem.substring(head.length()) : problem;
  }

  private static Optional<String> problem(Host host, String fsRoot, String pot) {
    try {
      return BootStartCheck.problem(host.files(), fsRoot, pot);
    } catch (StateException e) {
      return Optional.of("pot " + pot + " is not checked: " + e.getMessage());
    }
  }
}
