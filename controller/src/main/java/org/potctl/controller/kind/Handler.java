package org.potctl.controller.kind;

import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.address.ResourceKind;

/** Decides what to do with one resource of a kind (JOSDK's dependent resource, without I/O). */
@FunctionalInterface
public interface Handler {

  /** The plan for the resource at {@code address}, a node of the graph. */
  ResourcePlan plan(PlanContext context, ResourceAddress address);

  /** The handler of {@code kind}. */
  static Handler forKind(ResourceKind kind) {
    return switch (kind) {
      case POT -> new PotHandler();
      case FSCOMP -> new FscompHandler();
      case BRIDGE -> new BridgeHandler();
      case FLAVOUR -> new FlavourHandler();
      case BASE -> new BaseHandler();
    };
  }
}
