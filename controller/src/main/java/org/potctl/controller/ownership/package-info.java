/**
 * Taking existing objects under a spec's management ({@code potctl adopt}) and letting go of them
 * ({@code potctl forget}), DESIGN §3.3. Pure decisions over an observed host; the commands run
 * them.
 */
package org.potctl.controller.ownership;
