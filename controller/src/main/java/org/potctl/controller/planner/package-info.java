/**
 * The pure planner: spec and observed host in, {@link org.potctl.controller.plan.Plan} out. It uses
 * the per-kind handlers of {@code kind}; {@code kind} and {@code plan} never use it, so the package
 * graph has no cycle ({@code planner → kind → plan}).
 */
package org.potctl.controller.planner;
