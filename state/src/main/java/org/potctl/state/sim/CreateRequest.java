package org.potctl.state.sim;

import java.util.List;

/** A {@code pot create} request after option parsing and validation. */
record CreateRequest(
    String name,
    String type,
    int level,
    String base,
    String potbase,
    String network,
    String ip,
    String bridge,
    String stack,
    String dns,
    List<String> flavours,
    boolean keep) {}
