package org.potctl.controller.kind;

/** What a step of a resource waits for besides the previous step of the same resource. */
public enum Gate {
  /** The resources it needs exist (fscomps, bridge, flavours, base): the first step waits. */
  EXISTS,
  /** Also its {@code depends_on} pots are done, i.e. running: {@code add-dep}, {@code start}. */
  RUNNING
}
