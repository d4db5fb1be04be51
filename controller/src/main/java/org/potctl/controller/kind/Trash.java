package org.potctl.controller.kind;

import java.util.List;
import org.potctl.controller.plan.StepKind;
import org.potctl.state.exec.Command;
import org.potctl.state.zfs.ZfsCommands;

/** The soft delete of DESIGN §3.3 as steps: unmount, then rename into the trash. */
final class Trash {

  private Trash() {}

  static List<StepDraft> steps(PlanContext ctx, String dataset, String kind, String name) {
    List<Command> commands =
        ZfsCommands.moveToTrash(ctx.host().config().zfsRoot(), dataset, kind, name, ctx.applyId());
    return List.of(
        StepDraft.intoTrash(StepKind.TRASH_UNMOUNT, commands.get(0)),
        StepDraft.intoTrash(StepKind.TRASH_RENAME, commands.get(1)));
  }
}
