package org.potctl.controller.kind;

import java.util.ArrayList;
import java.util.List;
import org.potctl.controller.plan.Readiness;
import org.potctl.controller.plan.StepKind;
import org.potctl.schema.model.ImageRef;
import org.potctl.state.pot.PotArguments;
import org.potctl.state.pot.PotImageCommands;
import org.potctl.state.zfs.ZfsCommands;

/**
 * The steps that bring an image onto the host with nothing unchecked in between. {@code pot import
 * -U URL} would fetch the image and pipe it into {@code zfs receive} in one command, and a
 * replication stream carries its datasets' properties ({@code mountpoint=/usr/local/etc}), which
 * receive sets and mounts before anything could look. So potctl fetches the files itself into pot's
 * cache ({@code fetch -o POT_CACHE/FILE URL/FILE}: the {@code .skein}, with a key its {@code
 * .skein.sig}, the {@code .meta} and the image, each overwriting a stale copy pot would otherwise
 * use), the image's step is ready only when the head of its stream sets no property but the
 * harmless ones ({@link Readiness.ImageStreamChecked}), and then {@code pot import -U
 * file://POT_CACHE} receives exactly those files: on a hash or signature failure pot fetches again
 * from that same directory, never from the URL.
 */
final class ImageImportSteps {

  /** pot's default {@code POT_CACHE} (pot.default.conf) when the host's files do not say. */
  static final String DEFAULT_CACHE = "/var/cache/pot";

  private ImageImportSteps() {}

  /** Fetch, check, import and stamp {@code image}. */
  static List<StepDraft> steps(PlanContext ctx, ImageRef image) {
    String cache =
        PotArguments.absolutePath(
            "POT_CACHE in pot's configuration (where images are fetched)",
            ctx.host().config().setting("POT_CACHE").orElse(DEFAULT_CACHE));
    String file = PotImageCommands.imageFile(image.name(), image.tag());
    List<StepDraft> steps = new ArrayList<>();
    steps.add(StepDraft.of(StepKind.FETCH_IMAGE, PotImageCommands.imageDirectory(cache)));
    List<String> fetched = new ArrayList<>(List.of(file + ".skein"));
    if (ctx.imageKey().isPresent()) {
      fetched.add(file + ".skein.sig");
    }
    fetched.add(file + ".meta");
    for (String name : fetched) {
      steps.add(
          StepDraft.of(StepKind.FETCH_IMAGE, PotImageCommands.fetch(image.url(), name, cache)));
    }
    String stream = cache + "/" + file;
    steps.add(
        new StepDraft(
            StepKind.FETCH_IMAGE,
            PotImageCommands.fetch(image.url(), file, cache).argv(),
            "",
            new Readiness.ImageStreamChecked(
                stream, image.localName(), ctx.host().config().fsRoot()),
            Gate.EXISTS,
            false));
    steps.add(
        new StepDraft(
            StepKind.IMPORT_IMAGE,
            PotImageCommands.importImage(
                    image.name(), image.tag(), "file://" + cache, ctx.imageKey())
                .argv(),
            "",
            PotCreateSteps.confined(ctx, image.localName()),
            Gate.EXISTS,
            false));
    steps.add(
        StepDraft.of(
            StepKind.STAMP,
            ZfsCommands.stampOwner(
                ctx.host().config().potDataset(image.localName()), ctx.specId())));
    return steps;
  }
}
