/**
 * Many hosts at once: {@link org.potctl.controller.fleet.HostsInventory} reads {@code hosts.yaml}
 * (name → address, spec directory, spec id), {@link org.potctl.controller.fleet.FleetRun} runs one
 * command per host in parallel, one host's failure never stopping the others, and {@link
 * org.potctl.controller.fleet.FleetExit} folds their exit codes into one (1 beats 3 beats 2 beats
 * 0).
 */
package org.potctl.controller.fleet;
