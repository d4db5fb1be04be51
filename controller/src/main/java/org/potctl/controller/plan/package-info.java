/**
 * The plan as an immutable value: {@link org.potctl.controller.plan.Plan}, its {@link
 * org.potctl.controller.plan.Change}s (what and why) and {@link org.potctl.controller.plan.Step}s
 * (exactly what apply runs). Produced by the pure planner, consumed by renderers and the applier;
 * with the rules both judge by ({@link org.potctl.controller.plan.ImageConfinement}: what an image
 * pot may carry, read by the planner from the observation and by the applier from the files its
 * import left).
 */
package org.potctl.controller.plan;
