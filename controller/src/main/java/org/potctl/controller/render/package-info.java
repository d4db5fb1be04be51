/**
 * Rendering for people and machines: diagnostics as {@code FILE:LINE:COL: error: MESSAGE} with the
 * source line and a caret, or as the JSON document of DESIGN.md §5.
 */
package org.potctl.controller.render;
