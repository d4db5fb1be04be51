package org.potctl.controller.plan;

import java.util.Locale;
import java.util.Optional;

/**
 * Why a change was planned, as a code with a sentence (Terraform's {@code ActionReason}): set by
 * the planner (or the drafter of adopt, forget, restore, gc, image build) with the change's own
 * sentence ({@link Reason}), carried in plan JSON and saved plans ({@code reason_codes}), and
 * compared when a saved plan is applied. Nothing recovers a change's meaning from its text.
 */
public enum ChangeReason {
  NOT_ON_HOST("the object is not on the host: it is created"),
  BASE_MISSING("a multi pot is layered on a base the host does not have: the base is created"),
  STOPPED("the pot is stopped and the spec wants it running: it is started"),
  RUNNING("the pot runs and the spec wants it stopped: it is stopped"),
  IN_PLACE("a field changes in place and takes effect at once (or at boot)"),
  AT_START("a field changes in place and takes effect at the pot's next start"),
  NEEDS_STOP("a field changes in place on a stopped pot"),
  RESTART("the pot runs and a change takes effect at start: it is stopped and started again"),
  CANNOT_UPDATE("a field cannot change in place: the pot is replaced"),
  HALF_CREATED("the pot has a dataset but no pot.conf: it is replaced"),
  INTERRUPTED("an interrupted apply of this spec left the object half-done: it is repaired"),
  GONE_FROM_SPEC("the object is owned by this spec and no longer declared: it is deleted"),
  PROTECTED("the object is protected: kept although gone from the spec"),
  CONTENT_DIFFERS("a flavour's content differs from the spec: it is written again"),
  ADOPTED("an object that belongs to no spec is adopted by a spec"),
  FORGOTTEN("a spec forgets an object it owns; nothing is deleted"),
  RESTORED("an object is restored from the trash"),
  TRASH_EXPIRED("a trash entry is older than gc's cutoff: it is destroyed"),
  IMAGE_BUILT("an image is built by pot's build sequence"),
  BOOT_UNSAFE("a pot that starts at boot has an unsafe tree: its start at boot is turned off");

  private final String text;

  ChangeReason(String text) {
    this.text = text;
  }

  /** The code in JSON, e.g. {@code not-on-host}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** What a reason of this code means, one sentence without a full stop. */
  public String text() {
    return text;
  }

  /** A reason of this code with the change's own sentence. */
  public Reason because(String sentence) {
    return new Reason(this, sentence);
  }

  /** The reason of {@code code} ({@link #code}), if it names one. */
  public static Optional<ChangeReason> fromCode(String code) {
    for (ChangeReason r : values()) {
      if (r.code().equals(code)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
