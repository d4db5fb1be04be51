/**
 * The plan as an immutable value: {@link org.potctl.controller.plan.Plan}, its {@link
 * org.potctl.controller.plan.Change}s (what and why) and {@link org.potctl.controller.plan.Step}s
 * (exactly what apply runs). Produced by the pure planner, consumed by renderers and the applier.
 */
package org.potctl.controller.plan;
