/**
 * The dependency graph of a plan (DESIGN §4): {@link org.potctl.controller.graph.GraphBuilder} runs
 * a fixed list of small {@link org.potctl.controller.graph.GraphStep}s over the spec and the
 * observed host and publishes an unmodifiable {@link org.potctl.controller.graph.DependencyGraph}
 * with deterministic creation and deletion orders.
 */
package org.potctl.controller.graph;
