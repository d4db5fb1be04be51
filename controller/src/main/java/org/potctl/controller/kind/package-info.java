/**
 * One handler per resource kind (pot, fscomp, bridge, flavour, base): each maps a spec address to
 * its host identity, compares desired with observed field by field, and says what to do as a {@link
 * org.potctl.controller.kind.ResourcePlan} (the change, its reasons and risk, and the commands).
 * Pure: nothing here runs a command.
 */
package org.potctl.controller.kind;
