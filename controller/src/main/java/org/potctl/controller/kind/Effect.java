package org.potctl.controller.kind;

/** How a differing pot field can be brought to the spec's value. */
enum Effect {
  /** In place, effective at once (or only at boot): no restart. */
  NOW,
  /** In place, but pot applies it at start: a running pot is restarted. */
  AT_START,
  /** Only on a stopped pot (mounts): a running pot is stopped, changed and started. */
  NEEDS_STOP,
  /** pot cannot change it in place: the pot is replaced. */
  REPLACE,
  /** pot has no command for it: reported, left as it is. */
  CANNOT
}
