package org.potctl.controller.plan;

import java.util.Locale;

/**
 * What a plan does to one resource. A closed set: renderers and the applier switch over it
 * exhaustively.
 */
public enum Action {
  /** The resource is absent on the host and will be created. */
  CREATE("+"),
  /** The resource exists and is changed in place (possibly with a restart, see {@link Risk}). */
  UPDATE("~"),
  /** pot cannot change it in place: the old one goes to the trash, a new one is created. */
  REPLACE("-/+"),
  /** Owned by this spec, gone from it: moved to the trash. */
  DELETE("-"),
  /** Only its run state differs: it will be started. */
  START(">"),
  /** Only its run state differs: it will be stopped. */
  STOP("<"),
  /** Nothing to do. */
  NOOP(" ");

  private final String symbol;

  Action(String symbol) {
    this.symbol = symbol;
  }

  /** The one- to three-character symbol of the human plan ({@code + ~ -/+ - > <}). */
  public String symbol() {
    return symbol;
  }

  /** The name used in JSON and text output: {@code create}, {@code update}, … */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this action changes anything on the host. */
  public boolean changes() {
    return this != NOOP;
  }
}
