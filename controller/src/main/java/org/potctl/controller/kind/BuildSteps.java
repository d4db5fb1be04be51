package org.potctl.controller.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.potctl.controller.plan.StepKind;
import org.potctl.schema.model.PotSpec;
import org.potctl.state.model.NetworkType;
import org.potctl.state.pot.PotCommands;
import org.potctl.state.pot.PotCreate;
import org.potctl.state.pot.PotImageCommands;

/**
 * pot's image build sequence for a spec pot (single, from a base): {@code mkdir -p DIR}, {@code pot
 * create} with its base, stack, dns and flavours on the {@code inherit} network (the image must not
 * carry an address; every clone sets its own network), {@code pot snapshot}, {@code pot export -t
 * TAG -D DIR [-S SECKEY]}, and {@code pot destroy} of the build pot, so the host is left as it was.
 */
public final class BuildSteps {

  private BuildSteps() {}

  /**
   * The steps that build the image {@code <pot>_<tag>.xz} into {@code dir}, in order; a custom
   * resolv.conf is staged in {@code flavourDir} for the create ({@link DnsStaging}).
   */
  public static List<StepDraft> of(
      PotSpec pot, String tag, String dir, Optional<String> signKey, String flavourDir) {
    PotCreate create =
        PotCreateSteps.potCreate(pot, DnsStaging.path(flavourDir, pot))
            .withNetwork(NetworkType.INHERIT, Optional.empty(), Optional.empty());
    List<StepDraft> steps = new ArrayList<>();
    steps.add(StepDraft.of(StepKind.MAKE_DIRECTORY, PotImageCommands.imageDirectory(dir)));
    steps.addAll(DnsStaging.stage(flavourDir, pot));
    steps.add(StepDraft.of(StepKind.CREATE_POT, PotCommands.create(create)));
    steps.addAll(DnsStaging.unstage(flavourDir, pot));
    steps.add(StepDraft.of(StepKind.SNAPSHOT, PotCommands.snapshot(pot.name())));
    steps.add(
        StepDraft.of(
            StepKind.EXPORT_IMAGE, PotImageCommands.export(pot.name(), tag, dir, signKey)));
    steps.add(StepDraft.of(StepKind.DESTROY_POT, PotCommands.destroy(pot.name(), false)));
    return List.copyOf(steps);
  }
}
